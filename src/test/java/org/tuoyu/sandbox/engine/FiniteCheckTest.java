package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A non-finite number never reaches an output: the evaluation stops and names where it appeared. */
class FiniteCheckTest {

    @Test
    void anIncomeThatOverflowsIsNamedByScenarioDistrictYearAndQuantity() {
        District rich = new District("rich", "富区", "Rich", "000000", FunctionalZone.URBAN, 100_000, 0.4,
                new ByAge(1000, 1000, 1000), 1e308, 3, new SeatStock(100, 1000, 0, 1.0), new Fees(2000, 3000, Double.NaN), 0,
                1, Double.NaN, Double.NaN, null);
        Region r = TinyRegion.region(List.of(TinyRegion.one(), rich), ByQuintile.uniform(1), ByQuintile.uniform(0));
        Scenario s = new Scenario("overflow", r, Levers.of(TinyRegion.noPolicy()), TinyRegion.behaviour(), new Horizon(2024, 3));
        FiniteCheck.NonFiniteResultException e = assertThrows(FiniteCheck.NonFiniteResultException.class, () -> Evaluator.evaluate(s));
        assertEquals("overflow", e.scenario());
        assertEquals(2024, e.year());
        assertTrue(e.getMessage().startsWith("scenario overflow"), e.getMessage());
        assertTrue(e.quantity().matches("[A-Za-z0-9 ]+"), e.quantity());
        assertTrue(e.getMessage().contains(e.quantity() + " is "), e.getMessage());
    }

    @Test
    void anInfiniteBreakEvenIsAMeaningNotAnError() {
        // fees of 1 元 never cover a child's cost: break-even +Infinity, and the year is still fine
        District cheap = TinyRegion.district("cheap", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(100, 1000, 0, 1.0),
                new Fees(1, 1, Double.NaN));
        YearResult y = TinyRegion.first(TinyRegion.region(List.of(cheap), ByQuintile.uniform(1), ByQuintile.uniform(0)),
                TinyRegion.noPolicy());
        assertTrue(Double.isInfinite(y.districts().get(0).breakEvenUtilisation()));
        FiniteCheck.year("cheap", y);
    }

    @Test
    void nothingEnrolledAnywhereIsALegitimateZero() {
        // no seats in any district, and (second run) no family wanting care either: every rate and mean over enrolled
        // children has nothing to average, and the year must still evaluate to finite numbers
        District none = TinyRegion.district("none", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(0, 0, 0, 0),
                new Fees(2000, 3000, Double.NaN));
        Region r = TinyRegion.region(List.of(none), ByQuintile.uniform(1), ByQuintile.uniform(0));
        for (Behaviour b : List.of(TinyRegion.behaviour(), TinyRegion.behaviour().withPotentialDemandShare(0))) {
            Scenario s = new Scenario("empty", r, Levers.of(TinyRegion.noPolicy()), b, new Horizon(2024, 3));
            ScenarioResult res = Evaluator.evaluate(s);
            for (YearResult y : res.years()) {
                assertEquals(0, y.totals().enrolled());
                assertEquals(0, y.totals().enrolmentRate());
                assertTrue(Double.isFinite(y.totals().utilisation()) && Double.isFinite(y.totals().shareAboveThreshold()));
                for (IncomeGroupResult g : y.incomeGroups()) {
                    assertTrue(Double.isFinite(g.meanNetBurden()) && Double.isFinite(g.meanNetCostMonth()), g.toString());
                }
            }
        }
        // the same with seats nobody uses
        Scenario unused = new Scenario("unused", TinyRegion.flat(), Levers.of(TinyRegion.noPolicy()),
                TinyRegion.behaviour().withPotentialDemandShare(0), new Horizon(2024, 3));
        for (YearResult y : Evaluator.evaluate(unused).years()) {
            assertEquals(0, y.totals().enrolled());
            assertEquals(0, y.totals().utilisation());
        }
    }
}
