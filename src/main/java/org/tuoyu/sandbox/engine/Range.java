package org.tuoyu.sandbox.engine;

/** A closed interval [low, high] that a behavioural parameter is drawn from, uniformly. */
public record Range(double low, double high) {
    public Range {
        if (!(low <= high) || Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("a range needs low <= high, got [" + low + ", " + high + "]");
        }
    }

    public double at(double u) { return low + (high - low) * u; }
}
