package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * Result of a Monte Carlo run: P5 / P50 / P95 of the headline outputs for every year of the horizon.
 *
 * @param seed  the seed the draws were derived from; the same seed gives the same bands
 * @param draws number of draws evaluated
 */
public record MonteCarloResult(String scenario, long seed, int draws, Uncertainty uncertainty, List<Bands> years) {

    public MonteCarloResult {
        years = List.copyOf(years);
    }

    public Bands year(int y) {
        for (Bands b : years) {
            if (b.year() == y) return b;
        }
        return null;
    }
}
