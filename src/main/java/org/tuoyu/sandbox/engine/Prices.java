package org.tuoyu.sandbox.engine;

/**
 * Step 6 (docs/model.md §6): what a seat of each mode costs each family. The market fee is the district's (plus,
 * when vouchers reach market seats, the passed-on share of the voucher); the inclusive fee is min(listed,
 * feeCapShare × district mean household income), the cap alone where no fee is listed; toddler classes the same
 * rule on their listed fee, else the inclusive fee. With incomeRelatedFeeShare s > 0 a family pays at most
 * s × its own household income at an inclusive mode; the budget pays the provider the rest (feeReduction). The
 * voucher (at most the family's fee) goes to eligible families: local hukou only under eligibility = hukou,
 * quintiles up to targetMaxQuintile, market seats only with voucherForMarketSeats.
 */
final class Prices {

    private Prices() {}

    /** The three district fees (toddler class, inclusive, market) before any family's own cap. */
    static ByMode districtFees(District dist, LeverValues l) {
        double cap = l.get(LeverKey.FEE_CAP_SHARE) * dist.householdIncomeMonth();
        Fees f = dist.fees();
        double inclusive = Double.isNaN(f.inclusive()) ? cap : Math.min(f.inclusive(), cap);
        double toddler = Double.isNaN(f.toddlerClass()) ? inclusive : Math.min(f.toddlerClass(), cap);
        return new ByMode(toddler, inclusive, f.market());
    }

    static void compute(District dist, LeverValues l, Behaviour b, DistrictYear w) {
        ByMode fees = districtFees(dist, l);
        double ownShare = l.get(LeverKey.INCOME_RELATED_FEE_SHARE);
        boolean hukouOnly = l.eligibility() == Eligibility.HUKOU;
        boolean marketVoucher = l.flag(LeverKey.VOUCHER_FOR_MARKET_SEATS);
        int maxQuintile = (int) l.get(LeverKey.TARGET_MAX_QUINTILE);
        ByAge vouchers = l.voucher();
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            int a = DistrictYear.band(c), q = DistrictYear.quintile(c), h = DistrictYear.hukou(c);
            boolean eligible = q < maxQuintile && (!hukouOnly || h == Hukou.LOCAL.ordinal());
            double v = eligible ? vouchers.get(a) : 0;
            for (int j = 0; j < DistrictYear.M; j++) {
                Mode mode = Mode.of(j);
                double fee = fees.get(j);
                if (mode == Mode.MARKET && marketVoucher) fee += b.voucherIncidence() * v;
                double own = mode.inclusive() && ownShare > 0 ? Math.min(fee, ownShare * w.income[q]) : fee;
                double paid = mode == Mode.MARKET && !marketVoucher ? 0 : Math.min(v, own);
                w.fee[j][c] = fee;
                w.familyFee[j][c] = own;
                w.voucher[j][c] = paid;
                w.price[j][c] = own - paid;
            }
        }
    }

    /** Writes the fee cap, each mode's fee and, per quintile, the net price of an inclusive seat at 24-35 months. */
    static void trace(Trace t, String id, District dist, LeverValues l, DistrictYear w) {
        t.put(id, Quantity.FEE_CAP, l.get(LeverKey.FEE_CAP_SHARE) * dist.householdIncomeMonth());
        ByMode fees = districtFees(dist, l);
        for (Mode m : Mode.values()) t.put(id + "/" + m.key(), Quantity.FEE, fees.get(m));
        for (int q = 0; q < DistrictYear.Q; q++) {
            t.put(id + "/Q" + (q + 1), Quantity.NET_PRICE, w.price[Mode.INCLUSIVE.ordinal()][DistrictYear.cell(2, q, 0)]);
        }
    }
}
