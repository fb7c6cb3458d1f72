package org.tuoyu.sandbox.engine;

/**
 * Step 2 (docs/model.md §2): children by age band in each year. Cohorts age A0 → A1 → A2 and leave; births follow
 * the region's projected totals (split by each district's share of A0) or the district's births trend.
 */
final class Cohorts {

    private Cohorts() {}

    /** Children of district d, k years after the data year. */
    static ByAge childrenAt(Region region, int d, int k, double regionA0) {
        if (k == 0) return region.districts().get(d).children();
        double[] c = new double[AgeBand.COUNT];
        ByAge base = region.districts().get(d).children();
        for (int a = 0; a < AgeBand.COUNT; a++) {
            c[a] = k <= a ? base.get(a - k) : births(region, d, region.dataYear() + k - 1 - a, regionA0);
        }
        return ByAge.of(c);
    }

    /** Births in district d in calendar year y (y >= data year - 1, when A0 of the data year was born). */
    static double births(Region region, int d, int y, double regionA0) {
        District dist = region.districts().get(d);
        Double total = region.birthsTotals().get(y);
        if (total != null) {
            return regionA0 > 0 ? total * dist.children().a0() / regionA0 : 0;
        }
        return dist.children().a0() * Math.pow(1 + dist.birthsTrend(), y - (region.dataYear() - 1));
    }

    /** A0 of the data year summed over districts, in district order. */
    static double regionA0(Region region) {
        double a0 = 0;
        for (District o : region.districts()) a0 += o.children().a0();
        return a0;
    }
}
