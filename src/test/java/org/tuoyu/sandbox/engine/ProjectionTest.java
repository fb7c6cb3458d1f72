package org.tuoyu.sandbox.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multi-year behaviour of the evaluator: flat years stay flat, cohorts age and leave. */
class ProjectionTest {

    @Test
    void flatBirthsAndConstantLeversGiveIdenticalYears() {
        // Money in the supply, demand and leave groups, but no seat target: nothing is built.
        Levers levers = Fixtures.reformLevers().withGroupFrom(LeverGroup.SEATS, Levers.of(LeverValues.DEFAULTS));
        // Without provider dynamics: with them, loss-making stock closes year by year (tested below).
        Scenario sc = Fixtures.scenario("flat", Fixtures.flatRegion(), levers, 8);
        ScenarioResult r = Evaluator.evaluate(sc.withBehaviour(sc.behaviour().with("providerDynamics", 0)));
        assertEquals(8, r.years().size());
        Totals first = r.first().totals();
        assertTrue(first.enrolled() > 0 && first.fiscalCost() > 0, "the fixture must enrol and spend");
        for (YearResult y : r.years()) {
            Totals t = y.totals();
            assertEquals(first.children(), t.children(), 1e-9, "children " + y.year());
            assertEquals(first.enrolled(), t.enrolled(), 1e-9, "enrolled " + y.year());
            assertEquals(first.fiscalCost(), t.fiscalCost(), 1e-6, "fiscal " + y.year());
            assertEquals(first.unmetPrice(), t.unmetPrice(), 1e-9, "unmet price " + y.year());
            assertEquals(first.unmetSeats(), t.unmetSeats(), 1e-9, "unmet seats " + y.year());
            assertEquals(first.seats(), t.seats(), 1e-9, "seats " + y.year());
        }
    }

    @Test
    void aSeatTargetBreaksTheFlatnessWhileSeatsAreBuilt() {
        // The counterpart of the test above: it can tell years apart when something does change.
        Scenario sc = Fixtures.reform(Fixtures.flatRegion(), 6);
        ScenarioResult r = Evaluator.evaluate(sc.withBehaviour(sc.behaviour().with("providerDynamics", 0)));
        assertTrue(r.year(2025).totals().seats() > r.year(2024).totals().seats());
        assertEquals(r.year(2027).totals().seats(), r.year(2029).totals().seats(), 1e-9, "built in 3 years, then stable");
        assertEquals(r.year(2027).totals().children(), r.year(2024).totals().children(), 1e-9);
    }

    @Test
    void withProviderDynamicsEachYearsSeatsAreLastYearsLessClosuresPlusOpenings() {
        ScenarioResult r = Evaluator.evaluate(Fixtures.baseline(Fixtures.flatRegion(), 6));
        double closed = 0;
        for (int i = 1; i < r.years().size(); i++) {
            Totals before = r.years().get(i - 1).totals(), now = r.years().get(i).totals();
            assertEquals(before.seats() - now.seatsClosed() + now.seatsOpened(), now.seats(), 1e-6 * now.seats(),
                    "seats " + r.years().get(i).year());
            closed += now.seatsClosed();
        }
        assertTrue(closed > 0, "the fixture's providers lose money at its utilisation, so some close");
    }

    /** Births in calendar year y by the district's trend, counted independently of the evaluator. */
    private static double births(District d, int y) {
        int dataYear = Fixtures.DATA_YEAR;
        if (y == dataYear - 2) return d.children().a1();
        if (y == dataYear - 3) return d.children().a2();
        return d.children().a0() * Math.pow(1 + d.birthsTrend(), y - (dataYear - 1));
    }

    @Test
    void cohortsAgeThroughTheBandsAndLeaveAfterA2() {
        Region region = Fixtures.twoDistricts();
        ScenarioResult r = Evaluator.evaluate(Fixtures.baseline(region, 6));
        for (int k = 0; k < 6; k++) {
            int year = Fixtures.DATA_YEAR + k;
            YearResult yr = r.year(year);
            double total = 0;
            for (District d : region.districts()) {
                // In year t the bands hold those born in t-1 (A0), t-2 (A1) and t-3 (A2); nobody older.
                double a0 = births(d, year - 1), a1 = births(d, year - 2), a2 = births(d, year - 3);
                ByAge got = yr.district(d.id()).children();
                assertEquals(a0, got.a0(), 1e-9, d.id() + " A0 " + year);
                assertEquals(a1, got.a1(), 1e-9, d.id() + " A1 " + year);
                assertEquals(a2, got.a2(), 1e-9, d.id() + " A2 " + year);
                total += a0 + a1 + a2;
            }
            assertEquals(total, yr.totals().children(), 1e-9, "children " + year);
        }
        // Year 3: every child of the data year has left; with falling births in 'a' the total must fall.
        District a = region.districts().get(0);
        assertNotEquals(a.children().sum(), r.year(2027).district("a").children().sum(), 1.0);
        // The A2 of 2024 are not counted again in 2025: 2025's A2 is 2024's A1.
        assertEquals(a.children().a1(), r.year(2025).district("a").children().a2(), 1e-9);
    }

    @Test
    void birthsTotalsOverrideTheTrendSplitByShareOfA0() {
        Region two = Fixtures.twoDistricts();
        Region projected = Fixtures.region(two.districts(), Map.of(2024, 7000.0, 2025, 6000.0));
        ScenarioResult r = Evaluator.evaluate(Fixtures.baseline(projected, 4));
        double shareA = 4000.0 / (4000 + 2500);
        assertEquals(7000 * shareA, r.year(2025).district("a").children().a0(), 1e-9);
        assertEquals(6000 * (1 - shareA), r.year(2026).district("b").children().a0(), 1e-9);
        assertEquals(7000 * shareA, r.year(2026).district("a").children().a1(), 1e-9);
        // 2026 has no total: back to the district's trend.
        List<District> ds = two.districts();
        assertEquals(births(ds.get(0), 2026), r.year(2027).district("a").children().a0(), 1e-9);
    }
}
