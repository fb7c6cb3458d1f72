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

    /**
     * The fiscal-cost bands of the engine's Monte Carlo runs, one per scenario in workbook order
     * (null for a scenario not run); seed and draws are the first run's.
     */
    public static FiscalBands of(List<org.tuoyu.sandbox.engine.MonteCarloResult> runs) {
        java.util.List<List<Band>> by = new java.util.ArrayList<>();
        org.tuoyu.sandbox.engine.MonteCarloResult first = null;
        for (org.tuoyu.sandbox.engine.MonteCarloResult mc : runs) {
            if (mc == null) {
                by.add(null);
                continue;
            }
            if (first == null) first = mc;
            java.util.List<Band> bands = new java.util.ArrayList<>();
            for (org.tuoyu.sandbox.engine.Bands b : mc.years()) {
                bands.add(new Band(b.year(), b.fiscalCost().p5(), b.fiscalCost().p50(), b.fiscalCost().p95()));
            }
            by.add(bands);
        }
        if (first == null) throw new IllegalArgumentException("no Monte Carlo run");
        return new FiscalBands(first.seed(), first.draws(), by);
    }

    /** Total public spending in one year, 元: 5th, 50th and 95th percentile of the draws. */
    public record Band(int year, double p5, double p50, double p95) { }
}
