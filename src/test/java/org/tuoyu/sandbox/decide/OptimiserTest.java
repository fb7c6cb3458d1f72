package org.tuoyu.sandbox.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

class OptimiserTest {

    static Scenario base;
    static final Cost BUDGET_2026 = new Cost(Cost.Measure.GENERAL_BUDGET, 2026, 0);

    @BeforeAll
    static void load() throws Exception {
        base = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml")).scenario();
    }

    static double read(Scenario s, Target t) { return t.read(Evaluator.evaluate(s)); }

    /**
     * Known by hand: a target on East's enrolment, with East's own voucher and the region-wide voucher (which then
     * reaches only Centre) to choose from. The region-wide voucher costs money and does nothing for East, so the
     * cheapest answer is no region-wide voucher and East's voucher at the value that just meets the target.
     */
    @Test
    void spendsNothingOnALeverThatCannotHelpAndJustMeetsTheTarget() {
        DecisionLever eastVoucher = new DecisionLever(LeverKey.VOUCHER_A2, "east", 0, 2000);
        DecisionLever voucher = new DecisionLever(LeverKey.VOUCHER_A2, null, 0, 2000);
        Target probe = Target.parse("enrolmentRate@east>=0", 2026);
        double wanted = read(eastVoucher.apply(base, 700), probe);
        assertTrue(wanted > read(eastVoucher.apply(base, 0), probe), "East's voucher raises East's enrolment");
        Target target = Target.parse("enrolmentRate@east>=" + wanted, 2026);

        Optimum o = Optimiser.solve(new Problem(base, List.of(voucher, eastVoucher), BUDGET_2026, List.of(target)));

        assertTrue(o.feasible());
        assertEquals(0, o.levers().get("demand.voucher.A2"), 1.0, "no region-wide voucher");
        assertEquals(700, o.levers().get("districts.east.demand.voucher.A2"), 7.0, "East's voucher just meets the target");
        double handCost = BUDGET_2026.of(Evaluator.evaluate(eastVoucher.apply(voucher.apply(base, 0), 700)));
        assertEquals(handCost, o.cost(), 0.01 * handCost);
        TargetOutcome t = o.targets().get(0);
        assertTrue(t.met() && t.active(), "the target binds");
        assertTrue(t.costOfTarget() > 0, "dropping the target saves money");
    }

    @Test
    void theAnswerMeetsItsTargetsInAFreshRunAndNoRandomFeasibleSetIsMuchCheaper() {
        List<DecisionLever> levers = List.of(new DecisionLever(LeverKey.VOUCHER_A2, null, 0, 2000),
                new DecisionLever(LeverKey.OPERATING_SUBSIDY_A2, null, 0, 3000),
                new DecisionLever(LeverKey.TARGET_PER_THOUSAND, null, 0, 15));
        Target probe = Target.parse("enrolmentRate>=0", 2028);
        Scenario mid = base;
        for (DecisionLever l : levers) mid = l.apply(mid, (l.min() + l.max()) / 2);
        Target target = Target.parse("enrolmentRate>=" + read(mid, probe), 2028);
        Problem p = new Problem(base, levers, BUDGET_2026.withYear(2028), List.of(target));

        Optimum o = Optimiser.solve(p);

        assertTrue(o.feasible());
        ScenarioResult fresh = Evaluator.evaluate(o.scenario());
        assertTrue(target.met(target.read(fresh)), "met in a fresh evaluation of the answer");
        assertEquals(o.cost(), p.cost().of(fresh), 1e-6 * Math.abs(o.cost()));
        SplittableRandom r = new SplittableRandom(42);
        int feasible = 0;
        for (int k = 0; k < 300; k++) {
            Scenario s = base;
            for (DecisionLever l : levers) s = l.apply(s, l.min() + r.nextDouble() * (l.max() - l.min()));
            ScenarioResult res = Evaluator.evaluate(s);
            if (!target.met(target.read(res))) continue;
            feasible++;
            double c = p.cost().of(res);
            assertTrue(c >= 0.99 * o.cost(), "a random feasible set costs " + c + " < optimiser's " + o.cost());
        }
        assertTrue(feasible > 10, "the check saw feasible sets: " + feasible);
    }

    @Test
    void aTargetOutOfReachGivesTheClosestSetAndSaysSo() {
        DecisionLever voucher = new DecisionLever(LeverKey.VOUCHER_A2, null, 0, 300);
        DecisionLever sub = new DecisionLever(LeverKey.OPERATING_SUBSIDY_A2, null, 0, 300);
        Target target = Target.parse("enrolmentRate>=0.99", 2026);
        Optimum o = Optimiser.solve(new Problem(base, List.of(voucher, sub), BUDGET_2026, List.of(target)));
        assertFalse(o.feasible());
        assertFalse(o.targets().get(0).met());
        assertTrue(Double.isNaN(o.targets().get(0).costOfTarget()));
    }

    @Test
    void theSameProblemGivesTheSameAnswer() {
        List<DecisionLever> levers = List.of(new DecisionLever(LeverKey.VOUCHER_A2, null, 0, 2000),
                new DecisionLever(LeverKey.OPERATING_SUBSIDY_A2, null, 0, 3000));
        Target target = Target.parse("enrolmentRate>=" + read(levers.get(0).apply(base, 900), Target.parse("enrolmentRate>=0", 2026)), 2026);
        Problem p = new Problem(base, levers, BUDGET_2026, List.of(target));
        Optimum a = Optimiser.solve(p);
        Optimum b = Optimiser.solve(p);
        assertEquals(a.levers(), b.levers());
        assertEquals(a.cost(), b.cost());
    }
}
