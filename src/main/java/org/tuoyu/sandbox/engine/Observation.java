package org.tuoyu.sandbox.engine;

/**
 * Administrative totals observed in the region's data year, which the baseline must reproduce.
 * The potential-demand share is solved so that enrolment matches {@code enrolled}; utilisation is
 * then a check (enrolled / seats), not a second target.
 */
public record Observation(double enrolled, double utilisation) {
    public Observation {
        Checks.positive("observed enrolled", enrolled);
        if (!Double.isNaN(utilisation)) Checks.share("observed utilisation", utilisation);
    }
}
