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

    /** The baseline with the given groups' levers taken from the reform, evaluated here, not by Decomposition. */
    private static Effect with(List<LeverGroup> groups) {
        Levers l = BASELINE.levers();
        for (LeverGroup g : groups) l = l.withGroupFrom(g, REFORM.levers());
        return Effect.of(Evaluator.evaluate(BASELINE.withLevers(l)));
    }

    private static Effect stepOf(List<LeverGroup> order, int i) {
        return with(order.subList(0, i + 1)).minus(with(order.subList(0, i)));
    }

    /**
     * The sums above hold by construction (the steps telescope); this checks each step itself: the change that adding
     * its group makes after the groups before it, recomputed from the scenarios. A step credited to the wrong group, or
     * computed against the wrong intermediate scenario, fails here.
     */
    @Test
    void eachStepIsTheChangeItsGroupMakesAfterTheOnesBefore() {
        Decomposition d = Decomposition.of(BASELINE, REFORM);
        List<LeverGroup> forward = List.of(LeverGroup.SUPPLY, LeverGroup.DEMAND, LeverGroup.LEAVE, LeverGroup.SEATS);
        List<LeverGroup> reverse = List.of(LeverGroup.SEATS, LeverGroup.LEAVE, LeverGroup.DEMAND, LeverGroup.SUPPLY);
        for (int i = 0; i < 4; i++) {
            assertSameEffect(stepOf(forward, i), d.forward().get(i).effect(), "forward " + forward.get(i));
            assertSameEffect(stepOf(reverse, i), d.reverse().get(i).effect(), "reverse " + reverse.get(i));
        }
    }

    /** Shapley values recomputed from their definition: a group's step averaged over all 24 orders. */
    @Test
    void shapleyValuesAreTheAverageStepOverAllOrders() {
        Decomposition d = Decomposition.of(BASELINE, REFORM);
        List<List<LeverGroup>> orders = new java.util.ArrayList<>();
        permute(new java.util.ArrayList<>(List.of(LeverGroup.values())), 0, orders);
        assertEquals(24, orders.size());
        for (Decomposition.Step s : d.shapley()) {
            Effect mean = Effect.ZERO;
            for (List<LeverGroup> o : orders) mean = mean.plus(stepOf(o, o.indexOf(s.group())).times(1.0 / orders.size()));
            assertSameEffect(mean, s.effect(), "shapley " + s.group());
        }
    }

    private static void permute(List<LeverGroup> a, int k, List<List<LeverGroup>> out) {
        if (k == a.size()) {
            out.add(List.copyOf(a));
            return;
        }
        for (int i = k; i < a.size(); i++) {
            java.util.Collections.swap(a, k, i);
            permute(a, k + 1, out);
            java.util.Collections.swap(a, k, i);
        }
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
