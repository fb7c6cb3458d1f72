package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps of model version 2 on one- and two-district regions, with the numbers worked by hand. */
class ModelV2StepsTest {

    @Test
    void oneModeWithEtaOneIsVersionOnesCurve() {
        // V = α + β p / Y' with α = b50/s, β = −1/s: P(centre | {I}) = 1 / (1 + e^{(p/Y' − b50)/s}), whatever λ.
        Behaviour b = TinyRegion.behaviour().with("incomeSensitivity", 1).with("nestParameter", 0.5);
        DistrictYear w = new DistrictYear();
        w.seats[Mode.INCLUSIVE.ordinal()] = 100;
        java.util.Arrays.fill(w.families, 1);
        java.util.Arrays.fill(w.incomeSeen, 10_000);
        for (int c = 0; c < DistrictYear.CELLS; c++) w.price[Mode.INCLUSIVE.ordinal()][c] = 1500;
        Choice.compute(b, 9_000, 1, w);
        int c = DistrictYear.cell(2, 0, 0), onlyInclusive = 1 << Mode.INCLUSIVE.ordinal();
        double v1 = TinyRegion.CURVE.willing(1500 / 10_000.0); // 1 / (1 + e^{(0.15 − 0.2)/0.05}) = 0.7311
        assertEquals(0.7311, v1, 1e-4);
        assertEquals(v1, w.centre[c * DistrictYear.SETS + onlyInclusive], 1e-12);
    }

    @Test
    void nestedLogitSharesWorkedByHand() {
        // Two modes with V = 0 each and λ = 0.5: e^{V/λ} = 1, Σ = 2, e^{λ·IV} = 2^0.5 = 1.41421,
        // P(centre) = 1.41421 / 2.41421 = 0.58579, each mode half of it = 0.29289.
        Behaviour b = TinyRegion.behaviour().with("nestParameter", 0.5).with("marketPremium", 0);
        DistrictYear w = new DistrictYear();
        w.seats[Mode.INCLUSIVE.ordinal()] = 100;
        w.seats[Mode.MARKET.ordinal()] = 100;
        java.util.Arrays.fill(w.families, 1);
        java.util.Arrays.fill(w.incomeSeen, 10_000);
        // Price 0 leaves V = α = b50 / s: a b50 of 1e-9 makes α ≈ 0.
        b = b.withWillingness(new WillingnessCurve(1e-9, 0.05));
        Choice.compute(b, 10_000, 1, w);
        int c = DistrictYear.cell(0, 0, 0), both = (1 << Mode.INCLUSIVE.ordinal()) | (1 << Mode.MARKET.ordinal());
        assertEquals(0.58579, w.centre[c * DistrictYear.SETS + both], 1e-5);
        assertEquals(0.29289, w.share[(c * DistrictYear.SETS + both) * DistrictYear.M + Mode.MARKET.ordinal()], 1e-5);
        // A0 cannot use toddler classes: the set with T is the set without it.
        int withT = both | 1;
        assertEquals(w.centre[c * DistrictYear.SETS + both], w.centre[c * DistrictYear.SETS + withT], 0);
    }

    @Test
    void coverageFromSitingWeightedDensity() {
        // 500 seats, c = 0.2, m = 0.5: (0.2 + 0.8 × 0.5) × 500 / 3000 = 0.1; ρ0 = 0.1: 1 − e^{−1} = 0.63212.
        assertEquals(0.63212, Access.coverage(500, 3000, 0.2, 0.5, 0.1), 1e-5);
        assertEquals(0, Access.coverage(0, 3000, 0.2, 0.5, 0.1), 0);
    }

    @Test
    void aFullModeRationsToItsSeatsAndTheOutcomesAddUp() {
        // 100 inclusive seats against 1000 children per band: the inclusive mode is full (r < 1, enrolled = seats);
        // 1000 market seats stay slack (r = 1). ρ0 = 0.005 puts a centre in reach of nearly everyone
        // (1 − e^{−(100/3000)/0.005} = 0.9987), so the inclusive mode's applicants exceed its seats.
        Region r = TinyRegion.flat();
        Scenario sc = TinyRegion.scenario(r, TinyRegion.noPolicy());
        YearResult y = Evaluator.evaluate(sc.withBehaviour(sc.behaviour().with("accessScale", 0.005))).first();
        DistrictResult d = y.district("a");
        assertEquals(100, d.enrolledByMode().inclusive(), 1e-6);
        assertTrue(d.admission().inclusive() < 1);
        assertEquals(1, d.admission().market(), 1e-12);
        assertTrue(d.enrolledByMode().market() < d.marketSeats());
        assertEquals(d.potentialDemand(), d.enrolled() + d.unmetPrice() + d.unmetNoReach() + d.unmetFull(), 1e-9);
        assertTrue(d.unmetFull() > 0, "a full mode leaves families who reach it at home");
    }

    @Test
    void oneIncomeForAllDistrictsGivesAFifthInEveryQuintile() {
        IncomeMix m = IncomeMix.fit(TinyRegion.flat());
        for (int q = 0; q < 5; q++) assertEquals(0.2, m.mix(0).get(q), 1e-9);
    }

    @Test
    void aRicherDistrictHasMoreFamiliesInTheTopCityQuintile() {
        District poor = TinyRegion.district("p", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(300, 300, 0, 0.5),
                new Fees(2000, 3000, Double.NaN));
        District rich = new District("r", "r", "r", "000000", FunctionalZone.URBAN, 100_000, 0.4, new ByAge(1000, 1000, 1000),
                80_000, 3, new SeatStock(300, 300, 0, 0.5), new Fees(2000, 3000, Double.NaN), 0,
                1, Double.NaN, Double.NaN, null);
        IncomeMix m = IncomeMix.fit(TinyRegion.region(List.of(poor, rich), new ByQuintile(0.35, 0.62, 0.88, 1.2, 1.95),
                ByQuintile.uniform(0)));
        assertTrue(m.mix(1).get(4) > m.mix(0).get(4) && m.mix(1).get(0) < m.mix(0).get(0));
        assertEquals(1, m.mix(0).sum(), 1e-9);
        // Same seats per child and the same fees: the richer district enrols more (ζ > 0, and η > 0).
        YearResult y = TinyRegion.first(TinyRegion.region(List.of(poor, rich), new ByQuintile(0.35, 0.62, 0.88, 1.2, 1.95),
                ByQuintile.uniform(0)), TinyRegion.noPolicy());
        assertTrue(y.district("r").enrolmentRate() > y.district("p").enrolmentRate());
    }

    @Test
    void anIncomeRelatedFeeCapRaisesQ1EnrolmentAndIsPaidToProviders() {
        Region r = TinyRegion.one(new ByQuintile(0.35, 0.62, 0.88, 1.2, 1.95));
        YearResult off = TinyRegion.first(r, TinyRegion.noPolicy());
        YearResult on = TinyRegion.first(r, TinyRegion.noPolicy().with(LeverKey.INCOME_RELATED_FEE_SHARE, 0.1));
        assertTrue(on.group(IncomeGroup.Q1).enrolled() > off.group(IncomeGroup.Q1).enrolled());
        assertTrue(on.fiscal().get(FiscalComponent.FEE_REDUCTION) > 0);
        assertEquals(0, off.fiscal().get(FiscalComponent.FEE_REDUCTION), 0);
    }

    @Test
    void aHigherOperatingSubsidyLowersClosures() {
        Region r = TinyRegion.flat();
        Scenario low = new Scenario("low", r, Levers.of(TinyRegion.noPolicy()), TinyRegion.behaviour(), new Horizon(2024, 3));
        Scenario high = low.withLevers(Levers.of(TinyRegion.noPolicy().with(LeverKey.OPERATING_SUBSIDY_A0, 3000)
                .with(LeverKey.OPERATING_SUBSIDY_A1, 3000).with(LeverKey.OPERATING_SUBSIDY_A2, 3000)));
        double closedLow = Evaluator.evaluate(low).year(2025).totals().seatsClosed();
        double closedHigh = Evaluator.evaluate(high).year(2025).totals().seatsClosed();
        assertTrue(closedLow > 0 && closedHigh < closedLow, closedLow + " vs " + closedHigh);
    }

    @Test
    void theGeneralBudgetByLevelAddsUpToTheGeneralBudget() {
        Region r = Fixtures.twoDistricts();
        YearResult y = Evaluator.evaluate(Fixtures.reform(r, 3)).year(2025);
        assertEquals(y.accounts().generalBudget(), y.generalBudgetByLevel().total(), 1e-6 * y.accounts().generalBudget());
        double hukou = 0;
        for (HukouGroupResult h : y.hukouGroups()) hukou += h.enrolled();
        assertEquals(y.totals().enrolled(), hukou, 1e-6);
    }
}
