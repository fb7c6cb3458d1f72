package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A tiny hand-built region (one or two districts) and scenarios on it, for engine tests. */
final class Fixtures {

    private Fixtures() {}

    static final int DATA_YEAR = 2024;

    static District district(String id, double a0, double a1, double a2, double trend) {
        return new District(id, id + "区", id, "0000", FunctionalZone.URBAN, 500_000, 0.3,
                new ByAge(a0, a1, a2), 60_000, 2.8,
                new SeatStock(300, 1200, 500, 0.2), new Fees(1800, 3200, 1200), trend,
                1, Double.NaN, Double.NaN, null);
    }

    /**
     * The default ranges of the six version-1 parameters, the others held at {@code s}'s values: where a test is
     * about D0 alone, a drawn ρ0 of 0.03 would leave no D0 ≤ 1 that meets the target.
     */
    static Uncertainty versionOneRanges(Scenario s) {
        Uncertainty u = Uncertainty.DEFAULT;
        for (UncertainParameter p : Uncertainty.parameters()) {
            if (p.ordinal() > UncertainParameter.BIRTHS_TREND_SHIFT.ordinal()) {
                u = u.with(p, new Range(p.central(s), p.central(s)));
            }
        }
        return u;
    }

    static Region region(List<District> districts, Map<Integer, Double> birthsTotals) {
        Map<FiscalComponent, PayerSplit> splits = new EnumMap<>(FiscalComponent.class);
        for (FiscalComponent c : FiscalComponent.values()) splits.put(c, new PayerSplit(0.2, 0.3, 0.5, 0));
        splits.put(FiscalComponent.MATERNITY_ALLOWANCE, new PayerSplit(0, 0, 0, 1));
        return new Region("tiny", "小市", "Tiny", DATA_YEAR, districts,
                new IncomeDistribution(new ByQuintile(0.35, 0.62, 0.88, 1.2, 1.95), ByQuintile.uniform(0.2),
                        new ByQuintile(0, 0, 0.03, 0.1, 0.2)),
                new PriceSurvey(List.of(new SurveyPoint(1500, 0.46), new SurveyPoint(2000, 0.14),
                        new SurveyPoint(3000, 0.014)), 4000, 2.8),
                new ProviderCosts(new ByAge(3, 5, 7), 4500, 0.3, 0.5, 40, 9, 300, 400),
                new LabourMarket(7000, 0.6), new PayerShares(splits), 51, 0.1, null, birthsTotals, null, 1);
    }

    /** One district, flat births (trend 0) and equal bands, so nothing changes from year to year. */
    static Region flatRegion() {
        return region(List.of(district("a", 4000, 4000, 4000, 0)), null);
    }

    /** Two districts with different trends and unequal bands. */
    static Region twoDistricts() {
        return region(List.of(district("a", 4000, 4300, 4700, -0.05), district("b", 2500, 2400, 2600, 0.03)), null);
    }

    static Behaviour behaviour() {
        return new Behaviour(0.6, new ByAge(0.4, 0.8, 1.0), 0.8, 0.5, 0.8, new WillingnessCurve(0.12, 0.04),
                0.15, 11);
    }

    /** Some money in every lever group, and a seat target that builds over 3 years. */
    static Levers reformLevers() {
        LeverValues v = LeverValues.DEFAULTS
                .with(LeverKey.OPERATING_SUBSIDY_A0, 800).with(LeverKey.OPERATING_SUBSIDY_A1, 600)
                .with(LeverKey.OPERATING_SUBSIDY_A2, 400).with(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH, 200)
                .with(LeverKey.GRANT_PER_NEW_SEAT, 10_000).with(LeverKey.FEE_CAP_SHARE, 0.12)
                .with(LeverKey.VOUCHER_A1, 500).with(LeverKey.VOUCHER_A2, 500)
                .with(LeverKey.VOUCHER_FOR_MARKET_SEATS, 1).with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600)
                .with(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH, 2000)
                .with(LeverKey.MATERNITY_DAYS, 158).with(LeverKey.PATERNITY_DAYS, 15)
                .with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 128)
                .with(LeverKey.TARGET_PER_THOUSAND, 6).with(LeverKey.INCLUSIVE_SHARE_TARGET, 0.6)
                .with(LeverKey.YEARS_TO_TARGET, 3).with(LeverKey.BUILD_COST_PER_SEAT, 30_000)
                .with(LeverKey.COMMUNITY_EMBEDDED_SHARE_OF_NEW, 0.5).with(LeverKey.TODDLER_CLASS_SHARE_OF_NEW, 0.3);
        return Levers.of(v);
    }

    static Scenario scenario(String name, Region region, Levers levers, int years) {
        return new Scenario(name, region, levers, behaviour(), new Horizon(DATA_YEAR, years));
    }

    static Scenario baseline(Region region, int years) {
        return scenario("baseline", region, Levers.of(LeverValues.DEFAULTS), years);
    }

    static Scenario reform(Region region, int years) {
        return scenario("reform", region, reformLevers(), years);
    }

    static List<Double> totalsOf(ScenarioResult r) {
        List<Double> out = new ArrayList<>();
        for (YearResult y : r.years()) {
            out.add(y.totals().fiscalCost());
            out.add(y.totals().enrolled());
            out.add(y.totals().unmetPrice());
            out.add(y.totals().unmetSeats());
        }
        return out;
    }
}
