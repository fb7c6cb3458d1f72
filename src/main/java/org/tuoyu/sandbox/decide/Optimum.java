package org.tuoyu.sandbox.decide;

import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Scenario;

/**
 * What the optimiser found.
 *
 * @param feasible    true when the lever set meets every target; false means the targets cannot all be met within
 *                    the bounds, and the levers are those that came closest
 * @param levers      each lever's value, keyed by its path below {@code levers.}, in the problem's order
 * @param cost        the problem's cost at these levers (元)
 * @param scenario    the base scenario with these levers, over its full horizon
 * @param evaluations scenario evaluations the search used (all starts and all re-solves)
 */
public record Optimum(Problem problem, boolean feasible, Map<String, Double> levers, double cost,
                      List<TargetOutcome> targets, Scenario scenario, int evaluations) {

    public Optimum {
        levers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levers));
        targets = List.copyOf(targets);
    }
}
