package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Totals;
import org.tuoyu.sandbox.engine.WillingnessFit;

/** MODEL.md section 8: the Jiangmen 2024 baseline reproduces the seed's own indicators. */
class JiangmenReproductionTest {

    private static ScenarioDocument doc;
    private static Totals y2024;

    @BeforeAll
    static void load() throws Exception {
        doc = ScenarioFiles.load(Path.of("scenarios/jiangmen-2024.yaml"));
        y2024 = Evaluator.evaluate(doc.scenario()).year(2024).totals();
    }

    @Test
    void childrenAreTheLastThreeYearsOfBirths() {
        assertEquals(34_100 + 29_900 + 28_600, y2024.children(), 0.5);
    }

    @Test
    void seatsAndSeatsPerThousand() {
        assertEquals(23_595, y2024.seats(), 0.5);
        assertEquals(4.89, y2024.seatsPerThousand(), 0.005);
        assertEquals(4_822_400, y2024.population(), 0.5);
        assertEquals(26_523, y2024.seatsNeededAt(5.5), 0.5);
        assertEquals(2_928, y2024.seatsNeededAt(5.5) - y2024.seats(), 0.5);
    }

    @Test
    void enrolmentUtilisationAndRateAfterCalibration() {
        assertEquals(9_022, y2024.enrolled(), 9_022 * 0.01);
        assertEquals(0.382, y2024.utilisation(), 0.0005);
        assertEquals(0.097, y2024.enrolmentRate(), 0.0005);
        assertTrue(doc.calibration().converged(), doc.calibration().message());
        assertEquals("behaviour.potentialDemandShare", doc.calibration().parameter());
    }

    @Test
    void theSurveysThirtyPerCentIsFittedWithTheMatchFactor() {
        // two targets (9,022 enrolled, 30% of families wanting care), two parameters (D0, m): both met
        assertTrue(doc.calibration().message().contains("matchFactor"), doc.calibration().message());
        Totals t = y2024;
        assertEquals(0.30, t.potentialDemand() / t.children(), 0.005);
    }

    @Test
    void theFittedCurveReproducesTheSurveyBins() {
        WillingnessFit fit = doc.fit();
        assertEquals(0.4579, fit.fitted().get(0), 0.01);
        assertEquals(0.1408, fit.fitted().get(1), 0.01);
        assertEquals(0.0138, fit.fitted().get(2), 0.01);
        assertTrue(fit.rmsResidual() < 0.01);
    }

    @Test
    void theSeatGapIsClosedInTheFollowingYear() {
        Totals y2025 = Evaluator.evaluate(doc.scenario()).year(2025).totals();
        assertEquals(26_523, y2025.seats(), 0.5);
    }
}
