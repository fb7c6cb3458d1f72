package org.tuoyu.sandbox.engine;

/**
 * Who is admitted first to a full inclusive mode (docs/model.md §5), the lever {@code demand.rationing}: in the order
 * of {@link LeverKey#RATIONING}'s choices.
 */
public enum Rationing {
    /** One tier: every applicant group has the same chance. */
    PROPORTIONAL,
    /** Tiers by city income quintile, Q1 first. */
    LOW_INCOME_FIRST,
    /** Tiers by hukou status, local first. */
    HUKOU_FIRST;

    private static final Rationing[] ALL = values();

    /** The rule a lever value names (its index among the lever's choices). */
    public static Rationing of(double lever) { return ALL[(int) lever]; }

    /** Number of priority tiers. */
    int tiers() {
        return this == LOW_INCOME_FIRST ? DistrictYear.Q : this == HUKOU_FIRST ? DistrictYear.H : 1;
    }

    /** The tier of admission group g (quintile × hukou status, {@link DistrictYear#group}). */
    int tier(int g) {
        if (this == LOW_INCOME_FIRST) return g / DistrictYear.H;
        if (this == HUKOU_FIRST) return g % DistrictYear.H;
        return 0;
    }
}
