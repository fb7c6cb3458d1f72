package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * Result of a Monte Carlo run: P5 / P10 / P50 / P90 / P95 of the headline outputs for every year of the horizon.
 *
 * @param seed  the seed the draws were derived from; the same seed gives the same bands
 * @param draws number of draws evaluated
 * @param recalibrated whether the baseline was re-calibrated to its targets in every draw
 *                     ({@link MonteCarlo.Recalibration}); when not, a calibrated parameter is drawn like any other
 * @param calibrationMisses draws whose re-calibration could not meet the targets: left out of the bands
 *                          ({@link #drawsInBands}), unless every draw missed
 */
public record MonteCarloResult(String scenario, long seed, int draws, Uncertainty uncertainty, List<Bands> years,
                               boolean recalibrated, int calibrationMisses) {

    public MonteCarloResult {
        years = List.copyOf(years);
    }

    /** A run without re-calibration. */
    public MonteCarloResult(String scenario, long seed, int draws, Uncertainty uncertainty, List<Bands> years) {
        this(scenario, seed, draws, uncertainty, years, false, 0);
    }

    /** The draws the bands are taken over: those that met the targets, or all when none did. */
    public int drawsInBands() { return calibrationMisses < draws ? draws - calibrationMisses : draws; }

    public Bands year(int y) {
        for (Bands b : years) {
            if (b.year() == y) return b;
        }
        return null;
    }
}
