package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;

/**
 * Percentiles of each scenario's yearly fiscal cost (and, optionally, enrolment rate) from a Monte
 * Carlo run, for the optional P5/P50/P95 block of the fiscal-cost sheet. This package draws
 * nothing itself: the caller that ran the draws passes them in, with the seed, which the About
 * sheet quotes.
 *
 * @param seed          seed of the random draws
 * @param draws         number of draws
 * @param byScenario    fiscal cost (元): one list per scenario, in the order of the workbook's
 *                      scenarios, with one band per year of that scenario's horizon (null for a
 *                      scenario without bands)
 * @param enrolmentRate the same for the enrolment rate (fractions); null, or null entries, for none
 * @param differences   bands of each reform's difference from the baseline, from paired draws re-calibrated in
 *                      every draw ({@link PairedMonteCarlo}); null when only each scenario's own bands were run.
 *                      The 概览 and 年度 sheets and the brief show these beside each Δ.
 */
public record FiscalBands(long seed, int draws, List<List<Band>> byScenario, List<List<Band>> enrolmentRate,
                          PairedMonteCarlo.Result differences) {

    public FiscalBands {
        byScenario = Collections.unmodifiableList(new ArrayList<>(byScenario));
        enrolmentRate = enrolmentRate == null ? null : Collections.unmodifiableList(new ArrayList<>(enrolmentRate));
        if (differences != null && (differences.seed() != seed || differences.draws() != draws)) {
            throw new IllegalArgumentException("the workbook quotes one seed and number of draws; got " + draws
                    + " draws with seed " + seed + " and paired " + differences.draws() + " with seed " + differences.seed());
        }
    }

    public FiscalBands(long seed, int draws, List<List<Band>> byScenario, List<List<Band>> enrolmentRate) {
        this(seed, draws, byScenario, enrolmentRate, null);
    }

    /** Fiscal-cost bands only. */
    public FiscalBands(long seed, int draws, List<List<Band>> byScenario) { this(seed, draws, byScenario, null, null); }

    /** These bands with the paired bands of the differences added. */
    public FiscalBands withDifferences(PairedMonteCarlo.Result paired) {
        return new FiscalBands(seed, draws, byScenario, enrolmentRate, paired);
    }

    /**
     * The band of reform {@code reform}'s (1 = the first reform) difference from the baseline in {@code figure} and
     * {@code year}, or null: no paired draws, a figure not banded, or a year outside the horizon.
     */
    public org.tuoyu.sandbox.engine.Band difference(int reform, Indicator figure, int year) {
        if (differences == null || reform < 1 || reform > differences.differences().size()
                || !PairedMonteCarlo.FIGURES.contains(figure)) {
            return null;
        }
        for (PairedMonteCarlo.YearBands y : differences.differences().get(reform - 1)) {
            if (y.year() == year) return y.get(figure);
        }
        return null;
    }

    /** Whether the paired draws re-calibrated the baseline in every draw. */
    public boolean recalibrated() { return differences != null && differences.recalibrated(); }

    /**
     * The fiscal-cost and enrolment-rate bands of the engine's Monte Carlo runs, one per scenario
     * in workbook order (null for a scenario not run). All runs must share one seed and number of
     * draws, which the About sheet quotes.
     */
    public static FiscalBands of(List<MonteCarloResult> runs) {
        List<List<Band>> fiscal = new ArrayList<>(), rate = new ArrayList<>();
        MonteCarloResult first = null;
        for (MonteCarloResult mc : runs) {
            if (mc == null) {
                fiscal.add(null);
                rate.add(null);
                continue;
            }
            if (first == null) first = mc;
            if (mc.seed() != first.seed() || mc.draws() != first.draws()) {
                throw new IllegalArgumentException("the workbook quotes one seed and number of draws; got " + first.draws()
                        + " draws with seed " + first.seed() + " and " + mc.draws() + " with seed " + mc.seed());
            }
            List<Band> f = new ArrayList<>(), e = new ArrayList<>();
            for (Bands b : mc.years()) {
                f.add(new Band(b.year(), b.fiscalCost().p5(), b.fiscalCost().p50(), b.fiscalCost().p95()));
                e.add(new Band(b.year(), b.enrolmentRate().p5(), b.enrolmentRate().p50(), b.enrolmentRate().p95()));
            }
            fiscal.add(f);
            rate.add(e);
        }
        if (first == null) throw new IllegalArgumentException("no Monte Carlo run");
        return new FiscalBands(first.seed(), first.draws(), fiscal, rate);
    }

    /** One output in one year: 5th, 50th and 95th percentile of the draws (元 for fiscal cost, a fraction for a rate). */
    public record Band(int year, double p5, double p50, double p95) { }
}
