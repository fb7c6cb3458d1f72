package org.tuoyu.sandbox.engine;

/**
 * Step 3 (docs/model.md §3): families in cells district × age band × city income quintile × hukou status, and the
 * incomes they decide with. N(d,a,q,h) = N(d,a) × mix_d(q) × share_d(h); Y(d,q) = y_q / 12 × householdSize_d;
 * Y'(d,q) = Y(d,q) + allowance / 12 + deduction × marginal rate of q (cash changes willingness through income).
 */
final class Families {

    private Families() {}

    /** {@code city} is the region's city quintile incomes ({@link Region#cityQuintileIncome}, computed once a run). */
    static void compute(District dist, ByAge children, ByQuintile mix, ByQuintile city, Region region, LeverValues l,
                        DistrictYear w) {
        ByQuintile tax = region.income().marginalTaxRate();
        double transfer = l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR) / 12;
        double deduction = l.get(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH);
        for (int q = 0; q < DistrictYear.Q; q++) {
            w.mix[q] = mix.get(q);
            w.income[q] = city.get(q) / 12 * dist.householdSize();
            w.incomeSeen[q] = w.income[q] + transfer + deduction * tax.get(q);
        }
        for (int a = 0; a < DistrictYear.A; a++) {
            for (int q = 0; q < DistrictYear.Q; q++) {
                for (int h = 0; h < DistrictYear.H; h++) {
                    w.families[DistrictYear.cell(a, q, h)] = children.get(a) * w.mix[q]
                            * (h == Hukou.LOCAL.ordinal() ? 1 - dist.nonHukouShare() : dist.nonHukouShare());
                }
            }
        }
    }

    /** Writes this step's quantities: children, and per quintile its share, household income and income seen. */
    static void trace(Trace t, String id, ByAge children, DistrictYear w) {
        t.put(id, Quantity.CHILDREN, children.sum());
        for (int q = 0; q < DistrictYear.Q; q++) {
            String s = id + "/Q" + (q + 1);
            t.put(s, Quantity.INCOME_MIX, w.mix[q]);
            t.put(s, Quantity.HOUSEHOLD_INCOME, w.income[q]);
            t.put(s, Quantity.INCOME_SEEN, w.incomeSeen[q]);
        }
    }
}
