package org.tuoyu.sandbox.engine;

/**
 * Share of families with potential demand who accept a net monthly price, as a decreasing
 * logistic in the burden b = price / household monthly income:
 * w(b) = 1 / (1 + exp((b - b50) / s)).
 *
 * @param b50 the burden half of the families accept
 * @param s   spread: how quickly acceptance falls around b50
 */
public record WillingnessCurve(double b50, double s) {

    public WillingnessCurve {
        if (!(b50 > 0 && b50 < 5)) throw new IllegalArgumentException("b50 must lie in (0, 5), got " + b50);
        if (!(s > 0 && s < 5)) throw new IllegalArgumentException("s must lie in (0, 5), got " + s);
    }

    public double willing(double burden) {
        return 1.0 / (1.0 + Math.exp((burden - b50) / s));
    }
}
