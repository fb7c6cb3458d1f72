package org.tuoyu.sandbox.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

class FrontierTest {

    static Scenario base;
    static Frontier.Result frontier;
    static final List<DecisionLever> LEVERS = List.of(new DecisionLever(LeverKey.VOUCHER_A2, null, 0, 1500),
            new DecisionLever(LeverKey.VOUCHER_A1, null, 0, 1500));

    @BeforeAll
    static void solve() throws Exception {
        base = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml")).scenario();
        // Without provider dynamics: with them (model v2, on by default) an operating subsidy keeps centres open and
        // so moves enrolment, and the "useless spending" of the test below would not be useless.
        base = base.withBehaviour(base.behaviour().with("providerDynamics", 0));
        Problem p = new Problem(base, LEVERS, new Cost(Cost.Measure.GENERAL_BUDGET, 2028, 0), List.of());
        frontier = Frontier.of(p, Target.parse("enrolmentRate>=0", 2028), 6, ProgressListener.NONE, () -> false);
    }

    @Test
    void moreEnrolmentCostsMoreAlongTheFrontier() {
        List<Frontier.Point> pts = frontier.points();
        assertEquals(6, pts.size());
        for (int i = 1; i < pts.size(); i++) {
            assertTrue(pts.get(i).level() > pts.get(i - 1).level(), "levels rise");
            assertTrue(pts.get(i).cost() >= pts.get(i - 1).cost() * 0.995, "costs do not fall: " + pts);
        }
        assertTrue(pts.get(pts.size() - 1).cost() > pts.get(0).cost());
    }

    @Test
    void aMixThatSpendsOnSomethingUselessIsDominatedByWhatItWastes() {
        Frontier.Point mid = frontier.points().get(3);
        Scenario onFrontier = base;
        for (int i = 0; i < LEVERS.size(); i++) onFrontier = LEVERS.get(i).apply(onFrontier, mid.levers().get(i));
        Frontier.Placement itself = frontier.place("frontier", Evaluator.evaluate(onFrontier));
        assertEquals(0, itself.excess(), 0.01 * itself.cost());
        // Operating subsidies do not move enrolment in this region's test figures, they only cost.
        Scenario wasteful = onFrontier.withLevers(onFrontier.levers().withRegionWide(LeverKey.OPERATING_SUBSIDY_A2, 1500));
        Frontier.Placement w = frontier.place("wasteful", Evaluator.evaluate(wasteful));
        assertTrue(w.dominated());
        assertEquals(w.cost() - itself.cost(), w.excess(), 0.02 * (w.cost() - itself.cost()));
    }

    @Test
    void pastTheFrontiersReachThereIsNoFrontierCost() {
        double top = frontier.points().get(frontier.points().size() - 1).level();
        assertTrue(Double.isNaN(frontier.costAt(top + 0.05)));
        assertEquals(frontier.points().get(0).cost(), frontier.costAt(frontier.points().get(0).level() - 0.05), 0.0,
                "below the cheapest set's level the frontier costs what the cheapest set costs");
    }

    @Test
    void theLevelsSolvedOnTwoThreadsGiveTheSameCurveEveryTime() {
        Problem p = frontier.problem();
        Frontier.Result again = Frontier.of(p, Target.parse("enrolmentRate>=0", 2028), 6, ProgressListener.NONE, () -> false);
        assertEquals(frontier.points(), again.points(), "the same inputs give the same frontier");
        assertEquals(frontier.evaluations(), again.evaluations());
    }
}
