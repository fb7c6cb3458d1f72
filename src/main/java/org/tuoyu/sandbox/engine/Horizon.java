package org.tuoyu.sandbox.engine;

/** The years a scenario covers: the first is the region's data year as observed. */
public record Horizon(int firstYear, int years) {
    public Horizon {
        if (years < 1 || years > 100) throw new IllegalArgumentException("years must lie in 1..100, got " + years);
    }

    public int lastYear() { return firstYear + years - 1; }
}
