package org.tuoyu.sandbox.engine;

/**
 * Step 7 (docs/model.md §7): providers that live or die. Cost per child-month from staff ratios, wage and on-costs,
 * rent × area, overhead and consumables, scaled by the district's cost index (consumables excepted); toddler classes
 * at {@link ProviderCosts#toddlerClassCostShare} of it. Revenue per child-month = the provider's fee (family fee +
 * voucher + fee reduction) + operating subsidy. Margin per seat-month at utilisation u: u × (revenue − variable) −
 * fixed (+ rent subsidy for inclusive modes). With providerDynamics, next year a share κ × min(1, −margin / fixed)
 * of a loss-making stock closes and a profitable market stock grows by ε × min(1, margin / fixed).
 *
 * @param margin      surplus per seat-month by mode (negative: a loss)
 * @param breakEven   utilisation at which a centre of the mode covers its costs (+∞ when a child does not cover
 *                    its variable cost)
 * @param costPerChild cost of an enrolled child-month at an inclusive centre at its utilisation (at full use where
 *                    none is enrolled)
 * @param exitShare   share of each mode's stock that closes before next year
 * @param entryShare  growth of the market stock before next year
 */
record Providers(ByMode margin, ByMode breakEven, double costPerChild, ByMode exitShare, double entryShare) {

    static Providers compute(Region region, District dist, LeverValues l, Behaviour b, DistrictYear w) {
        ProviderCosts pc = region.providerCosts();
        double index = dist.costIndex();
        double partTime = 1 - region.partTimeShare() * (1 - l.get(LeverKey.PART_TIME_RATE));
        boolean marketSubsidy = l.flag(LeverKey.OPERATING_SUBSIDY_FOR_MARKET_SEATS);
        double rentSubsidy = l.get(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH);
        double[] margin = new double[DistrictYear.M], breakEven = new double[DistrictYear.M], exit = new double[DistrictYear.M];
        double entry = 0, costPerChild = 0;
        for (int j = 0; j < DistrictYear.M; j++) {
            Mode mode = Mode.of(j);
            double enrolled = w.enrolled(j), staff = 0, subsidy = 0, mixTotal = 0;
            for (int a = 0; a < DistrictYear.A; a++) {
                if (!mode.opensTo(a)) continue;
                double e = enrolled > 0 ? w.enrolledInBand(j, a) : b.ageWeights().get(a);
                mixTotal += e;
                staff += e * pc.staffCostPerChildMonth(a) * index;
                subsidy += e * l.operatingSubsidy().get(a) * partTime;
            }
            staff = mixTotal > 0 ? staff / mixTotal : 0;
            subsidy = mixTotal > 0 && (mode.inclusive() || marketSubsidy) ? subsidy / mixTotal : 0;
            double kind = mode == Mode.TODDLER_CLASS ? pc.toddlerClassCostShare() : 1;
            double fixed = kind * ((pc.rentPerM2Month() * pc.areaPerSeat() + pc.overheadPerSeatMonth()) * index
                    + pc.staffFixedShare() * staff);
            // The rent subsidy is the inclusive-kindergarten one extended to inclusive centres; toddler classes sit in
            // kindergartens that own their rooms, so it does not reach them.
            if (mode == Mode.INCLUSIVE) fixed = Math.max(0, fixed - rentSubsidy);
            double variable = kind * ((1 - pc.staffFixedShare()) * staff + pc.consumablesPerChildMonth());
            double revenue = meanFee(j, w) + subsidy;
            double u = w.seats[j] > 0 ? enrolled / w.seats[j] : 0;
            margin[j] = u * (revenue - variable) - fixed;
            breakEven[j] = fixed <= 0 ? 0 : revenue > variable ? fixed / (revenue - variable) : Double.POSITIVE_INFINITY;
            // Where no child is enrolled, the cost at full use: the lowest a child-month can cost there.
            if (mode == Mode.INCLUSIVE) costPerChild = fixed / (u > 0 ? u : 1) + variable;
            if (b.providerDynamics() && fixed > 0 && w.seats[j] > 0) {
                if (margin[j] < 0) exit[j] = b.exitRate() * Math.min(1, -margin[j] / fixed);
                if (margin[j] > 0 && mode == Mode.MARKET) entry = b.entryRate() * Math.min(1, margin[j] / fixed);
            }
        }
        return new Providers(ByMode.of(margin), ByMode.of(breakEven), costPerChild, ByMode.of(exit), entry);
    }

    /** The provider's fee per enrolled child-month (the district fee where none enrol). */
    private static double meanFee(int j, DistrictYear w) {
        double paid = 0, enrolled = 0, any = 0;
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            paid += w.enrolled[j][c] * w.fee[j][c];
            enrolled += w.enrolled[j][c];
            any = Math.max(any, w.fee[j][c]);
        }
        return enrolled > 0 ? paid / enrolled : any;
    }

    /** Writes margin, break-even utilisation and exit by mode, and market entry. */
    void trace(Trace t, String id) {
        for (Mode m : Mode.values()) {
            String s = id + "/" + m.key();
            t.put(s, Quantity.MARGIN, margin.get(m));
            t.put(s, Quantity.BREAK_EVEN, breakEven.get(m));
            t.put(s, Quantity.EXIT, exitShare.get(m));
        }
        t.put(id, Quantity.ENTRY, entryShare);
    }
}
