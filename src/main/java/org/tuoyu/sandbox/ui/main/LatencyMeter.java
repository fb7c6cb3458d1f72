package org.tuoyu.sandbox.ui.main;

import java.util.Arrays;

/** Slider-move to charts-redrawn latencies, in a ring of the last samples, with percentiles. */
public final class LatencyMeter {

    private final long[] samples;
    private int count;
    private int next;

    public LatencyMeter(int capacity) { samples = new long[capacity]; }

    public synchronized void add(long nanos) {
        samples[next] = nanos;
        next = (next + 1) % samples.length;
        count = Math.min(count + 1, samples.length);
    }

    public synchronized int count() { return count; }

    /** The p-th percentile (0..100) in milliseconds, nearest-rank; NaN when empty. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) return Double.NaN;
        long[] s = Arrays.copyOf(samples, count);
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return s[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public synchronized void clear() {
        count = 0;
        next = 0;
    }
}
