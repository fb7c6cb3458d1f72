package org.tuoyu.sandbox.engine;

/** Who may hold a voucher (docs/model.md §6), the lever {@code demand.eligibility}, in the order of its choices. */
public enum Eligibility {
    /** Every resident family, whatever its hukou. */
    RESIDENTS,
    /** Families with local hukou only. */
    HUKOU;

    private static final Eligibility[] ALL = values();

    /** The rule a lever value names (its index among the lever's choices). */
    public static Eligibility of(double lever) { return ALL[(int) lever]; }
}
