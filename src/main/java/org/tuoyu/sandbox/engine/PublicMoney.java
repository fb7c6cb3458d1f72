package org.tuoyu.sandbox.engine;

/**
 * Step 9 (docs/model.md §9): every component of public money one district spends in one year, in 元, and the
 * employer's cost of leave beside it (not public money). Which account pays a component is
 * {@link FiscalComponent#account()}; the general budget is split by level with the region's payer shares.
 */
final class PublicMoney {

    private PublicMoney() {}

    /** What the seat plan builds this year (zeros outside build years). */
    record Building(double newInclusive, double newToddler, double newMarket, double converted) {
        static final Building NONE = new Building(0, 0, 0, 0);

        double newSeats() { return newInclusive + newToddler + newMarket; }
    }

    static double[] compute(Region region, ByAge children, SeatStock seats, LeverValues l, Behaviour b,
                            Building built, DistrictYear w) {
        double[] f = new double[FiscalComponent.COUNT];
        double months = b.monthsPerYear();
        double partTime = 1 - region.partTimeShare() * (1 - l.get(LeverKey.PART_TIME_RATE));
        boolean marketSubsidy = l.flag(LeverKey.OPERATING_SUBSIDY_FOR_MARKET_SEATS);
        double operating = 0, vouchers = 0, reduction = 0;
        ByAge perChild = l.operatingSubsidy();
        for (int j = 0; j < DistrictYear.M; j++) {
            boolean subsidised = Mode.of(j).inclusive() || marketSubsidy;
            for (int c = 0; c < DistrictYear.CELLS; c++) {
                double e = w.enrolled[j][c];
                if (e == 0) continue;
                if (subsidised) operating += e * perChild.get(DistrictYear.band(c)) * partTime;
                vouchers += e * w.voucher[j][c];
                reduction += e * (w.fee[j][c] - w.familyFee[j][c]);
            }
        }
        f[FiscalComponent.OPERATING_SUBSIDY.ordinal()] = operating * months;
        f[FiscalComponent.VOUCHERS.ordinal()] = vouchers * months;
        f[FiscalComponent.FEE_REDUCTION.ordinal()] = reduction * months;
        double n = children.sum();
        f[FiscalComponent.ALLOWANCE.ordinal()] = l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR) * n;
        double tax = 0;
        for (int q = 0; q < DistrictYear.Q; q++) {
            tax += n * w.mix[q] * l.get(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH) * 12 * region.income().marginalTaxRate().get(q);
        }
        f[FiscalComponent.TAX_EXPENDITURE.ordinal()] = tax;
        f[FiscalComponent.RENT_SUBSIDY.ordinal()] = l.get(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH) * 12 * seats.inclusive();
        f[FiscalComponent.MATERNITY_ALLOWANCE.ordinal()] = l.get(LeverKey.MATERNITY_ALLOWANCE_DAYS)
                * region.labour().dailyWage() * children.a0() * region.labour().insuredBirthShare();
        ProviderCosts pc = region.providerCosts();
        f[FiscalComponent.SEAT_GRANTS.ordinal()] = l.get(LeverKey.GRANT_PER_NEW_SEAT)
                * (built.newInclusive() + built.newToddler() + built.converted());
        f[FiscalComponent.INSTITUTION_GRANTS.ordinal()] = l.get(LeverKey.GRANT_PER_NEW_INSTITUTION)
                * built.newSeats() / region.seatsPerInstitution();
        f[FiscalComponent.STAFF_GRANTS.ordinal()] = l.get(LeverKey.GRANT_PER_CERTIFIED_WORKER) * built.newSeats()
                * pc.carersPerSeat(b.ageWeights().toArray());
        // Every new seat costs the build cost; a toddler class is a converted kindergarten room, at the toddler share.
        f[FiscalComponent.CONSTRUCTION.ordinal()] = l.get(LeverKey.BUILD_COST_PER_SEAT)
                * (built.newInclusive() + built.newMarket() + pc.toddlerClassCostShare() * built.newToddler());
        return f;
    }

    /** Wages for leave days the fund does not pay, paternity days and parental days (employers, not public money). */
    static double employerLeaveCost(Region region, ByAge children, LeverValues l) {
        double daily = region.labour().dailyWage();
        double insured = region.labour().insuredBirthShare();
        double days = Math.max(0, l.get(LeverKey.MATERNITY_DAYS) - l.get(LeverKey.MATERNITY_ALLOWANCE_DAYS))
                + l.get(LeverKey.PATERNITY_DAYS);
        return days * daily * children.a0() * insured
                + 2 * l.get(LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR) * daily * children.sum() * insured;
    }

    /** Writes every component that is not zero. */
    static void trace(Trace t, String id, FiscalCost f) {
        for (FiscalComponent c : FiscalComponent.values()) {
            if (f.get(c) != 0) t.put(id + "/" + c.key(), Quantity.FISCAL, f.get(c));
        }
    }
}
