package org.tuoyu.sandbox.engine;

/**
 * What leave costs: the insured wage that maternity allowance replaces, and how many births
 * are to insured mothers.
 */
public record LabourMarket(double insuredWageMonth, double insuredBirthShare) {
    public LabourMarket {
        Checks.nonNegative("insuredWageMonth", insuredWageMonth);
        Checks.share("insuredBirthShare", insuredBirthShare);
    }

    /** Average daily insured wage: monthly wage x 12 / 365, as maternity allowance is paid per calendar day. */
    public double dailyWage() { return insuredWageMonth * 12.0 / 365.0; }
}
