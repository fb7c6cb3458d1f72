package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version-1 mechanisms that version 2 keeps unchanged, on a one-district region, expected values by hand. The others
 * (interest, leave, rationing, siting, each fiscal component) are scenario tests as data
 * (src/test/resources/scenario-tests) and the steps' own tests (ModelV2StepsTest).
 */
class EvaluatorTest {

    private static final double EPS = 1e-6;

    @Test
    void targetingLimitsVouchersToLowerQuintiles() {
        District dist = TinyRegion.district("a", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(5000, 0, 0, 1),
                new Fees(2000, 3000, Double.NaN));
        Region r = TinyRegion.region(List.of(dist), ByQuintile.uniform(1), ByQuintile.uniform(0));
        LeverValues all = TinyRegion.noPolicy().with(LeverKey.VOUCHER_A2, 1000);
        double billAll = TinyRegion.first(r, all).fiscal().get(FiscalComponent.VOUCHERS);
        double billTwo = TinyRegion.first(r, all.with(LeverKey.TARGET_MAX_QUINTILE, 2)).fiscal().get(FiscalComponent.VOUCHERS);
        // identical quintiles here, so two of five quintiles cost exactly two fifths
        assertEquals(0.4 * billAll, billTwo, 1e-6);
    }

    @Test
    void feeCapSetsTheInclusiveFeeFromHouseholdIncome() {
        // cap 15% of 10,000 = 1,500 < listed 2,000
        DistrictResult d = TinyRegion.first(TinyRegion.flat(), TinyRegion.noPolicy().with(LeverKey.FEE_CAP_SHARE, 0.15)).district("a");
        assertEquals(1500, d.inclusiveFee(), EPS);
        assertEquals(3000, d.marketFee(), EPS);
    }

    @Test
    void maternityAllowanceIsDaysTimesDailyWageTimesInsuredBirths() {
        // 128 days x (7200 / 30 = 240 元) x 1000 births x 0.5 insured
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.MATERNITY_DAYS, 158).with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 128);
        YearResult y = TinyRegion.first(TinyRegion.flat(), l);
        assertEquals(128 * 240.0 * 500, y.fiscal().get(FiscalComponent.MATERNITY_ALLOWANCE), 1e-6);
        assertEquals(128 * 240.0 * 500, y.byPayer(Payer.INSURANCE_FUND), 1e-6);
        // employers pay the 30 days the fund does not
        assertEquals(30 * 240.0 * 500, y.totals().employerLeaveCost(), 1e-6);
    }

    @Test
    void cohortsAgeAndLeave() {
        // Births trend 0: A0 stays 1000; year 1's A1 is year 0's A0, and the old A2 is gone.
        District dist = TinyRegion.district("a", 100_000, new ByAge(900, 1000, 1100), new SeatStock(100, 1000, 0, 1),
                new Fees(2000, 3000, Double.NaN));
        Region r = TinyRegion.region(List.of(dist), ByQuintile.uniform(1), ByQuintile.uniform(0));
        ScenarioResult res = Evaluator.evaluate(new Scenario("t", r, Levers.of(TinyRegion.noPolicy()), TinyRegion.behaviour(),
                new Horizon(2024, 3)));
        assertEquals(new ByAge(900, 1000, 1100), res.year(2024).district("a").children());
        assertEquals(new ByAge(900, 900, 1000), res.year(2025).district("a").children());
        assertEquals(new ByAge(900, 900, 900), res.year(2026).district("a").children());
    }

    @Test
    void fiscalTotalIsTheSumOfItsComponentsAndOfItsPayers() {
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.OPERATING_SUBSIDY_A2, 800).with(LeverKey.VOUCHER_A1, 300)
                .with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600).with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 128)
                .with(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH, 100);
        YearResult y = TinyRegion.first(TinyRegion.flat(), l);
        double sum = 0;
        for (FiscalComponent c : FiscalComponent.values()) sum += y.fiscal().get(c);
        assertEquals(sum, y.totals().fiscalCost(), 1e-6);
        double payers = 0;
        for (Payer p : Payer.values()) payers += y.byPayer(p);
        assertEquals(sum, payers, 1e-6);
    }
}
