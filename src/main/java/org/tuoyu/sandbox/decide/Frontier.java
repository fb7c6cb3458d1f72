package org.tuoyu.sandbox.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Target;

/**
 * The efficient frontier of cost against one indicator: for evenly spaced levels from what the cheapest lever set
 * gives to the best the levers can reach, the cheapest lever set that attains the level. Each level is solved from
 * the previous level's answer and from the cheapest sampled set that already attains it; shipped reforms are then
 * placed against the curve.
 */
public final class Frontier {

    /** The cheapest lever set for one level. */
    public record Point(double level, double cost, List<Double> levers) {
        public Point {
            levers = List.copyOf(levers);
        }
    }

    /**
     * A scenario placed against the frontier.
     *
     * @param frontierCost the frontier's cost at the scenario's level (interpolated), NaN beyond the frontier's reach
     * @param dominated    true when the scenario costs more than 0.1% above the frontier at its level
     * @param excess       how much more the scenario costs than the frontier at its level (元; NaN beyond reach)
     */
    public record Placement(String name, double level, double cost, double frontierCost, boolean dominated,
                            double excess) {}

    /**
     * @param measure the indicator read (its relation says which way is better; its value is unused)
     * @param points  in order of level, from the cheapest set's level to the best reachable
     */
    public record Result(Problem problem, Target measure, List<Point> points, int evaluations) {
        public Result {
            points = List.copyOf(points);
        }

        /** Places a scenario (a shipped reform) against the frontier, by the same cost and indicator. */
        public Placement place(String name, ScenarioResult r) {
            double level = measure.read(r);
            double cost = problem.cost().of(r);
            double f = costAt(level);
            // Within 0.1% of the curve counts as on it: the curve is interpolated between solved points.
            boolean dominated = !Double.isNaN(f) && cost - f > Math.max(1, DOMINANCE_TOLERANCE * Math.abs(cost));
            return new Placement(name, level, cost, f, dominated, Double.isNaN(f) ? Double.NaN : cost - f);
        }

        /** The frontier's cost at a level: the first point's below its level, NaN past the last point's. */
        public double costAt(double level) {
            if (points.isEmpty()) return Double.NaN;
            boolean up = measure.relation() != Target.Relation.AT_MOST;
            Point first = points.get(0);
            if (up ? level <= first.level() : level >= first.level()) return first.cost();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                if (up ? level <= b.level() : level >= b.level()) {
                    double t = b.level() == a.level() ? 1 : (level - a.level()) / (b.level() - a.level());
                    return a.cost() + t * (b.cost() - a.cost());
                }
            }
            return Double.NaN;
        }
    }

    /** Share of a scenario's cost by which it must exceed the frontier to count as dominated. */
    static final double DOMINANCE_TOLERANCE = 1e-3;

    private Frontier() {}

    /** Which way a level is better: up for most indicators, down for those a user wants lower. */
    public static Target.Relation direction(Indicator i) {
        return i.better() == Indicator.Better.LOWER ? Target.Relation.AT_MOST : Target.Relation.AT_LEAST;
    }

    /**
     * @param problem the levers, bounds and cost (its targets are ignored)
     * @param measure the indicator, scope and year (from {@code IND[@DISTRICT|@Qn]>=0}; relation set by
     *                {@link #direction})
     * @param points  levels on the curve, at least 2
     */
    public static Result of(Problem problem, Target measure, int points, ProgressListener progress,
                            BooleanSupplier cancelled) {
        if (points < 2) throw new IllegalArgumentException("a frontier needs at least 2 points, got " + points);
        Target m = new Target(measure.indicator(), measure.district(), measure.group(), direction(measure.indicator()),
                0, measure.year());
        Problem free = problem.withTargets(List.of());
        Problem.checkYear(free.base().horizon(), m.year(), "year " + m.year());
        boolean up = m.relation() == Target.Relation.AT_LEAST;
        int[] evaluations = {0};
        // The two ends of the curve are independent searches: the best reach on a thread of its own.
        CompletableFuture<Trials> reaching = CompletableFuture.supplyAsync(() -> Optimiser.runObjective(
                free.withTargets(List.of()), cancelled, r -> up ? -m.read(r) : m.read(r)), Frontier::onOwnThread);
        Trials cheapest;
        try {
            cheapest = Optimiser.run(free, cancelled, null, 2);
        } catch (RuntimeException e) {
            reaching.exceptionally(x -> null).join(); // let the other search end (a cancel reaches it too)
            throw e;
        }
        Trials reach = joined(reaching);
        evaluations[0] += cheapest.evaluations();
        double[] x0 = cheapest.bestFeasible().x();
        double lowLevel = level(free, m, x0);
        evaluations[0] += reach.evaluations();
        double highLevel = up ? -reach.bestFeasible().cost() : reach.bestFeasible().cost();
        double costScale = Math.abs(cheapest.bestFeasible().cost());
        List<Point> out = new ArrayList<>();
        out.add(new Point(lowLevel, cheapest.bestFeasible().cost(), boxed(x0)));
        progress.progress(1, points);
        double[] levels = new double[points];
        for (int k = 0; k < points; k++) levels[k] = lowLevel + (highLevel - lowLevel) * k / (points - 1);
        Trials.Point[] solved = solveLevels(problem, m, levels, List.of(x0, reach.bestFeasible().x()), costScale,
                cancelled, progress, evaluations);
        for (int k = 1; k < points; k++) {
            if (solved[k] != null) out.add(new Point(solved[k].values()[0], solved[k].cost(), boxed(solved[k].x())));
        }
        // A level that came out dearer than a higher one was left in a local minimum: the higher level's lever set
        // attains it too, so search again from there (backwards, so an improvement carries down the curve).
        for (int k = out.size() - 2; k >= 1; k--) {
            Point next = out.get(k + 1);
            if (next.cost() >= out.get(k).cost()) continue;
            double[] from = next.levers().stream().mapToDouble(Double::doubleValue).toArray();
            Trials.Point best = solveLevel(problem, m, out.get(k).level(), List.of(from), costScale, cancelled, evaluations);
            if (best != null && best.cost() < out.get(k).cost()) {
                out.set(k, new Point(best.values()[0], best.cost(), boxed(best.x())));
            }
        }
        return new Result(problem, m, out, evaluations[0]);
    }

    /**
     * Levels 1 .. points − 1 in {@link #CHAINS} interleaved chains (level k in chain k mod CHAINS), each level
     * warm-started from its chain's previous answer, the chains on threads of their own: the machine's two cores both
     * work, and each level's answer depends only on its chain, so the result is the same however the threads run.
     */
    private static Trials.Point[] solveLevels(Problem problem, Target m, double[] levels, List<double[]> firstStarts,
                                              double costScale, BooleanSupplier cancelled, ProgressListener progress,
                                              int[] evaluations) {
        int points = levels.length;
        Trials.Point[] solved = new Trials.Point[points];
        int chains = Math.min(CHAINS, points - 1);
        int[][] counts = new int[chains][1];
        AtomicInteger done = new AtomicInteger(1);
        List<Runnable> work = new ArrayList<>();
        for (int c = 0; c < chains; c++) {
            int chain = c;
            work.add(() -> {
                double[] warm = firstStarts.get(0);
                for (int k = 1 + chain; k < points; k += chains) {
                    Trials.Point best = solveLevel(problem, m, levels[k], List.of(warm, firstStarts.get(1)), costScale,
                            cancelled, counts[chain]);
                    if (best != null) {
                        solved[k] = best;
                        warm = best.x();
                    }
                    progress.progress(done.incrementAndGet(), points);
                }
            });
        }
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int c = 1; c < chains; c++) others.add(CompletableFuture.runAsync(work.get(c), Frontier::onOwnThread));
        RuntimeException failed = null;
        try {
            work.get(0).run();
        } catch (RuntimeException e) {
            failed = e;
        }
        // The other chains end too (a cancel reaches them through the same flag) before this one's failure is thrown.
        for (CompletableFuture<Void> f : others) {
            try {
                joined(f);
            } catch (RuntimeException e) {
                if (failed == null) failed = e;
            }
        }
        if (failed != null) throw failed;
        for (int[] n : counts) evaluations[0] += n[0];
        return solved;
    }

    /** Levels solved at once; two, for the two cores the tools are specified on. */
    static final int CHAINS = 2;

    /** The future's value, its failure thrown as it was thrown. */
    private static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private static void onOwnThread(Runnable r) {
        Thread t = new Thread(r, "frontier-chain");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The cheapest lever set found that attains one level: a fresh sample and the given starts, descending from the
     * best of them; null when none attains it.
     */
    private static Trials.Point solveLevel(Problem problem, Target m, double level, List<double[]> starts,
                                           double costScale, BooleanSupplier cancelled, int[] evaluations) {
        Target t = new Target(m.indicator(), m.district(), m.group(), m.relation(), level, m.year());
        Problem p = problem.withTargets(List.of(t));
        Trials tr = new Trials(p, cancelled);
        Search s = new Search(tr);
        List<Trials.Point> seen = new ArrayList<>(s.sample(null));
        s.scaleCosts(costScale);
        for (double[] x : starts) seen.add(tr.evaluate(x));
        Trials.Point start = seen.get(0);
        for (Trials.Point q : seen) {
            if (s.penalised(q, 1e3) < s.penalised(start, 1e3)) start = q;
        }
        s.descend(start.x(), Optimiser.evalBudget(p));
        evaluations[0] += tr.evaluations();
        return tr.bestFeasible();
    }

    private static double level(Problem p, Target m, double[] x) {
        Scenario s = new Trials(p, () -> false).scenarioAt(x);
        return m.read(Evaluator.evaluate(s));
    }

    private static List<Double> boxed(double[] x) {
        List<Double> l = new ArrayList<>(x.length);
        for (double v : x) l.add(v);
        return l;
    }
}
