package org.tuoyu.sandbox.engine;

/**
 * One district in one year. Counts are children (or seats); fees and costs are 元 per month
 * unless the name says year; rates are fractions.
 *
 * @param breakEvenUtilisation       utilisation at which an inclusive centre covers its costs
 *                                   (+Infinity when fee and subsidy do not cover the cost of a child)
 * @param providerMarginPerSeatMonth an inclusive centre's surplus (or loss, negative) per seat per
 *                                   month at the actual utilisation
 */
public record DistrictResult(
        String id,
        String nameZh,
        String nameEn,
        FunctionalZone zone,
        double population,
        ByAge children,
        double seats,
        double inclusiveSeats,
        double toddlerClassSeats,
        double marketSeats,
        double effectiveSeats,
        double newSeats,
        double convertedSeats,
        double potentialDemand,
        double enrolledInclusive,
        double enrolledMarket,
        double unmetPrice,
        double unmetSeats,
        double inclusiveFee,
        double toddlerClassFee,
        double marketFee,
        FiscalCost fiscal,
        double breakEvenUtilisation,
        double marketBreakEvenUtilisation,
        double providerCostPerChildMonth,
        double providerMarginPerSeatMonth,
        double shareAboveThreshold,
        double employerLeaveCost) {

    public double childrenTotal() { return children.sum(); }

    public double enrolled() { return enrolledInclusive + enrolledMarket; }

    public double enrolmentRate() { return ratio(enrolled(), childrenTotal()); }

    public double utilisation() { return ratio(enrolled(), seats); }

    /** Utilisation of inclusive seats (普惠 centres and toddler classes together). */
    public double inclusiveUtilisation() { return ratio(enrolledInclusive, inclusiveSeats + toddlerClassSeats); }

    public double seatsPerThousand() { return seats / population * 1000; }

    public double fiscalCost() { return fiscal.total(); }

    /** This district's public money in its three accounts. */
    public Accounts accounts() { return Accounts.of(fiscal); }

    static double ratio(double a, double b) { return b > 0 ? a / b : 0; }
}
