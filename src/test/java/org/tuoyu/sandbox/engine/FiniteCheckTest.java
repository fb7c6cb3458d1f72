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
                new ByAge(1000, 1000, 1000), 1e308, 3, new SeatStock(100, 1000, 0, 1.0), new Fees(2000, 3000, Double.NaN), 0);
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
}
