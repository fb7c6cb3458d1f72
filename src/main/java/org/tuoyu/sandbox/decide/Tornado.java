package org.tuoyu.sandbox.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Calibration;
import org.tuoyu.sandbox.engine.CalibrationResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.engine.UncertainParameter;
import org.tuoyu.sandbox.engine.Uncertainty;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * What drives a number: each behavioural parameter the Monte Carlo draws ({@link Uncertainty#parameters()}, the v2
 * parameters included) at the two ends of its uncertainty range, set as a draw sets it, the others held at the
 * scenario's values. A calibrated baseline is re-calibrated at every end (its free parameters re-fitted so the data
 * year reproduces the observed figures, MODEL.md §12, as the paired Monte Carlo does), and a reform takes the values
 * its re-calibrated baseline gets, so a bar shows what the data cannot pin; a parameter the calibration itself
 * fits has an empty bar. Against a baseline, each end moves both scenarios (paired) and the bar is the change
 * in the difference.
 */
public final class Tornado {

    /**
     * One parameter's bar.
     *
     * @param calibrated true when re-calibration re-solves the parameter, so its bar is empty by construction
     * @param fitsLow    false when the re-calibrated baseline cannot reproduce its observed figures at the low end
     *                   (within the free parameters' ranges): the data speak against that end
     * @param fitsHigh   the same at the high end
     */
    public record Bar(UncertainParameter parameter, double lowEnd, double highEnd, double atLow, double atHigh,
                      boolean calibrated, boolean fitsLow, boolean fitsHigh) {
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
        double central = read(doc, against, measure, null, 0, evaluations).value();
        List<Bar> bars = new ArrayList<>();
        for (UncertainParameter p : Uncertainty.parameters()) {
            var range = doc.uncertainty().range(p);
            if (pinned(doc, p) || against != null && pinned(against, p)) {
                bars.add(new Bar(p, range.low(), range.high(), central, central, true, true, true));
                continue;
            }
            End lo = read(doc, against, measure, p, range.low(), evaluations);
            End hi = read(doc, against, measure, p, range.high(), evaluations);
            bars.add(new Bar(p, range.low(), range.high(), lo.value(), hi.value(), false, lo.fits(), hi.fits()));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return new Result(measure, against != null, central, bars, evaluations[0]);
    }

    /** The number at one end, and whether every re-calibration at that end met its observed figures. */
    private record End(double value, boolean fits) {}

    private static End read(ScenarioDocument doc, ScenarioDocument against, Target m, UncertainParameter p, double v,
                            int[] evaluations) {
        Map<ScenarioDocument, CalibrationResult> fits = new IdentityHashMap<>();
        double x = m.read(Evaluator.evaluate(perturbed(doc, p, v, fits)));
        evaluations[0]++;
        if (against != null) {
            evaluations[0]++;
            x -= m.read(Evaluator.evaluate(perturbed(against, p, v, fits)));
        }
        return new End(x, fits.values().stream().allMatch(CalibrationResult::converged));
    }

    /** The document's scenario with one parameter at {@code v} (null: none), re-calibrated where its root is. */
    static Scenario perturbed(ScenarioDocument doc, UncertainParameter p, double v) {
        return perturbed(doc, p, v, new IdentityHashMap<>());
    }

    /**
     * As {@link #perturbed(ScenarioDocument, UncertainParameter, double)}; {@code fits} keeps each root's
     * re-calibration at this end, so a reform and its baseline share one (paired, and fitted once).
     */
    private static Scenario perturbed(ScenarioDocument doc, UncertainParameter p, double v,
                                      Map<ScenarioDocument, CalibrationResult> fits) {
        Scenario s = p == null ? doc.scenario() : p.apply(doc.scenario(), v);
        if (p == null || !calibrated(doc)) return s;
        ScenarioDocument root = root(doc);
        CalibrationResult c = fits.computeIfAbsent(root, r -> Calibration.fit(p.apply(r.scenario(), v),
                r.region().region().observed(), free(r)));
        return s.withBehaviour(c.apply(s.behaviour()));
    }

    /** True when calibration re-solves {@code p} in this document's baseline, so its bar is empty by construction. */
    static boolean pinned(ScenarioDocument doc, UncertainParameter p) {
        return calibrated(doc) && p.calibratedBy(free(root(doc)));
    }

    private static List<FreeParameter> free(ScenarioDocument root) {
        List<FreeParameter> free = new ArrayList<>();
        for (String name : root.calibrated()) free.add(FreeParameter.fromName(name));
        return free;
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
