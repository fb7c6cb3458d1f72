package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paired draws with re-calibration (MODEL.md section 12) on the hand-sized region. */
class PairedMonteCarloTest {

    private static final Region REGION = TinyRegion.flat();
    private static final Scenario BASE = new Scenario("base", REGION, Levers.of(TinyRegion.noPolicy()),
            TinyRegion.behaviour().withPotentialDemandShare(0.2), new Horizon(2024, 4));
    private static final Scenario VOUCHERS = BASE.withName("vouchers")
            .withLevers(Levers.of(TinyRegion.noPolicy().with(LeverKey.VOUCHER_A2, 600)));
    /** The baseline's own data-year enrolment as the target: the calibrated D0 is the baseline's. */
    private static final Observation OBSERVED = new Observation(List.of(new ObservedFigure("enrolled", null, 2024,
            Evaluator.evaluate(BASE).first().totals().enrolled(), "the test", true)));
    private static final List<FreeParameter> D0 = List.of(FreeParameter.POTENTIAL_DEMAND_SHARE);
    private static final Uncertainty V1 = Fixtures.versionOneRanges(BASE);

    private static PairedMonteCarlo.Result run(int threads, long seed) {
        return PairedMonteCarlo.run(BASE, List.of(VOUCHERS, BASE.withName("same")), V1, OBSERVED, D0,
                40, seed, threads);
    }

    @Test
    void everyDrawReproducesTheTargetAfterRecalibration() {
        double target = OBSERVED.figures().get(0).value();
        for (int i = 0; i < 10; i++) {
            PairedMonteCarlo.Drawn d = PairedMonteCarlo.drawBaseline(BASE, V1, OBSERVED, D0, 9, i);
            assertTrue(d.calibration().converged(), d.calibration().message());
            assertEquals(target, Evaluator.evaluate(d.scenario()).first().totals().enrolled(), 1e-6 * target, "draw " + i);
        }
        // without re-calibration the drawn D0 moves the data year away from the target
        Scenario raw = PairedMonteCarlo.drawBaseline(BASE, V1, null, D0, 9, 0).scenario();
        assertNotEquals(target, Evaluator.evaluate(raw).first().totals().enrolled(), 1e-3 * target);
    }

    @Test
    void runDrawsOfACalibratedBaselineKeepItsTargetWhenRecalibrated() {
        // run --draws: with re-calibration the data year's enrolment is the target in every draw (a band of width
        // ~0), without it the drawn D0 spreads it
        double target = OBSERVED.figures().get(0).value();
        MonteCarlo.Recalibration rc = new MonteCarlo.Recalibration(BASE, OBSERVED, D0);
        MonteCarloResult with = MonteCarlo.run(BASE, V1, rc, 24, 3, 1, ProgressListener.NONE, () -> false);
        MonteCarloResult without = MonteCarlo.run(BASE, V1, 24, 3);
        assertTrue(with.recalibrated());
        double children = Evaluator.evaluate(BASE).first().totals().children();
        assertEquals(target / children, with.year(2024).enrolmentRate().p50(), 1e-6);
        assertTrue(with.year(2024).enrolmentRate().width() < 1e-6, "recalibrated width " + with.year(2024).enrolmentRate());
        assertTrue(without.year(2024).enrolmentRate().width() > 1e-3);
        // a reform drawn with the baseline's re-calibrated values is the paired draw's reform
        Scenario reform = MonteCarlo.drawScenario(VOUCHERS, V1, 3, 0);
        PairedMonteCarlo.Drawn b = PairedMonteCarlo.drawBaseline(BASE, V1, OBSERVED, D0, 3, 0);
        assertEquals(b.calibration().apply(reform.behaviour()), rc.draw(VOUCHERS, V1, 3, 0).scenario().behaviour());
    }

    @Test
    void bandsAreOfTheDifferenceFromPairedDraws() {
        PairedMonteCarlo.Result r = run(1, 5);
        assertTrue(r.recalibrated());
        assertEquals(0, r.calibrationMisses());
        // vouchers cost money in every draw: the whole band of the general-budget difference is above 0
        for (PairedMonteCarlo.YearBands y : r.differences().get(0)) {
            assertTrue(y.get(Indicator.GENERAL_BUDGET).p5() > 0, "year " + y.year());
            assertTrue(y.get(Indicator.ENROLLED).p5() > 0, "year " + y.year());
            assertTrue(y.get(Indicator.GENERAL_BUDGET).width() > 0, "the draws vary");
        }
        // a reform equal to the baseline differs by exactly nothing in every draw: the draws are paired
        for (PairedMonteCarlo.YearBands y : r.differences().get(1)) {
            for (Band b : y.bands()) assertEquals(Band.point(0), b);
        }
    }

    @Test
    void theSameSeedGivesTheSameBandsOnAnyNumberOfThreads() {
        PairedMonteCarlo.Result one = run(1, 11), two = run(2, 11), three = run(3, 11);
        assertEquals(one, two);
        assertEquals(one, three);
        assertNotEquals(one.differences(), run(2, 12).differences());
    }
}
