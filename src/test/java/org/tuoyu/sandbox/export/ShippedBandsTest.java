package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * The bands a user sees (run --draws, the app's fan charts, the workbook) are about the central estimate beside them:
 * in every shipped scenario, in years 1, 5 and 10, for enrolment, utilisation and the general budget, the central run
 * lies inside [P10, P90] and the band's median lies near it. Before the fixes of docs/uncertainty.md, Beijing's
 * toddler-class band put its 2034 median of enrolment at 12.5% against a central 15.6%, outside the middle of the band.
 */
class ShippedBandsTest {

    /** 200 draws: the median's Monte Carlo error is about 3% of the P5-P95 width, well inside the bounds below. */
    private static final int DRAWS = 200;
    private static final long SEED = 1;
    /**
     * |P50 − central| ≤ this share of P95 − P5. Where each parameter's draw has its median at the central value and
     * the output moves one way with it (Beijing: measured at most 0.13), the median of the outputs lies near the
     * central run; a quarter of the band leaves room for the model's curvature, and a third of the draws on one side
     * (the uniform ρ0 draw, whose median was 0.165 against 0.1) breaks it.
     */
    private static final double NEAR = 0.25;
    /**
     * Jiangmen's kindergarten toddler classes are full in the central run (6,740 of 6,740 places in 2024) and its
     * re-fitted siting factor keeps the data year there, so a draw can lower their enrolment but not raise it: the
     * band lies below the central run by construction (measured up to 0.64 of the band for utilisation in 2028), and
     * only the outer band [P5, P95] holds it.
     */
    private static final double NEAR_AT_FULL_CAPACITY = 0.75;

    static Stream<Path> files() throws IOException {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    private record Figure(String name, Function<Bands, Band> band, Indicator indicator) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("enrolment", Bands::enrolmentRate, Indicator.ENROLMENT_RATE),
            new Figure("utilisation", Bands::utilisation, Indicator.UTILISATION),
            new Figure("general budget", Bands::generalBudget, Indicator.GENERAL_BUDGET));

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theCentralRunLiesInsideItsBandAndNearItsMedian(Path file) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(file);
        boolean atCapacity = doc.scenario().region().id().startsWith("jiangmen");
        ScenarioResult central = Evaluator.evaluate(doc.scenario());
        MonteCarloResult mc = PairedBands.own(doc, DRAWS, SEED, 2, ProgressListener.NONE, () -> false);
        for (int k : new int[] {0, 4, 9}) {
            Bands b = mc.years().get(k);
            for (Figure f : FIGURES) {
                double c = f.indicator().of(central.years().get(k));
                Band x = f.band().apply(b);
                double slack = 1e-9 * Math.max(1, Math.abs(c));
                String at = file.getFileName() + " " + b.year() + " " + f.name() + ": central " + c + ", band " + x;
                double low = atCapacity ? x.p5() : x.p10(), high = atCapacity ? x.p95() : x.p90();
                assertTrue(c >= low - slack && c <= high + slack, at);
                assertTrue(Math.abs(x.p50() - c) <= (atCapacity ? NEAR_AT_FULL_CAPACITY : NEAR) * x.width() + slack, at);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anEditedBaselinesDrawsKeepTheEditInTheDataYear() throws Exception {
        // A what-if on the calibrated baseline (--set, the app's edit-baseline mode) keeps its calibration, so its data
        // year moves with the edit (decision 0021). Re-fitted to the observed 9,022 enrolled, every draw undid the
        // edit there and the band lay below the central run; re-fitted to the central run's own data year, it holds it.
        ScenarioDocument doc = ScenarioFiles.applySetting(ScenarioFiles.load(Path.of("scenarios/jiangmen-2024.yaml")),
                "levers.demand.voucher.A2=1000");
        ScenarioResult central = Evaluator.evaluate(doc.scenario());
        double c = central.first().totals().enrolmentRate();
        assertTrue(central.first().totals().enrolled() > 9_022 * 1.01, "the voucher enrols more in the data year");
        Band first = PairedBands.own(doc, 60, SEED, 2, ProgressListener.NONE, () -> false).years().get(0).enrolmentRate();
        assertTrue(Math.abs(first.p50() - c) < 1e-5 * c && first.width() < 1e-5 * c, "central " + c + ", band " + first);
    }

    /**
     * The share of draws whose re-calibration reproduces the data year's observed figures. Measured with 1,000 draws,
     * seed 3: Beijing 99.3%, Jiangmen 77.8%; before the fit started from the baseline's own values and ρ0 was drawn
     * log-uniformly, 92.8% and 69.0%. Jiangmen's misses would need a siting factor above 1 to enrol 9,022 children;
     * they are left out of the bands and counted. The bounds leave two standard errors of 200 draws.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"scenarios/beijing-2025.yaml, 0.97, false", "scenarios/jiangmen-2024.yaml, 0.70, true"})
    void mostDrawsOfEachBaselineCalibrate(String file, double least, boolean enrolledIsATarget) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Path.of(file));
        PairedMonteCarlo.Result r = PairedBands.run(List.of(doc, doc), DRAWS, 3, 2);
        assertTrue(r.recalibrated());
        double share = (DRAWS - r.calibrationMisses()) / (double) DRAWS;
        assertTrue(share >= least, file + ": " + r.calibrationMisses() + " of " + DRAWS + " draws miss");
        assertTrue(r.drawsInBands() == DRAWS - r.calibrationMisses(), "the misses are left out of the bands");
        MonteCarloResult own = PairedBands.own(doc, DRAWS, 3, 2, ProgressListener.NONE, () -> false);
        assertTrue(own.calibrationMisses() == r.calibrationMisses(), "run --draws makes the same draws");
        if (enrolledIsATarget) {
            // the bands' data year keeps the observed enrolment: only draws that met it are in them
            Band first = own.years().get(0).enrolmentRate();
            assertTrue(first.width() < 1e-5 * first.p50(), file + " data year " + first);
        }
    }
}
