package org.tuoyu.sandbox.decide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Target;

/**
 * The cheapest lever set that meets every target (method: {@link Search}; the choice of method:
 * docs/decisions/0011-optimiser.md). Deterministic: the same problem gives the same answer.
 */
public final class Optimiser {

    /** Evaluations a single BOBYQA run may use per free lever, on top of a floor. */
    private static final int EVAL_FLOOR = 120;
    private static final int EVAL_PER_LEVER = 60;
    /** Starts of the main solve and of each re-solve that prices a target. */
    private static final int STARTS = 2;
    private static final int RESOLVE_STARTS = 1;
    /** A target is active when dropping it saves more than this share of the cost (and more than 1 元). */
    private static final double ACTIVE_SHARE = 1e-3;

    private Optimiser() {}

    public static Optimum solve(Problem p) { return solve(p, true, ProgressListener.NONE, () -> false); }

    /**
     * Solves the problem and, when {@code priceTargets}, re-solves it once without each target to say what each
     * costs. Progress counts solves: 1 + the number of targets.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true
     */
    public static Optimum solve(Problem p, boolean priceTargets, ProgressListener progress, BooleanSupplier cancelled) {
        int total = priceTargets ? 1 + p.targets().size() : 1;
        Trials main = run(p, cancelled, null, STARTS);
        int evaluations = main.evaluations();
        progress.progress(1, total);
        Trials.Point answer = main.bestFeasible() != null ? main.bestFeasible() : main.leastShortfall();
        boolean feasible = main.bestFeasible() != null;
        double[] saving = new double[p.targets().size()];
        java.util.Arrays.fill(saving, Double.NaN);
        if (priceTargets && feasible) {
            for (int i = 0; i < saving.length; i++) {
                Trials relaxed = run(p.without(i), cancelled, answer.x(), RESOLVE_STARTS);
                evaluations += relaxed.evaluations();
                // The answer also satisfies the relaxed problem, so the relaxed cost is never above it.
                double c = Math.min(answer.cost(), relaxed.bestFeasible().cost());
                saving[i] = answer.cost() - c;
                progress.progress(2 + i, total);
            }
        }
        return optimum(p, main, answer, feasible, saving, evaluations);
    }

    /** One search: sample, descend from the best starts; the Trials hold the answer. */
    static Trials run(Problem p, BooleanSupplier cancelled, double[] warm, int starts) {
        return run(new Trials(p, cancelled), warm, starts);
    }

    /** A search that minimises another number of the result (the frontier's reach: the best level attainable). */
    static Trials runObjective(Problem p, BooleanSupplier cancelled, ToDoubleFunction<ScenarioResult> objective) {
        return run(new Trials(p, cancelled, objective), null, STARTS);
    }

    static int evalBudget(Problem p) { return EVAL_FLOOR + EVAL_PER_LEVER * p.levers().size(); }

    private static Trials run(Trials t, double[] warm, int starts) {
        Problem p = t.problem();
        Search s = new Search(t);
        double[] current = new double[p.levers().size()];
        int first = p.base().horizon().firstYear();
        for (int i = 0; i < current.length; i++) {
            DecisionLever l = p.levers().get(i);
            current[i] = l.applicable(l.current(p.base().levers(), first));
        }
        List<Trials.Point> sample = s.sample(current);
        List<double[]> from = new ArrayList<>();
        if (warm != null) from.add(warm);
        from.addAll(Search.starts(sample, s, current, starts));
        int maxEval = evalBudget(p);
        for (int k = 0; k < Math.min(starts, from.size()); k++) s.descend(from.get(k), maxEval);
        return t;
    }

    private static Optimum optimum(Problem p, Trials t, Trials.Point answer, boolean feasible, double[] saving,
                                   int evaluations) {
        Map<String, Double> levers = new LinkedHashMap<>();
        for (int i = 0; i < answer.x().length; i++) levers.put(p.levers().get(i).label(), answer.x()[i]);
        List<TargetOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < p.targets().size(); i++) {
            Target tg = p.targets().get(i);
            double v = answer.values()[i];
            boolean active = !Double.isNaN(saving[i])
                    && saving[i] > Math.max(1, ACTIVE_SHARE * Math.abs(answer.cost()));
            outcomes.add(new TargetOutcome(tg, v, tg.met(v), active, saving[i]));
        }
        return new Optimum(p, feasible, levers, answer.cost(), outcomes, t.scenarioAt(answer.x()), evaluations);
    }
}
