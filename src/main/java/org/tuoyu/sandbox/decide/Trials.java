package org.tuoyu.sandbox.decide;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Horizon;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Target;

/**
 * Evaluates lever sets of one problem and remembers the cheapest one that met every target, whatever search step
 * produced it: the optimiser's answer is never worse than any point it has seen. Coordinates are the levers' own
 * units; the engine projects only as far as the problem needs.
 */
final class Trials {

    /** One evaluated lever set. */
    record Point(double[] x, double cost, double[] values, double shortfall, boolean feasible) {}

    private final Problem problem;
    private final Scenario shortened;
    private final BooleanSupplier cancelled;
    private final ToDoubleFunction<ScenarioResult> objective;
    private final double[] targetScale;
    private int evaluations;
    private Point bestFeasible;
    private Point leastShortfall;

    Trials(Problem problem, BooleanSupplier cancelled) {
        this(problem, cancelled, problem.cost()::of);
    }

    /** Trials that minimise another number of the result than the problem's cost (the frontier's reach). */
    Trials(Problem problem, BooleanSupplier cancelled, ToDoubleFunction<ScenarioResult> objective) {
        this.problem = problem;
        this.objective = objective;
        Scenario b = problem.base();
        int years = problem.lastYearNeeded() - b.horizon().firstYear() + 1;
        this.shortened = b.withHorizon(new Horizon(b.horizon().firstYear(), years));
        this.cancelled = cancelled;
        this.targetScale = new double[problem.targets().size()];
        for (int i = 0; i < targetScale.length; i++) targetScale[i] = scale(problem.targets().get(i));
    }

    /**
     * The size of a shortfall that counts as one unit of penalty: the bound itself, but at least one percentage
     * point for rates and one unit (child, seat, 元) for amounts, so a bound of zero still has a scale.
     */
    static double scale(Target t) {
        IndicatorUnit u = t.indicator().unit();
        double floor = u == IndicatorUnit.SHARE || u == IndicatorUnit.RATIO ? 0.01 : 1;
        return Math.max(Math.abs(t.value()), floor);
    }

    Problem problem() { return problem; }

    int evaluations() { return evaluations; }

    Point bestFeasible() { return bestFeasible; }

    Point leastShortfall() { return leastShortfall; }

    double[] targetScale() { return targetScale; }

    /** The base scenario (over the full horizon) with the levers at {@code x}. */
    Scenario scenarioAt(double[] x) { return at(problem.base(), x); }

    Point evaluate(double[] x) {
        if (cancelled.getAsBoolean()) throw new CancellationException("search cancelled");
        double[] applied = new double[x.length];
        List<DecisionLever> ls = problem.levers();
        for (int i = 0; i < x.length; i++) applied[i] = ls.get(i).applicable(x[i]);
        ScenarioResult r = Evaluator.evaluate(at(shortened, applied));
        evaluations++;
        List<Target> ts = problem.targets();
        double[] v = new double[ts.size()];
        double shortfall = 0;
        boolean ok = true;
        for (int i = 0; i < v.length; i++) {
            Target t = ts.get(i);
            v[i] = t.read(r);
            if (!t.met(v[i])) ok = false;
            shortfall += t.shortfall(v[i]) / targetScale[i];
        }
        Point p = new Point(applied, objective.applyAsDouble(r), v, shortfall, ok);
        if (ok && (bestFeasible == null || p.cost() < bestFeasible.cost())) bestFeasible = p;
        if (leastShortfall == null || p.shortfall() < leastShortfall.shortfall()
                || p.shortfall() == leastShortfall.shortfall() && p.cost() < leastShortfall.cost()) {
            leastShortfall = p;
        }
        return p;
    }

    private Scenario at(Scenario s, double[] x) {
        var levers = s.levers();
        List<DecisionLever> ls = problem.levers();
        for (int i = 0; i < x.length; i++) levers = ls.get(i).apply(levers, x[i]);
        return s.withLevers(levers);
    }
}
