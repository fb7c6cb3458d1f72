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
        Uncertainty none = Uncertainty.DEFAULT;
        for (UncertainParameter p : Uncertainty.parameters()) {
            double c = p.central(REFORM);
            none = none.with(p, new Range(c, c));
        }
        MonteCarloResult r = MonteCarlo.run(REFORM, none, 50, 1, 2, ProgressListener.NONE, () -> false);
        ScenarioResult exact = Evaluator.evaluate(REFORM);
        for (int i = 0; i < exact.years().size(); i++) {
            Totals t = exact.years().get(i).totals();
            Bands got = r.years().get(i);
            assertEquals(Band.point(t.fiscalCost()), got.fiscalCost());
            assertEquals(Band.point(t.enrolmentRate()), got.enrolmentRate());
            assertEquals(Band.point(t.utilisation()), got.utilisation());
            assertEquals(Band.point(t.unmetPrice()), got.unmetPrice());
            assertEquals(Band.point(t.unmetSeats()), got.unmetSeats());
            assertEquals(Band.point(Indicator.GENERAL_BUDGET.of(exact.years().get(i))), got.generalBudget());
        }
    }

    @Test
    void moreDemandUncertaintyWidensTheEnrolmentBand() {
        Uncertainty v1 = Fixtures.versionOneRanges(REFORM);
        Uncertainty narrow = v1.with(UncertainParameter.POTENTIAL_DEMAND_SHARE, new Range(0.95, 1.05))
                .with(UncertainParameter.B50, new Range(1, 1)).with(UncertainParameter.S, new Range(1, 1))
                .with(UncertainParameter.LEAVE_EFFECT, new Range(0.8, 0.8))
                .with(UncertainParameter.MATCH_FACTOR, new Range(0.8, 0.8))
                .with(UncertainParameter.BIRTHS_TREND_SHIFT, new Range(0, 0));
        Uncertainty wide = narrow.with(UncertainParameter.POTENTIAL_DEMAND_SHARE, new Range(0.6, 1.4));
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
            Behaviour db = MonteCarlo.drawScenario(REFORM, u, 99, i).behaviour();
            assertTrue(db.potentialDemandShare() >= b.potentialDemandShare() * 0.8 - 1e-12
                    && db.potentialDemandShare() <= b.potentialDemandShare() * 1.2 + 1e-12);
            assertTrue(db.willingness().b50() >= b.willingness().b50() * 0.85 - 1e-12
                    && db.willingness().b50() <= b.willingness().b50() * 1.15 + 1e-12);
            assertTrue(db.willingness().s() >= b.willingness().s() * 0.7 - 1e-12
                    && db.willingness().s() <= b.willingness().s() * 1.3 + 1e-12);
            assertTrue(db.leaveEffect() >= 0.5 && db.leaveEffect() <= 1.0);
            assertTrue(db.matchFactor() >= 0.6 && db.matchFactor() <= 1.0);
            assertTrue(d.get(UncertainParameter.BIRTHS_TREND_SHIFT) >= -0.02
                    && d.get(UncertainParameter.BIRTHS_TREND_SHIFT) <= 0.02);
            // the version-2 parameters are drawn as values within docs/model.md's ranges
            assertTrue(db.incomeGradient() >= 0 && db.incomeGradient() <= 0.6);
            assertTrue(db.incomeSensitivity() >= 0 && db.incomeSensitivity() <= 0.5);
            assertTrue(db.nestParameter() >= 0.3 && db.nestParameter() <= 1.0);
            assertTrue(db.marketPremium() >= 1 && db.marketPremium() <= 6);
            assertTrue(db.accessScale() >= 0.03 && db.accessScale() <= 0.3);
            assertTrue(db.exitRate() >= 0.05 && db.exitRate() <= 0.3);
            assertTrue(db.entryRate() >= 0.03 && db.entryRate() <= 0.2);
        }
        assertNotEquals(MonteCarlo.draw(REFORM, u, 99, 0), MonteCarlo.draw(REFORM, u, 99, 1));
        assertEquals(MonteCarlo.draw(REFORM, u, 99, 17), MonteCarlo.draw(REFORM, u, 99, 17));
    }

    @Test
    void theVersionOneParametersDrawAsTheyDidBeforeTheVersionTwoOnesWereAdded() {
        // The v2 numbers come after the six v1 ones, so a seed's first six numbers are unchanged.
        java.util.SplittableRandom r = new java.util.SplittableRandom(MonteCarlo.drawSeed(99, 3));
        MonteCarlo.Draw d = MonteCarlo.draw(REFORM, Uncertainty.DEFAULT, 99, 3);
        assertEquals(0.8 + 0.4 * r.nextDouble(), d.get(UncertainParameter.POTENTIAL_DEMAND_SHARE), 1e-15);
        assertEquals(0.85 + 0.3 * r.nextDouble(), d.get(UncertainParameter.B50), 1e-15);
    }

    @Test
    void theAccessScaleIsDrawnUniformlyInItsLogarithmSoItsMedianIsNearTheDefault() {
        // A uniform draw over 0.03-0.3 had its median at 0.165, so most draws put access below the default 0.1 and
        // Beijing's toddler-class band's middle 3 points of enrolment under its central run.
        Uncertainty u = Uncertainty.DEFAULT;
        assertEquals(Math.sqrt(0.03 * 0.3), u.at(UncertainParameter.ACCESS_SCALE, 0.5), 1e-15);
        assertEquals(0.03, u.at(UncertainParameter.ACCESS_SCALE, 0), 1e-15);
        // the others stay uniform in their value
        assertEquals(0.65, u.at(UncertainParameter.NEST_PARAMETER, 0.5), 1e-12);
        // half of the draws lie below √(0.03 × 0.3) (a uniform draw put 24% there); 2,000 draws: ±0.011 standard error
        int below = 0, n = 2000;
        for (int i = 0; i < n; i++) {
            double rho = MonteCarlo.draw(REFORM, u, 5, i).get(UncertainParameter.ACCESS_SCALE);
            assertTrue(rho >= 0.03 && rho <= 0.3, "in range: " + rho);
            if (rho < Math.sqrt(0.03 * 0.3)) below++;
        }
        assertEquals(0.5, below / (double) n, 0.045);
    }

    @Test
    void aWiderAccessScaleRangeWidensTheEnrolmentBand() {
        Uncertainty point = Uncertainty.DEFAULT;
        for (UncertainParameter p : Uncertainty.parameters()) {
            double c = p.central(REFORM);
            point = point.with(p, new Range(c, c));
        }
        Uncertainty rho = point.with(UncertainParameter.ACCESS_SCALE, new Range(0.03, 0.3));
        assertEquals(0, MonteCarlo.run(REFORM, point, 64, 5).year(2024).enrolmentRate().width(), 1e-15);
        assertTrue(MonteCarlo.run(REFORM, rho, 64, 5).year(2024).enrolmentRate().width() > 1e-3);
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
        assertEquals(new Band(5, 10, 50, 90, 95), Band.ofSorted(hundred));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> run(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> MonteCarlo.run(REFORM, Uncertainty.DEFAULT, 0, 1, 1, ProgressListener.NONE, () -> false));
    }
}
