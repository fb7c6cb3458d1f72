package org.tuoyu.sandbox.engine;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A dated schedule of one lever (MODEL.md section 2): a step function by year. The value stated
 * for a year holds from that year until the next stated year; before the first stated year the
 * lever keeps its parent's value (the baseline's, or the region-wide value for a district).
 * OpenFisca's dated parameters are the model.
 */
public record LeverSchedule(NavigableMap<Integer, Double> steps) {

    public LeverSchedule {
        if (steps.isEmpty()) throw new IllegalArgumentException("a schedule states at least one year");
        steps = Collections.unmodifiableNavigableMap(new TreeMap<>(steps));
    }

    public static LeverSchedule of(Map<Integer, Double> steps) { return new LeverSchedule(new TreeMap<>(steps)); }

    public int firstYear() { return steps.firstKey(); }

    /** The stated value in force in {@code year}, or null before the first stated year. */
    public Double at(int year) {
        Map.Entry<Integer, Double> e = steps.floorEntry(year);
        return e == null ? null : e.getValue();
    }

    /**
     * This schedule stated over a parent's: the parent's steps before this schedule's first year
     * stay, from it on this schedule's steps replace them.
     */
    public LeverSchedule over(LeverSchedule parent) {
        if (parent == null) return this;
        TreeMap<Integer, Double> m = new TreeMap<>(parent.steps.headMap(firstYear(), false));
        m.putAll(steps);
        return new LeverSchedule(m);
    }

    /** Why a lever refuses one of the values, or null when all are acceptable. */
    public String check(LeverKey k) {
        for (Map.Entry<Integer, Double> e : steps.entrySet()) {
            String why = k.check(e.getValue());
            if (why != null) return "from " + e.getKey() + " " + why + ", got " + e.getValue();
        }
        return null;
    }
}
