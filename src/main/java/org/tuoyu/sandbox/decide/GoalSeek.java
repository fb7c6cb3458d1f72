package org.tuoyu.sandbox.decide;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.concurrent.CancellationException;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Horizon;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Target;

/**
 * The value of one lever that reaches a target in a year. The lever's range is sampled at {@value #GRID} evenly
 * spaced values (the indicator need not be monotone in the lever); the first interval where the target starts to
 * hold (for {@code =}, where the indicator crosses the value) is handed to Hipparchus's bracketing Brent solver,
 * which keeps the answer on the side where the target holds. Whole-number levers are bisected on whole numbers.
 * When no sampled value reaches the target, the closest sampled value is the answer, with how far it falls short.
 */
public final class GoalSeek {

    static final int GRID = 17;
    private static final int MAX_SOLVER_EVALUATIONS = 100;

    private GoalSeek() {}

    public static SeekResult seek(Scenario base, DecisionLever lever, Target target) {
        return seek(base, lever, target, () -> false);
    }

    /** @throws IllegalArgumentException when the target's year or district is outside the scenario */
    public static SeekResult seek(Scenario base, DecisionLever lever, Target target, BooleanSupplier cancelled) {
        Problem.checkYear(base.horizon(), target.year(), "year of target " + target);
        if (target.district() != null && base.region().indexOf(target.district()) < 0) {
            throw new IllegalArgumentException("target " + target + ": region " + base.region().id()
                    + " has no district '" + target.district() + "'");
        }
        if (lever.from() != null) Problem.checkYear(base.horizon(), lever.from(), "start year of lever " + lever.label());
        if (lever.district() != null && base.region().indexOf(lever.district()) < 0) {
            throw new IllegalArgumentException("lever " + lever.path() + ": region " + base.region().id()
                    + " has no district '" + lever.district() + "'");
        }
        Scenario s = base.withHorizon(new Horizon(base.horizon().firstYear(), target.year() - base.horizon().firstYear() + 1));
        Reader r = new Reader(s, lever, target, cancelled);
        double[] xs = new double[GRID];
        double[] vs = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            xs[i] = lever.applicable(lever.min() + (lever.max() - lever.min()) * i / (GRID - 1));
            vs[i] = r.applyAsDouble(xs[i]);
        }
        for (int i = 0; i < GRID; i++) {
            if (target.met(vs[i]) && (i == 0 || target.relation() != Target.Relation.EQUAL)) {
                if (i == 0) return r.result(xs[0]);
                return r.result(solve(r, target, lever, xs[i - 1], xs[i]));
            }
            if (i > 0 && target.relation() == Target.Relation.EQUAL
                    && Math.signum(vs[i - 1] - target.value()) * Math.signum(vs[i] - target.value()) <= 0) {
                return r.result(solve(r, target, lever, xs[i - 1], xs[i]));
            }
        }
        int best = 0;
        for (int i = 1; i < GRID; i++) {
            if (target.shortfall(vs[i]) < target.shortfall(vs[best])) best = i;
        }
        return r.result(xs[best]);
    }

    /** The boundary in [a, b], where the target fails at a and holds at b (or, for =, the crossing). */
    private static double solve(Reader r, Target t, DecisionLever lever, double a, double b) {
        if (lever.key().integral()) return bisectWhole(r, t, a, b);
        DoubleUnaryOperator gap = x -> r.applyAsDouble(x) - t.value();
        double ga = gap.applyAsDouble(a);
        // The side of the root where the target holds: above the value for >=, below for <=.
        AllowedSolution side = t.relation() == Target.Relation.AT_LEAST ? AllowedSolution.ABOVE_SIDE
                : t.relation() == Target.Relation.AT_MOST ? AllowedSolution.BELOW_SIDE : AllowedSolution.ANY_SIDE;
        if (ga == 0) return a;
        double absAcc = 1e-9 * Math.max(1, Math.abs(b - a));
        double fAcc = 1e-9 * Math.max(1e-12, Math.abs(t.value()));
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, absAcc, fAcc, 5);
        try {
            double x = solver.solve(MAX_SOLVER_EVALUATIONS, gap::applyAsDouble, a, b, side);
            if (t.relation() != Target.Relation.EQUAL && !t.met(r.applyAsDouble(x))) return b;
            return x;
        } catch (MathRuntimeException e) {
            // A step in the indicator (a rounded seat count) can defeat the solver; the bracket's end holds.
            return t.relation() == Target.Relation.EQUAL ? (Math.abs(ga) < Math.abs(gap.applyAsDouble(b)) ? a : b) : b;
        }
    }

    private static double bisectWhole(Reader r, Target t, double a, double b) {
        double lo = a;
        double hi = b;
        double loGap = r.applyAsDouble(lo) - t.value();
        while (hi - lo > 1) {
            double mid = Math.floor((lo + hi) / 2);
            double v = r.applyAsDouble(mid);
            boolean pastIt = t.relation() == Target.Relation.EQUAL
                    ? Math.signum(v - t.value()) != Math.signum(loGap) : t.met(v);
            if (pastIt) hi = mid; else lo = mid;
        }
        if (t.relation() == Target.Relation.EQUAL) {
            return t.shortfall(r.applyAsDouble(lo)) <= t.shortfall(r.applyAsDouble(hi)) ? lo : hi;
        }
        return hi;
    }

    /** Evaluates the indicator at a lever value and keeps what the result needs. */
    private static final class Reader implements DoubleUnaryOperator {
        private final Scenario scenario;
        private final DecisionLever lever;
        private final Target target;
        private final BooleanSupplier cancelled;
        private int evaluations;
        private double lowest = Double.POSITIVE_INFINITY;
        private double highest = Double.NEGATIVE_INFINITY;

        Reader(Scenario scenario, DecisionLever lever, Target target, BooleanSupplier cancelled) {
            this.scenario = scenario;
            this.lever = lever;
            this.target = target;
            this.cancelled = cancelled;
        }

        @Override
        public double applyAsDouble(double x) {
            if (cancelled.getAsBoolean()) throw new CancellationException("goal seek cancelled");
            evaluations++;
            double v = target.read(Evaluator.evaluate(lever.apply(scenario, x)));
            lowest = Math.min(lowest, v);
            highest = Math.max(highest, v);
            return v;
        }

        SeekResult result(double x) {
            double value = lever.applicable(x);
            double v = applyAsDouble(value);
            return new SeekResult(lever, target, value, v, target.met(v), target.shortfall(v), lowest, highest, evaluations);
        }
    }
}
