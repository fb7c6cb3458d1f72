package org.tuoyu.sandbox.engine;

/**
 * Ranges of the behavioural parameters for Monte Carlo draws (MODEL.md section 7).
 * D0, b50 and s are drawn as multipliers of their calibrated or fitted values; the leave effect and
 * the match factor as absolute values (clamped to [0, 1]); the births trend as a shift added to
 * every district's trend.
 */
public record Uncertainty(Range potentialDemandShareFactor, Range b50Factor, Range sFactor, Range leaveEffect,
                          Range matchFactor, Range birthsTrendShift) {

    /** Defaults and their reasons are in docs/model.md, section "Uncertainty". */
    public static final Uncertainty DEFAULT = new Uncertainty(
            new Range(0.8, 1.2), new Range(0.85, 1.15), new Range(0.7, 1.3),
            new Range(0.5, 1.0), new Range(0.6, 1.0), new Range(-0.02, 0.02));
}
