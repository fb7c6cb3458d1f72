package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Monte Carlo over the behavioural parameters (MODEL.md section 7; method in docs/uncertainty.md).
 *
 * <p>Each draw takes one independent uniform number per {@link UncertainParameter}, in its order: a factor on D0,
 * b50 and s, an absolute leave effect and match factor, a shift of the births trend, then the version-2
 * parameters ζ, η, λ, δ_market, ρ0, κ and ε as values. The draw's scenario is evaluated over the whole horizon and its headline outputs kept;
 * afterwards each output's values over the draws are sorted and P5 / P50 / P95 read off
 * ({@link Band#percentile}).
 *
 * <p>Determinism: draw {@code i}'s random numbers come from a generator seeded with a mix of
 * {@code seed} and {@code i} alone, each draw's outputs go to slot {@code i}, and percentiles are
 * taken of sorted values; so the same seed gives bit-identical bands whatever the number of
 * threads or the order in which the draws finish.
 */
public final class MonteCarlo {

    /** Outputs kept per draw and year, in this order. */
    private static final int OUTPUTS = Bands.INDICATORS.size();
    /** Draws handed to a worker at a time: big enough to keep hand-over cheap, small for even load and prompt cancel. */
    private static final int CHUNK = 32;
    private static final double MAX_TREND = 0.99;

    private MonteCarlo() {}

    /** All cores, no progress, no cancellation. */
    public static MonteCarloResult run(Scenario scenario, Uncertainty u, int draws, long seed) {
        return run(scenario, u, draws, seed, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE, () -> false);
    }

    /**
     * Evaluates {@code draws} perturbed copies of {@code scenario} on {@code threads} threads.
     *
     * @param progress  told after every chunk of draws (from worker threads)
     * @param cancelled polled before every draw; once it says true the run stops and throws
     * @throws CancellationException when {@code cancelled} turned true before the run finished
     */
    public static MonteCarloResult run(Scenario scenario, Uncertainty u, int draws, long seed, int threads,
                                       ProgressListener progress, BooleanSupplier cancelled) {
        return run(scenario, u, null, draws, seed, threads, progress, cancelled);
    }

    /**
     * Re-calibration in every draw: the baseline drawn, its free parameters fitted to its targets under the draw
     * ({@link PairedMonteCarlo#drawBaseline}), and the scenario drawn with the same numbers taking the fitted values.
     * The scenario may be the baseline itself or one of its reforms. The same draws as {@link PairedMonteCarlo}.
     */
    public record Recalibration(Scenario baseline, Observation observed, List<FreeParameter> free) {
        public Recalibration {
            free = List.copyOf(free);
        }

        /** Draw i of {@code scenario}, with the baseline's calibration of the draw (which says if it met the targets). */
        PairedMonteCarlo.Drawn draw(Scenario scenario, Uncertainty u, long seed, int i) {
            PairedMonteCarlo.Drawn b = PairedMonteCarlo.drawBaseline(baseline, u, observed, free, seed, i);
            if (scenario == baseline) return b;
            Scenario s = drawScenario(scenario, u, seed, i);
            return new PairedMonteCarlo.Drawn(s.withBehaviour(b.calibration().apply(s.behaviour())), b.calibration());
        }
    }

    /**
     * As {@link #run(Scenario, Uncertainty, int, long, int, ProgressListener, BooleanSupplier)}, re-calibrating in
     * every draw when {@code recalibration} is given (null: none).
     */
    public static MonteCarloResult run(Scenario scenario, Uncertainty u, Recalibration recalibration, int draws,
                                       long seed, int threads, ProgressListener progress, BooleanSupplier cancelled) {
        if (draws < 1) throw new IllegalArgumentException("draws must be at least 1, got " + draws);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        int years = scenario.horizon().years();
        double[][][] out = new double[OUTPUTS][years][draws];
        boolean[] missed = new boolean[draws];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            for (int start; (start = next.getAndAdd(CHUNK)) < draws; ) {
                int end = Math.min(draws, start + CHUNK);
                for (int i = start; i < end; i++) {
                    if (cancelled.getAsBoolean()) throw new CancellationException("Monte Carlo run cancelled");
                    Scenario drawn;
                    if (recalibration == null) {
                        drawn = drawScenario(scenario, u, seed, i);
                    } else {
                        PairedMonteCarlo.Drawn d = recalibration.draw(scenario, u, seed, i);
                        drawn = d.scenario();
                        missed[i] = !d.calibration().converged();
                    }
                    ScenarioResult r = Evaluator.evaluate(drawn);
                    for (int y = 0; y < years; y++) {
                        YearResult yr = r.years().get(y);
                        for (int f = 0; f < OUTPUTS; f++) out[f][y][i] = Bands.INDICATORS.get(f).of(yr);
                    }
                }
                progress.progress(done.addAndGet(end - start), draws);
            }
        };
        int n = Math.min(threads, (draws + CHUNK - 1) / CHUNK);
        if (n == 1) {
            worker.run();
        } else {
            runOnPool(worker, n);
        }
        int[] kept = kept(missed);
        List<Bands> bands = new ArrayList<>(years);
        for (int y = 0; y < years; y++) {
            List<Band> inOrder = new ArrayList<>(OUTPUTS);
            for (int f = 0; f < OUTPUTS; f++) inOrder.add(band(out[f][y], kept));
            bands.add(Bands.of(scenario.horizon().firstYear() + y, inOrder));
        }
        return new MonteCarloResult(scenario.name(), seed, draws, u, bands, recalibration != null, draws - kept.length);
    }

    /**
     * The draws the bands are taken over: those whose re-calibration met the targets. A draw that cannot reproduce the
     * data year's observed figures within the parameters' ranges is ruled out by the data, so it is dropped rather
     * than kept at its best fit (which lies off the targets and pulls the band away from them). If no draw met them,
     * all are kept, and the result says every draw missed.
     */
    static int[] kept(boolean[] missed) {
        int n = 0;
        for (boolean m : missed) if (!m) n++;
        if (n == 0) n = missed.length;
        int[] k = new int[n];
        boolean all = n == missed.length;
        for (int i = 0, j = 0; i < missed.length; i++) if (all || !missed[i]) k[j++] = i;
        return k;
    }

    /** The band of the draws {@code kept} of {@code values}. */
    static Band band(double[] values, int[] kept) {
        double[] s = new double[kept.length];
        for (int j = 0; j < kept.length; j++) s[j] = values[kept[j]];
        java.util.Arrays.sort(s);
        return Band.ofSorted(s);
    }

    private static void runOnPool(Runnable worker, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>(n);
            for (int t = 0; t < n; t++) fs.add(pool.submit(worker));
            RuntimeException failure = null;
            for (Future<?> f : fs) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    RuntimeException re = c instanceof RuntimeException rt ? rt : new IllegalStateException(c);
                    // A real failure wins over a cancellation seen by another worker.
                    if (failure == null || failure instanceof CancellationException) failure = re;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("Monte Carlo run interrupted");
                }
            }
            if (failure != null) throw failure;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Seed of draw {@code index}'s generator: a SplitMix64 finaliser over seed and index. */
    static long drawSeed(long seed, int index) {
        return mix64(seed + mix64(index + 1L) * 0x9E3779B97F4A7C15L);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The numbers of draw {@code index}: one uniform number per parameter, in draw order, turned into its range. */
    static Draw draw(Scenario base, Uncertainty u, long seed, int index) {
        SplittableRandom r = new SplittableRandom(drawSeed(seed, index));
        List<UncertainParameter> ps = Uncertainty.parameters();
        Double[] v = new Double[ps.size()];
        for (int k = 0; k < v.length; k++) v[k] = u.at(ps.get(k), r.nextDouble());
        return new Draw(List.of(v));
    }

    /** One draw's numbers, a factor, value or shift per parameter ({@link UncertainParameter#kind}), in draw order. */
    record Draw(List<Double> values) {
        double get(UncertainParameter p) { return values.get(p.ordinal()); }
    }

    /** The scenario of draw {@code index}: every parameter applied as {@link UncertainParameter#apply} applies it. */
    static Scenario drawScenario(Scenario base, Uncertainty u, long seed, int index) {
        Draw d = draw(base, u, seed, index);
        Scenario s = base;
        for (UncertainParameter p : Uncertainty.parameters()) s = p.apply(s, d.get(p));
        return s;
    }

    /**
     * The region with {@code shift} added to every district's births trend (kept within +-0.99) and,
     * where the region states projected births totals, each total of year y scaled by
     * (1 + shift)^(y - (data year - 1)), the same compounding the trend applies.
     */
    public static Region shiftBirths(Region region, double shift) {
        if (shift == 0) return region;
        List<District> ds = new ArrayList<>(region.districts().size());
        for (District d : region.districts()) {
            double t = clamp(d.birthsTrend() + shift, -MAX_TREND, MAX_TREND);
            ds.add(d.withBirthsTrend(t));
        }
        Map<Integer, Double> totals = new HashMap<>();
        for (Map.Entry<Integer, Double> e : region.birthsTotals().entrySet()) {
            totals.put(e.getKey(), e.getValue() * Math.pow(1 + shift, e.getKey() - (region.dataYear() - 1)));
        }
        return region.withDistricts(ds).withBirthsTotals(totals);
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
