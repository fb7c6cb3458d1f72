package org.tuoyu.sandbox.engine;

/**
 * Monthly fees (元/月) in one district. An inclusive or toddler-class fee that is not listed
 * (NaN) is set by the fee-cap lever alone; a listed one is still capped by it.
 */
public record Fees(double inclusive, double market, double toddlerClass) {

    public Fees {
        if (!Double.isNaN(inclusive)) Checks.nonNegative("inclusive fee", inclusive);
        Checks.nonNegative("market fee", market);
        if (!Double.isNaN(toddlerClass)) Checks.nonNegative("toddler class fee", toddlerClass);
    }
}
