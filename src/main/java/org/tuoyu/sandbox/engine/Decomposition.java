package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reform's effect against its baseline among the four lever groups (method in
 * docs/uncertainty.md). The baseline's levers are switched to the reform's one group at a time
 * ({@link Levers#withGroupFrom}); the baseline's behaviour and horizon are kept throughout, so
 * {@link #total} is the reform's levers against the baseline's under the same behaviour.
 *
 * <p>All 2^4 = 16 combinations of groups are evaluated once. {@link #forward} adds the groups in
 * the order SUPPLY, DEMAND, LEAVE, SEATS, {@link #reverse} in the opposite order; each step is the
 * change that adding its group makes, so the steps of either order add up to the total. Because
 * the model is not additive (a voucher is worth more when there are seats to use it on) the two
 * orders can differ; {@link #shapley} averages a group's step over all 4! orders, which is
 * order-free and also adds up to the total.
 *
 * @param forward steps in {@link LeverGroup} order
 * @param reverse steps in reverse order (SEATS first)
 * @param shapley Shapley values, in {@link LeverGroup} order
 */
public record Decomposition(String baseline, String reform, Effect baselineLevel, Effect total,
                            List<Step> forward, List<Step> reverse, List<Step> shapley) {

    /** The change attributed to one lever group. */
    public record Step(LeverGroup group, Effect effect) {}

    private static final LeverGroup[] GROUPS = LeverGroup.values();
    private static final int G = GROUPS.length;

    public Decomposition {
        forward = List.copyOf(forward);
        reverse = List.copyOf(reverse);
        shapley = List.copyOf(shapley);
    }

    /** Decomposes {@code reform} against {@code baseline}; both must be on the same region. */
    public static Decomposition of(Scenario baseline, Scenario reform) {
        if (!baseline.region().equals(reform.region())) {
            throw new IllegalArgumentException("a reform is decomposed against a baseline on the same region; got "
                    + reform.region().id() + " against " + baseline.region().id());
        }
        // v[mask]: the baseline with the groups whose bit is set in mask taken from the reform.
        Effect[] v = new Effect[1 << G];
        for (int mask = 0; mask < v.length; mask++) {
            Levers l = baseline.levers();
            for (int g = 0; g < G; g++) {
                if ((mask & (1 << g)) != 0) l = l.withGroupFrom(GROUPS[g], reform.levers());
            }
            v[mask] = Effect.of(Evaluator.evaluate(baseline.withLevers(l)));
        }
        int all = v.length - 1;
        List<Step> forward = new ArrayList<>(G), reverse = new ArrayList<>(G), shapley = new ArrayList<>(G);
        int mask = 0;
        for (int g = 0; g < G; g++) {
            forward.add(new Step(GROUPS[g], v[mask | 1 << g].minus(v[mask])));
            mask |= 1 << g;
        }
        mask = 0;
        for (int g = G - 1; g >= 0; g--) {
            reverse.add(new Step(GROUPS[g], v[mask | 1 << g].minus(v[mask])));
            mask |= 1 << g;
        }
        // Shapley: phi_g = sum over S not containing g of |S|! (G - |S| - 1)! / G! * (v(S + g) - v(S)).
        for (int g = 0; g < G; g++) {
            Effect phi = Effect.ZERO;
            for (int s = 0; s < v.length; s++) {
                if ((s & (1 << g)) != 0) continue;
                int size = Integer.bitCount(s);
                double weight = (double) factorial(size) * factorial(G - size - 1) / factorial(G);
                phi = phi.plus(v[s | 1 << g].minus(v[s]).times(weight));
            }
            shapley.add(new Step(GROUPS[g], phi));
        }
        return new Decomposition(baseline.name(), reform.name(), v[0], v[all].minus(v[0]), forward, reverse, shapley);
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }
}
