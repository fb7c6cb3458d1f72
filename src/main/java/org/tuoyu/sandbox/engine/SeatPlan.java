package org.tuoyu.sandbox.engine;

/**
 * How a district's seats move toward the seat levers' target: the same number of seats is built
 * (and market seats accredited as inclusive) in each of the build years, starting the year after
 * the plan's base year ({@code start} years after the data year; 0 unless a schedule changed the
 * seat levers, see {@link #samePlan}). No seat is ever removed.
 */
record SeatPlan(SeatStock base, int start, int buildYears, double newInclusive, double newToddler, double newMarket,
                double converted, double newCommunity) {

    /** The levers that define a plan; a schedule changing one of them re-plans from that year's stock. */
    private static final LeverKey[] PLAN_KEYS = {LeverKey.TARGET_PER_THOUSAND, LeverKey.INCLUSIVE_SHARE_TARGET,
        LeverKey.YEARS_TO_TARGET, LeverKey.COMMUNITY_EMBEDDED_SHARE_OF_NEW, LeverKey.TODDLER_CLASS_SHARE_OF_NEW};

    static SeatPlan of(SeatStock base, double population, LeverValues l) { return of(base, population, l, 0); }

    /** True when two lever sets give the same plan. */
    static boolean samePlan(LeverValues a, LeverValues b) {
        if (a == b) return true;
        for (LeverKey k : PLAN_KEYS) {
            if (a.get(k) != b.get(k)) return false;
        }
        return true;
    }

    /** The plan made {@code start} years after the data year from that year's stock. */
    static SeatPlan of(SeatStock base, double population, LeverValues l, int start) {
        int years = (int) l.get(LeverKey.YEARS_TO_TARGET);
        double target = l.get(LeverKey.TARGET_PER_THOUSAND) * population / 1000;
        double gap = Math.max(0, target - base.total());
        double inclusiveTarget = l.get(LeverKey.INCLUSIVE_SHARE_TARGET) * Math.max(target, base.total());
        double inclusiveNeed = Math.max(0, inclusiveTarget - base.allInclusive());
        double newInclusiveAll = Math.min(gap, inclusiveNeed);
        // What new seats cannot supply comes from accrediting market seats (普惠认定).
        double converted = Math.min(base.market(), inclusiveNeed - newInclusiveAll);
        double toddlerShare = l.get(LeverKey.TODDLER_CLASS_SHARE_OF_NEW);
        double community = l.get(LeverKey.COMMUNITY_EMBEDDED_SHARE_OF_NEW) * gap;
        return new SeatPlan(base, start, years,
                newInclusiveAll * (1 - toddlerShare) / years,
                newInclusiveAll * toddlerShare / years,
                (gap - newInclusiveAll) / years,
                converted / years,
                community / years);
    }

    /** Build years completed by the step {@code k} years after the data year. */
    private int done(int k) { return Math.min(Math.max(k - start, 0), buildYears); }

    SeatStock stock(int k) {
        int n = done(k);
        if (n == 0) return base;
        double inclusive = base.inclusive() + n * (newInclusive + converted);
        double toddler = base.toddlerClass() + n * newToddler;
        double market = base.market() + n * (newMarket - converted);
        double total = inclusive + toddler + market;
        double community = base.communityEmbeddedShare() * base.total() + n * newCommunity;
        return new SeatStock(inclusive, Math.max(0, market), toddler, total > 0 ? Math.min(1, community / total) : 0);
    }

    /** True in a year in which seats are built. */
    boolean building(int k) { return k >= start + 1 && k <= start + buildYears; }

    double newSeatsPerYear() { return newInclusive + newToddler + newMarket; }
}
