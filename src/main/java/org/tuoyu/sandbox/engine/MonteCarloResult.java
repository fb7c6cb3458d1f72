package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * Result of a Monte Carlo run: P5 / P50 / P95 of the headline outputs for every year of the horizon.
 *
 * @param seed  the seed the draws were derived from; the same seed gives the same bands
 * @param draws number of draws evaluated
 * @param recalibrated whether the baseline was re-calibrated to its targets in every draw
 *                     ({@link MonteCarlo.Recalibration}); when not, a calibrated parameter is drawn like any other
 */
public record MonteCarloResult(String scenario, long seed, int draws, Uncertainty uncertainty, List<Bands> years,
                               boolean recalibrated) {

    public MonteCarloResult {
        years = List.copyOf(years);
    }

    /** A run without re-calibration. */
    public MonteCarloResult(String scenario, long seed, int draws, Uncertainty uncertainty, List<Bands> years) {
        this(scenario, seed, draws, uncertainty, years, false);
    }

    public Bands year(int y) {
        for (Bands b : years) {
            if (b.year() == y) return b;
        }
        return null;
    }
}
