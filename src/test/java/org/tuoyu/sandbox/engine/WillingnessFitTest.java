package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WillingnessFitTest {

    @Test
    void recoversTheCurveFromExactPoints() {
        WillingnessCurve truth = new WillingnessCurve(0.18, 0.04);
        double income = 10_000;
        List<SurveyPoint> pts = List.of(new SurveyPoint(1200, truth.willing(0.12)), new SurveyPoint(1800, truth.willing(0.18)),
                new SurveyPoint(2600, truth.willing(0.26)));
        WillingnessFit fit = WillingnessFit.fit(new PriceSurvey(pts, income / 2.5, 2.5));
        assertEquals(0.18, fit.curve().b50(), 1e-6);
        assertEquals(0.04, fit.curve().s(), 1e-6);
        assertEquals(0, fit.rmsResidual(), 1e-9);
    }

    @Test
    void jiangmenSurveyLandsNearTheModelsSanityCheck() {
        // MODEL.md 3.4: household size 2.7 -> income 9,175; b50 ~ 0.16, s ~ 0.03
        List<SurveyPoint> pts = List.of(new SurveyPoint(1500, 0.4579), new SurveyPoint(2000, 0.1408), new SurveyPoint(3000, 0.0138));
        WillingnessFit fit = WillingnessFit.fit(new PriceSurvey(pts, 3398, 2.7));
        assertEquals(0.16, fit.curve().b50(), 0.01);
        assertEquals(0.03, fit.curve().s(), 0.006);
        assertTrue(fit.rmsResidual() < 0.01, "residual " + fit.rmsResidual());
        for (int i = 0; i < 3; i++) assertEquals(fit.observed().get(i), fit.fitted().get(i), 0.01);
    }

    @Test
    void refusesASurveyWhoseSharesRiseWithPrice() {
        List<SurveyPoint> pts = List.of(new SurveyPoint(1000, 0.2), new SurveyPoint(2000, 0.6));
        assertThrows(IllegalArgumentException.class, () -> WillingnessFit.fit(new PriceSurvey(pts, 3000, 3)));
    }
}
