package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * A Monte Carlo band is read by its indicator of the catalogue: the command line, the JSON and the app's tiles list
 * no banded figure of their own, so each indicator must find the band of its own number.
 */
class BandsTest {

    @Test
    void eachBandedIndicatorFindsTheBandOfItsOwnNumber() {
        Scenario reform = Fixtures.reform(Fixtures.twoDistricts(), 6);
        // One draw: the band's P5, P50 and P95 are that draw's value, which the indicator reads from the draw.
        MonteCarloResult mc = MonteCarlo.run(reform, Uncertainty.DEFAULT, 1, 7);
        ScenarioResult drawn = Evaluator.evaluate(MonteCarlo.drawScenario(reform, Uncertainty.DEFAULT, 7, 0));
        for (Bands b : mc.years()) {
            YearResult y = drawn.year(b.year());
            for (Indicator i : Bands.INDICATORS) {
                assertEquals(i.of(y), b.of(i).p50(), 1e-9 * Math.max(1, Math.abs(i.of(y))), b.year() + " " + i);
            }
            assertSame(b.fiscalCost(), b.of(Indicator.PUBLIC_MONEY), "public money is banded as the fiscal cost");
            assertNull(b.of(Indicator.SHARE_ABOVE_THRESHOLD), "an indicator the run does not band has no band");
        }
    }
}
