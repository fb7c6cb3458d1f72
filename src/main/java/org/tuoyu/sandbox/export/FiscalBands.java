package org.tuoyu.sandbox.export;

import java.util.List;

/**
 * Percentiles of each scenario's yearly fiscal cost from a Monte Carlo run, for the optional
 * P5/P50/P95 block of the fiscal-cost sheet. This package draws nothing itself: the caller
 * that ran the draws passes them in, with the seed, which the About sheet quotes.
 *
 * @param seed        seed of the random draws
 * @param draws       number of draws
 * @param byScenario  one list per scenario, in the order of the workbook's scenarios, with one
 *                    band per year of that scenario's horizon (null for a scenario without bands)
 */
public record FiscalBands(long seed, int draws, List<List<Band>> byScenario) {

    public FiscalBands {
        byScenario = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(byScenario));
    }

    /** Total public spending in one year, 元: 5th, 50th and 95th percentile of the draws. */
    public record Band(int year, double p5, double p50, double p95) { }
}
