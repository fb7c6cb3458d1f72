package org.tuoyu.sandbox.decide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * The search behind the optimiser and the frontier (method and reasons: docs/decisions/0011-optimiser.md).
 * Levers are scaled to the unit cube. A deterministic quasi-random sample (Halton) finds feasible regions; from
 * the best few points Hipparchus's BOBYQA (bounded, derivative-free) minimises cost plus a quadratic penalty on
 * target shortfalls, with the penalty raised in three steps; a bisection towards the best feasible point then
 * removes any shortfall the penalty left. The answer is the cheapest feasible point ever evaluated.
 */
final class Search {

    /** Penalty weights, raised in turn: each run starts where the last ended. */
    private static final double[] PENALTIES = {1e3, 1e6};
    private static final double INITIAL_RADIUS = 0.1;
    private static final double STOPPING_RADIUS = 1e-5;
    private static final int REPAIR_STEPS = 20;

    private final Trials trials;
    private final int[] free;
    private final double[] lo;
    private final double[] span;
    private final double[] fixed;
    private double costScale = 1;

    Search(Trials trials) {
        this.trials = trials;
        List<DecisionLever> ls = trials.problem().levers();
        int n = ls.size();
        lo = new double[n];
        span = new double[n];
        fixed = new double[n];
        List<Integer> f = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DecisionLever l = ls.get(i);
            lo[i] = l.min();
            span[i] = l.max() - l.min();
            fixed[i] = l.min();
            if (span[i] > 0) f.add(i);
        }
        free = f.stream().mapToInt(Integer::intValue).toArray();
    }

    Trials trials() { return trials; }

    /** The cost that counts as one unit against the penalty, when no sample of this search set it. */
    void scaleCosts(double c) { costScale = Math.max(1, c); }

    /** The levers' values at a point of the unit cube of the free levers. */
    double[] toLevers(double[] z) {
        double[] x = fixed.clone();
        for (int j = 0; j < free.length; j++) x[free[j]] = lo[free[j]] + span[free[j]] * clamp01(z[j]);
        return x;
    }

    double[] toCube(double[] x) {
        double[] z = new double[free.length];
        for (int j = 0; j < free.length; j++) z[j] = clamp01((x[free[j]] - lo[free[j]]) / span[free[j]]);
        return z;
    }

    /** Evaluates the sample; returns it in evaluation order. */
    List<Trials.Point> sample(double[] current) {
        int n = free.length;
        List<double[]> zs = new ArrayList<>();
        double[] centre = new double[n];
        Arrays.fill(centre, 0.5);
        zs.add(centre);
        zs.add(new double[n]);
        double[] top = new double[n];
        Arrays.fill(top, 1);
        zs.add(top);
        if (current != null) zs.add(toCube(current));
        int count = 8 + 8 * n;
        for (int k = 1; k <= count; k++) {
            double[] z = new double[n];
            for (int j = 0; j < n; j++) z[j] = halton(k, PRIMES[j % PRIMES.length]);
            zs.add(z);
        }
        List<Trials.Point> out = new ArrayList<>();
        for (double[] z : zs) out.add(trials.evaluate(toLevers(z)));
        double c = 1;
        for (Trials.Point p : out) c = Math.max(c, Math.abs(p.cost()));
        costScale = c;
        return out;
    }

    /** Cost plus penalty, the function BOBYQA minimises; comparable across points for one weight. */
    double penalised(Trials.Point p, double weight) {
        double pen = 0;
        double[] scale = trials.targetScale();
        for (int i = 0; i < p.values().length; i++) {
            double s = trials.problem().targets().get(i).shortfall(p.values()[i]) / scale[i];
            pen += s * s;
        }
        return p.cost() / costScale + weight * pen;
    }

    /** Runs the penalty sequence from a start and repairs its end towards feasibility. */
    void descend(double[] startLevers, int maxEvalPerRun) {
        if (free.length == 0) {
            trials.evaluate(fixed.clone());
            return;
        }
        double[] z = toCube(startLevers);
        for (double w : PENALTIES) {
            ToDoubleFunction<double[]> f = zz -> penalised(trials.evaluate(toLevers(zz)), w);
            z = free.length == 1 ? line(f, z, maxEvalPerRun) : bobyqa(f, z, maxEvalPerRun);
        }
        repair(toLevers(z));
    }

    private double[] bobyqa(ToDoubleFunction<double[]> f, double[] z0, int maxEval) {
        int n = z0.length;
        double[] best = z0.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        ToDoubleFunction<double[]> tracked = zz -> {
            double v = f.applyAsDouble(zz);
            if (v < bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(zz, 0, best, 0, n);
            }
            return v;
        };
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(upper, 1);
        try {
            new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, STOPPING_RADIUS).optimize(new MaxEval(maxEval),
                    new ObjectiveFunction(tracked::applyAsDouble), GoalType.MINIMIZE, new InitialGuess(z0),
                    new SimpleBounds(lower, upper));
        } catch (MathRuntimeException e) {
            // Out of evaluations (or a degenerate model): the best point seen so far stands.
            return best;
        }
        return best;
    }

    private double[] line(ToDoubleFunction<double[]> f, double[] z0, int maxEval) {
        double[] best = z0.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        try {
            new BrentOptimizer(1e-9, 1e-9).optimize(new MaxEval(maxEval), new UnivariateObjectiveFunction(t -> {
                double v = f.applyAsDouble(new double[] {t});
                if (v < bestValue[0]) {
                    bestValue[0] = v;
                    best[0] = t;
                }
                return v;
            }), GoalType.MINIMIZE, new SearchInterval(0, 1, clamp01(z0[0])));
        } catch (MathRuntimeException e) {
            return best;
        }
        return best;
    }

    /**
     * Moves an almost-feasible end point along the line to the best feasible point until the targets hold:
     * the penalty leaves a shortfall of the order of 1/weight, which a user would see as a target "not met".
     */
    void repair(double[] x) {
        Trials.Point end = trials.evaluate(x);
        Trials.Point anchor = trials.bestFeasible();
        if (end.feasible() || anchor == null) return;
        double[] a = anchor.x();
        double loT = 0;
        double hiT = 1;
        for (int k = 0; k < REPAIR_STEPS; k++) {
            double mid = (loT + hiT) / 2;
            double[] m = new double[x.length];
            for (int i = 0; i < x.length; i++) m[i] = x[i] + mid * (a[i] - x[i]);
            if (trials.evaluate(m).feasible()) hiT = mid; else loT = mid;
        }
    }

    /** The sample's points from which to descend: the best feasible, the best penalised, and the current. */
    static List<double[]> starts(List<Trials.Point> sample, Search s, double[] current, int max) {
        List<double[]> out = new ArrayList<>();
        Trials.Point feasible = null;
        for (Trials.Point p : sample) {
            if (p.feasible() && (feasible == null || p.cost() < feasible.cost())) feasible = p;
        }
        if (feasible != null) out.add(feasible.x());
        List<Trials.Point> byPenalty = new ArrayList<>(sample);
        byPenalty.sort((a, b) -> Double.compare(s.penalised(a, PENALTIES[0]), s.penalised(b, PENALTIES[0])));
        for (Trials.Point p : byPenalty) {
            if (out.size() >= max - 1) break;
            addDistinct(out, p.x());
        }
        if (current != null) addDistinct(out, current);
        return out.size() > max ? out.subList(0, max) : out;
    }

    private static void addDistinct(List<double[]> out, double[] x) {
        for (double[] y : out) {
            if (Arrays.equals(x, y)) return;
        }
        out.add(x);
    }

    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47};

    /** The k-th element of the van der Corput sequence in base b (one coordinate of a Halton point). */
    static double halton(int k, int b) {
        double f = 1;
        double r = 0;
        for (int i = k; i > 0; i /= b) {
            f /= b;
            r += f * (i % b);
        }
        return r;
    }

    private static double clamp01(double v) { return Math.max(0, Math.min(1, v)); }
}
