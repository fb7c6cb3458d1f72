package org.tuoyu.sandbox.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloTest {

    private static final Scenario REFORM = Fixtures.reform(Fixtures.twoDistricts(), 6);

    private static MonteCarloResult run(long seed, int threads) {
        return MonteCarlo.run(REFORM, Uncertainty.DEFAULT, 200, seed, threads, ProgressListener.NONE, () -> false);
    }

    private static List<Band> allBands(MonteCarloResult r) {
        List<Band> out = new ArrayList<>();
        for (Bands b : r.years()) {
            out.addAll(List.of(b.fiscalCost(), b.enrolmentRate(), b.utilisation(), b.unmetPrice(), b.unmetSeats()));
        }
        return out;
    }

    @Test
    void sameSeedGivesIdenticalBandsWhateverTheThreads() {
        MonteCarloResult one = run(42, 1);
        assertEquals(one, run(42, 1));
        assertEquals(one, run(42, 2));
        assertEquals(one, run(42, 3));
        assertEquals(6, one.years().size());
        assertEquals(2024, one.years().get(0).year());
    }

    @Test
    void differentSeedsGiveDifferentBands() {
        MonteCarloResult a = run(42, 2), b = run(43, 2);
        assertNotEquals(a.years(), b.years());
        assertNotEquals(a.year(2026).fiscalCost(), b.year(2026).fiscalCost());
        // ... but with 200 draws the medians still agree roughly.
        double ma = a.year(2026).enrolmentRate().p50(), mb = b.year(2026).enrolmentRate().p50();
        assertEquals(ma, mb, 0.1 * ma);
    }

    @Test
    void percentilesAreOrderedAndTheBandsHaveWidth() {
        MonteCarloResult r = run(7, 2);
        for (Band b : allBands(r)) {
            assertTrue(b.p5() <= b.p50() && b.p50() <= b.p95(), b.toString());
        }
        for (Bands b : r.years()) {
            assertTrue(b.enrolmentRate().width() > 0, "enrolment must be uncertain in " + b.year());
            assertTrue(b.fiscalCost().width() > 0, "fiscal cost must be uncertain in " + b.year());
        }
    }

    @Test
    void pointRangesReproduceTheDeterministicEvaluation() {
        Behaviour b = REFORM.behaviour();
        Range one = new Range(1, 1);
        Uncertainty none = new Uncertainty(one, one, one, new Range(b.leaveEffect(), b.leaveEffect()),
                new Range(b.matchFactor(), b.matchFactor()), new Range(0, 0));
        MonteCarloResult r = MonteCarlo.run(REFORM, none, 50, 1, 2, ProgressListener.NONE, () -> false);
        ScenarioResult exact = Evaluator.evaluate(REFORM);
        for (int i = 0; i < exact.years().size(); i++) {
            Totals t = exact.years().get(i).totals();
            Bands got = r.years().get(i);
            assertEquals(new Band(t.fiscalCost(), t.fiscalCost(), t.fiscalCost()), got.fiscalCost());
            assertEquals(new Band(t.enrolmentRate(), t.enrolmentRate(), t.enrolmentRate()), got.enrolmentRate());
            assertEquals(new Band(t.utilisation(), t.utilisation(), t.utilisation()), got.utilisation());
            assertEquals(new Band(t.unmetPrice(), t.unmetPrice(), t.unmetPrice()), got.unmetPrice());
            assertEquals(new Band(t.unmetSeats(), t.unmetSeats(), t.unmetSeats()), got.unmetSeats());
        }
    }

    @Test
    void moreDemandUncertaintyWidensTheEnrolmentBand() {
        Uncertainty narrow = new Uncertainty(new Range(0.95, 1.05), new Range(1, 1), new Range(1, 1),
                new Range(0.8, 0.8), new Range(0.8, 0.8), new Range(0, 0));
        Uncertainty wide = new Uncertainty(new Range(0.6, 1.4), new Range(1, 1), new Range(1, 1),
                new Range(0.8, 0.8), new Range(0.8, 0.8), new Range(0, 0));
        double wn = MonteCarlo.run(REFORM, narrow, 300, 5).year(2024).enrolmentRate().width();
        double ww = MonteCarlo.run(REFORM, wide, 300, 5).year(2024).enrolmentRate().width();
        assertTrue(ww > 2 * wn, "wide " + ww + " vs narrow " + wn);
    }

    @Test
    void drawsStayInTheirRanges() {
        Uncertainty u = Uncertainty.DEFAULT;
        Behaviour b = REFORM.behaviour();
        for (int i = 0; i < 500; i++) {
            MonteCarlo.Draw d = MonteCarlo.draw(REFORM, u, 99, i);
            assertTrue(d.potentialDemandShare() >= b.potentialDemandShare() * 0.8 - 1e-12
                    && d.potentialDemandShare() <= b.potentialDemandShare() * 1.2 + 1e-12);
            assertTrue(d.b50() >= b.willingness().b50() * 0.85 - 1e-12 && d.b50() <= b.willingness().b50() * 1.15 + 1e-12);
            assertTrue(d.s() >= b.willingness().s() * 0.7 - 1e-12 && d.s() <= b.willingness().s() * 1.3 + 1e-12);
            assertTrue(d.leaveEffect() >= 0.5 && d.leaveEffect() <= 1.0);
            assertTrue(d.matchFactor() >= 0.6 && d.matchFactor() <= 1.0);
            assertTrue(d.birthsTrendShift() >= -0.02 && d.birthsTrendShift() <= 0.02);
        }
        assertNotEquals(MonteCarlo.draw(REFORM, u, 99, 0), MonteCarlo.draw(REFORM, u, 99, 1));
        assertEquals(MonteCarlo.draw(REFORM, u, 99, 17), MonteCarlo.draw(REFORM, u, 99, 17));
    }

    @Test
    void aDrawShiftsEveryDistrictsTrendAndTheProjectedTotals() {
        Region two = Fixtures.region(Fixtures.twoDistricts().districts(), Map.of(2025, 6000.0));
        Region shifted = MonteCarlo.shiftBirths(two, 0.01);
        assertEquals(-0.04, shifted.districts().get(0).birthsTrend(), 1e-12);
        assertEquals(0.04, shifted.districts().get(1).birthsTrend(), 1e-12);
        assertEquals(6000 * Math.pow(1.01, 2), shifted.birthsTotals().get(2025), 1e-9);
        Region clamped = MonteCarlo.shiftBirths(two, 0.999);
        assertEquals(0.99, clamped.districts().get(1).birthsTrend(), 1e-12);
    }

    @Test
    void progressReachesTheTotalAndCancellationStopsTheRun() {
        AtomicInteger last = new AtomicInteger();
        MonteCarlo.run(REFORM, Uncertainty.DEFAULT, 100, 3, 2, (done, total) -> {
            assertEquals(100, total);
            last.accumulateAndGet(done, Math::max);
        }, () -> false);
        assertEquals(100, last.get());

        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> MonteCarlo.run(REFORM, Uncertainty.DEFAULT, 10_000, 3, 2,
                ProgressListener.NONE, () -> polls.incrementAndGet() > 50));
        assertTrue(polls.get() < 1000, "stopped promptly: " + polls.get());
    }

    @Test
    void percentileInterpolatesLinearlyBetweenRanks() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(3, Band.percentile(x, 0.5), 1e-12);
        assertEquals(1.2, Band.percentile(x, 0.05), 1e-12);
        assertEquals(4.8, Band.percentile(x, 0.95), 1e-12);
        assertEquals(1, Band.percentile(x, 0), 1e-12);
        assertEquals(5, Band.percentile(x, 1), 1e-12);
        assertEquals(7, Band.percentile(new double[] {7}, 0.05), 1e-12);
        double[] hundred = new double[101];
        for (int i = 0; i <= 100; i++) hundred[i] = i;
        assertEquals(new Band(5, 50, 95), Band.ofSorted(hundred));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> run(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> MonteCarlo.run(REFORM, Uncertainty.DEFAULT, 0, 1, 1, ProgressListener.NONE, () -> false));
    }
}
