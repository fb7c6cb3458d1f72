package org.tuoyu.sandbox.engine;

/**
 * What a childcare centre spends, per MODEL.md section 4.
 *
 * @param childrenPerCarer       national standard 1:3 / 1:5 / 1:7 by band
 * @param carerWageMonth         care worker's gross wage, 元/month
 * @param onCostShare            employer social insurance and housing fund on top of the wage
 * @param staffFixedShare        share of carer cost that does not fall when a place is empty
 * @param rentPerM2Month         rent, 元 per m2 per month
 * @param areaPerSeat            building area per seat, m2
 * @param overheadPerSeatMonth   management, utilities, insurance per seat per month
 * @param consumablesPerChildMonth food and materials per enrolled child per month
 * @param toddlerClassCostShare  cost of a kindergarten toddler-class place relative to a stand-alone centre's
 *                               (shared rooms and staff, 托幼一体化 [seed 003])
 */
public record ProviderCosts(
        ByAge childrenPerCarer,
        double carerWageMonth,
        double onCostShare,
        double staffFixedShare,
        double rentPerM2Month,
        double areaPerSeat,
        double overheadPerSeatMonth,
        double consumablesPerChildMonth,
        double toddlerClassCostShare) {

    public ProviderCosts {
        Checks.positive("childrenPerCarer A0", childrenPerCarer.a0());
        Checks.positive("childrenPerCarer A1", childrenPerCarer.a1());
        Checks.positive("childrenPerCarer A2", childrenPerCarer.a2());
        Checks.nonNegative("carerWageMonth", carerWageMonth);
        Checks.nonNegative("onCostShare", onCostShare);
        Checks.share("staffFixedShare", staffFixedShare);
        Checks.nonNegative("rentPerM2Month", rentPerM2Month);
        Checks.nonNegative("areaPerSeat", areaPerSeat);
        Checks.nonNegative("overheadPerSeatMonth", overheadPerSeatMonth);
        Checks.nonNegative("consumablesPerChildMonth", consumablesPerChildMonth);
        Checks.positive("toddlerClassCostShare", toddlerClassCostShare);
    }

    /** Toddler-class cost share when a file does not state it (docs/model.md §7). */
    public static final double DEFAULT_TODDLER_CLASS_COST_SHARE = 0.7;

    /** The v1 table: toddler classes at the default cost share. */
    public ProviderCosts(ByAge childrenPerCarer, double carerWageMonth, double onCostShare, double staffFixedShare,
                         double rentPerM2Month, double areaPerSeat, double overheadPerSeatMonth,
                         double consumablesPerChildMonth) {
        this(childrenPerCarer, carerWageMonth, onCostShare, staffFixedShare, rentPerM2Month, areaPerSeat,
                overheadPerSeatMonth, consumablesPerChildMonth, DEFAULT_TODDLER_CLASS_COST_SHARE);
    }

    /** Carer cost of one child-month in this band: wage with on-costs shared by the children one carer looks after. */
    public double staffCostPerChildMonth(int band) {
        return carerWageMonth * (1 + onCostShare) / childrenPerCarer.get(band);
    }

    /** Carers per seat, averaged over bands with the given weights (for grants per certified worker). */
    public double carersPerSeat(double[] bandWeights) {
        double w = 0, c = 0;
        for (int a = 0; a < AgeBand.COUNT; a++) {
            w += bandWeights[a];
            c += bandWeights[a] / childrenPerCarer.get(a);
        }
        return w > 0 ? c / w : 1 / childrenPerCarer.a1();
    }
}
