package org.tuoyu.sandbox.engine;

/**
 * Percentiles of one output over the Monte Carlo draws: the 5th and 95th (the band shown), the 10th and 90th (the
 * inner band a central estimate is checked against) and the median.
 */
public record Band(double p5, double p10, double p50, double p90, double p95) {

    /**
     * Percentile {@code p} (0..1) of ascending {@code sorted} values by linear interpolation
     * between closest ranks (Hyndman and Fan type 7, the default of R, NumPy and Excel's
     * PERCENTILE.INC): h = (n - 1) p, then x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
     */
    public static double percentile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) throw new IllegalArgumentException("no values");
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p must lie in [0, 1], got " + p);
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** P5 / P10 / P50 / P90 / P95 of ascending {@code sorted} values. */
    public static Band ofSorted(double[] sorted) {
        return new Band(percentile(sorted, 0.05), percentile(sorted, 0.10), percentile(sorted, 0.50),
                percentile(sorted, 0.90), percentile(sorted, 0.95));
    }

    /** Every percentile at {@code v}: the band of an output that does not vary. */
    public static Band point(double v) { return new Band(v, v, v, v, v); }

    /** P95 − P5. */
    public double width() { return p95 - p5; }
}
