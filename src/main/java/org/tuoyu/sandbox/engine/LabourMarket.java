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

    /** Daily wage as maternity allowance counts it: the average monthly insured wage / 30 (生育津贴 rule). */
    public double dailyWage() { return insuredWageMonth / 30.0; }
}
