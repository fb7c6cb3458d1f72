package org.tuoyu.sandbox.engine;

/**
 * How a district's seats move toward the seat levers' target: the same number of seats is built
 * (and market seats accredited as inclusive) in each of the build years, starting the year after
 * the data year. No seat is ever removed.
 */
record SeatPlan(SeatStock base, int buildYears, double newInclusive, double newToddler, double newMarket,
                double converted, double newCommunity) {

    static SeatPlan of(SeatStock base, double population, LeverValues l) {
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
        return new SeatPlan(base, years,
                newInclusiveAll * (1 - toddlerShare) / years,
                newInclusiveAll * toddlerShare / years,
                (gap - newInclusiveAll) / years,
                converted / years,
                community / years);
    }

    /** Build years completed by the step {@code k} years after the data year. */
    private int done(int k) { return Math.min(Math.max(k, 0), buildYears); }

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
    boolean building(int k) { return k >= 1 && k <= buildYears; }

    double newSeatsPerYear() { return newInclusive + newToddler + newMarket; }
}
