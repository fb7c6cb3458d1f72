package org.tuoyu.sandbox.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecompositionTest {

    private static final Region REGION = Fixtures.twoDistricts();
    private static final Scenario BASELINE = Fixtures.baseline(REGION, 6);
    private static final Scenario REFORM = Fixtures.reform(REGION, 6);

    private static Effect sum(List<Decomposition.Step> steps) {
        Effect e = Effect.ZERO;
        for (Decomposition.Step s : steps) e = e.plus(s.effect());
        return e;
    }

    private static void assertSameEffect(Effect want, Effect got, String what) {
        assertEquals(want.fiscalCost(), got.fiscalCost(), 1e-9 * Math.abs(want.fiscalCost()) + 1e-6, what + " fiscal");
        assertEquals(want.enrolled(), got.enrolled(), 1e-9 * Math.abs(want.enrolled()) + 1e-9, what + " enrolled");
        assertEquals(want.horizonFiscalCost(), got.horizonFiscalCost(), 1e-9 * Math.abs(want.horizonFiscalCost()) + 1e-6,
                what + " horizon fiscal");
        assertEquals(want.horizonEnrolled(), got.horizonEnrolled(), 1e-9 * Math.abs(want.horizonEnrolled()) + 1e-9,
                what + " horizon enrolled");
    }

    @Test
    void theTotalIsTheReformAgainstTheBaseline() {
        Decomposition d = Decomposition.of(BASELINE, REFORM);
        Effect want = Effect.of(Evaluator.evaluate(REFORM)).minus(Effect.of(Evaluator.evaluate(BASELINE)));
        assertSameEffect(want, d.total(), "total");
        assertTrue(d.total().fiscalCost() > 0 && d.total().enrolled() > 0, "the reform spends and enrols more");
        assertSameEffect(Effect.of(Evaluator.evaluate(BASELINE)), d.baselineLevel(), "baseline level");
    }

    @Test
    void stepsInEitherOrderAddUpToTheTotal() {
        Decomposition d = Decomposition.of(BASELINE, REFORM);
        assertEquals(List.of(LeverGroup.SUPPLY, LeverGroup.DEMAND, LeverGroup.LEAVE, LeverGroup.SEATS),
                d.forward().stream().map(Decomposition.Step::group).toList());
        assertEquals(List.of(LeverGroup.SEATS, LeverGroup.LEAVE, LeverGroup.DEMAND, LeverGroup.SUPPLY),
                d.reverse().stream().map(Decomposition.Step::group).toList());
        assertSameEffect(d.total(), sum(d.forward()), "forward");
        assertSameEffect(d.total(), sum(d.reverse()), "reverse");
        // Every group of the reform does something to the cost over the horizon; seats are built from
        // the year after the data year, so the seat group does nothing in the first year.
        for (Decomposition.Step s : d.forward()) assertTrue(Math.abs(s.effect().horizonFiscalCost()) > 1, s.toString());
        assertEquals(0, d.forward().get(3).effect().fiscalCost(), 1e-6);
    }

    @Test
    void shapleyValuesAddUpToTheTotalAndLieBetweenTheOrders() {
        Decomposition d = Decomposition.of(BASELINE, REFORM);
        assertSameEffect(d.total(), sum(d.shapley()), "shapley");
        boolean differ = false;
        for (int g = 0; g < 4; g++) {
            double f = d.forward().get(g).effect().horizonEnrolled();
            double r = d.reverse().get(3 - g).effect().horizonEnrolled();
            double s = d.shapley().get(g).effect().horizonEnrolled();
            assertEquals(d.forward().get(g).group(), d.reverse().get(3 - g).group());
            differ |= Math.abs(f - r) > 1e-6;
            // With four groups the orders are not the extremes in general, but here the Shapley value
            // should not stray far outside them.
            double lo = Math.min(f, r), hi = Math.max(f, r), slack = 0.5 * (hi - lo) + 1e-6;
            assertTrue(s >= lo - slack && s <= hi + slack, "group " + g + ": " + s + " vs " + f + " / " + r);
        }
        assertTrue(differ, "the model has interactions, so the two orders should differ somewhere");
    }

    @Test
    void aReformOfOneGroupPutsEverythingOnThatGroup() {
        Levers onlyDemand = BASELINE.levers().withGroupFrom(LeverGroup.DEMAND, REFORM.levers());
        Decomposition d = Decomposition.of(BASELINE, REFORM.withLevers(onlyDemand));
        for (List<Decomposition.Step> steps : List.of(d.forward(), d.reverse(), d.shapley())) {
            for (Decomposition.Step s : steps) {
                if (s.group() == LeverGroup.DEMAND) {
                    assertSameEffect(d.total(), s.effect(), "demand");
                } else {
                    assertSameEffect(Effect.ZERO, s.effect(), s.group().toString());
                }
            }
        }
        assertTrue(d.total().fiscalCost() > 0);
    }

    @Test
    void districtOverridesAreDecomposedToo() {
        Levers withOverride = REFORM.levers().withOverride("b", LeverKey.VOUCHER_A0, 1500);
        Decomposition d = Decomposition.of(BASELINE, REFORM.withLevers(withOverride));
        Decomposition plain = Decomposition.of(BASELINE, REFORM);
        assertTrue(d.forward().get(1).effect().fiscalCost() > plain.forward().get(1).effect().fiscalCost());
        assertSameEffect(d.total(), sum(d.forward()), "forward with override");
    }

    @Test
    void aReformOnAnotherRegionIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Decomposition.of(BASELINE, Fixtures.reform(Fixtures.flatRegion(), 6)));
    }
}
