package org.tuoyu.sandbox.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tuoyu.sandbox.engine.Calibration;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Observation;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * What drives a number: each behavioural parameter at the two ends of its uncertainty range, the others held at the
 * scenario's values. A calibrated baseline is re-calibrated at every end (D0 re-solved so the data year reproduces
 * the observed enrolment, MODEL.md §12), and a reform takes the D0 its re-calibrated baseline gets, so a bar shows
 * what the data cannot pin. Against a baseline, each end moves both scenarios (paired) and the bar is the change
 * in the difference.
 */
public final class Tornado {

    /**
     * One parameter's bar.
     *
     * @param calibrated true when re-calibration re-solves the parameter, so its bar is empty by construction
     */
    public record Bar(BehaviourParameter parameter, double lowEnd, double highEnd, double atLow, double atHigh,
                      boolean calibrated) {
        public double swing() { return Math.abs(atHigh - atLow); }
    }

    /**
     * @param central the number with every parameter at the scenario's value
     * @param bars    widest swing first
     */
    public record Result(Target measure, boolean difference, double central, List<Bar> bars, int evaluations) {
        public Result {
            bars = List.copyOf(bars);
        }
    }

    private Tornado() {}

    /**
     * @param measure what to read (its relation and value are ignored: only the indicator, scope and year count)
     * @param against a baseline to difference against, or null
     */
    public static Result of(ScenarioDocument doc, ScenarioDocument against, Target measure) {
        Problem.checkYear(doc.scenario().horizon(), measure.year(), "year " + measure.year());
        if (against != null) Problem.checkYear(against.scenario().horizon(), measure.year(), "year " + measure.year());
        int[] evaluations = {0};
        double central = read(doc, against, measure, null, 0, evaluations);
        List<Bar> bars = new ArrayList<>();
        boolean pinned = calibrated(doc) || against != null && calibrated(against);
        for (BehaviourParameter p : BehaviourParameter.values()) {
            var range = p.range(doc.uncertainty());
            if (p.calibrated() && pinned) {
                bars.add(new Bar(p, range.low(), range.high(), central, central, true));
                continue;
            }
            double lo = read(doc, against, measure, p, range.low(), evaluations);
            double hi = read(doc, against, measure, p, range.high(), evaluations);
            bars.add(new Bar(p, range.low(), range.high(), lo, hi, false));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return new Result(measure, against != null, central, bars, evaluations[0]);
    }

    private static double read(ScenarioDocument doc, ScenarioDocument against, Target m, BehaviourParameter p, double v,
                               int[] evaluations) {
        double x = m.read(Evaluator.evaluate(perturbed(doc, p, v)));
        evaluations[0]++;
        if (against == null) return x;
        evaluations[0]++;
        return x - m.read(Evaluator.evaluate(perturbed(against, p, v)));
    }

    /** The document's scenario with one parameter at {@code v} (null: none), re-calibrated where its root is. */
    static Scenario perturbed(ScenarioDocument doc, BehaviourParameter p, double v) {
        Scenario s = p == null ? doc.scenario() : p.apply(doc.scenario(), v);
        ScenarioDocument root = root(doc);
        if (p == null || !calibrated(doc)) return s;
        Observation observed = root.region().region().observed();
        double d0 = Calibration.solve(p.apply(root.scenario(), v), observed).value();
        return s.withBehaviour(s.behaviour().withPotentialDemandShare(d0));
    }

    private static ScenarioDocument root(ScenarioDocument doc) {
        ScenarioDocument r = doc;
        while (r.parent() != null) r = r.parent();
        return r;
    }

    /** A baseline calibrated to observed enrolment, or a reform of one. */
    static boolean calibrated(ScenarioDocument doc) {
        ScenarioDocument r = root(doc);
        return r.calibrate() && r.region().region().observed() != null;
    }
}
