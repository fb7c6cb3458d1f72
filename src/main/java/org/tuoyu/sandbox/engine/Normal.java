package org.tuoyu.sandbox.engine;

/** The standard normal distribution function, for the log-normal income rule (MODEL.md §3). */
final class Normal {

    private Normal() {}

    /** Φ(x), accurate to about 1e-7 relative (complementary error function by Chebyshev fit, Numerical Recipes 6.2). */
    static double cdf(double x) { return 0.5 * erfc(-x / Math.sqrt(2)); }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
