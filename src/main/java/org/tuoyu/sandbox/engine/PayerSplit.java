package org.tuoyu.sandbox.engine;

/** How one fiscal component is shared among payers; the shares sum to 1. */
public record PayerSplit(double national, double city, double district, double insuranceFund) {
    public PayerSplit {
        Checks.share("national share", national);
        Checks.share("city share", city);
        Checks.share("district share", district);
        Checks.share("insurance fund share", insuranceFund);
        double sum = national + city + district + insuranceFund;
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("payer shares must sum to 1, got " + sum);
        }
    }

    public double get(Payer p) {
        switch (p) {
            case NATIONAL: return national;
            case CITY: return city;
            case DISTRICT: return district;
            default: return insuranceFund;
        }
    }
}
