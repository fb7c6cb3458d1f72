package org.tuoyu.sandbox.engine;

/**
 * Childcare seats of one district. Kindergarten toddler classes (托班) are inclusive seats open to
 * band A2 only, so they are counted apart from the other inclusive (普惠) seats.
 */
public record SeatStock(double inclusive, double market, double toddlerClass, double communityEmbeddedShare) {

    public SeatStock {
        Checks.nonNegative("inclusive", inclusive);
        Checks.nonNegative("market", market);
        Checks.nonNegative("toddlerClass", toddlerClass);
        Checks.share("communityEmbeddedShare", communityEmbeddedShare);
    }

    public double total() { return inclusive + market + toddlerClass; }

    /** Inclusive seats in the paper's sense: 普惠 centres plus kindergarten toddler classes. */
    public double allInclusive() { return inclusive + toddlerClass; }
}
