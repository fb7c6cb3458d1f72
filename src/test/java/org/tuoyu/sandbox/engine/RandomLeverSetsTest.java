package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random lever sets on the two-district fixture (seeded, so a failure names its draw): outcomes add up in every
 * district and year, no mode enrols more than its seats, and a higher voucher never lowers first-year enrolment.
 */
class RandomLeverSetsTest {

    private static Levers draw(SplittableRandom r) {
        LeverValues v = Fixtures.reformLevers().regionWide()
                .with(LeverKey.VOUCHER_A1, r.nextInt(0, 2000)).with(LeverKey.VOUCHER_A2, r.nextInt(0, 2000))
                .with(LeverKey.OPERATING_SUBSIDY_A2, r.nextInt(0, 3000))
                .with(LeverKey.RATIONING, r.nextInt(0, 3)).with(LeverKey.ELIGIBILITY, r.nextInt(0, 2))
                .with(LeverKey.FEE_CAP_SHARE, 0.05 + 0.95 * r.nextDouble())
                .with(LeverKey.INCOME_RELATED_FEE_SHARE, r.nextBoolean() ? 0 : 0.05 + 0.2 * r.nextDouble())
                .with(LeverKey.TARGET_PER_THOUSAND, r.nextInt(0, 12));
        return Levers.of(v);
    }

    @Test
    void outcomesAddUpAndNoModeEnrolsMoreThanItsSeats() {
        SplittableRandom r = new SplittableRandom(20261201);
        Scenario base = Fixtures.reform(Fixtures.twoDistricts(), 4);
        for (int i = 0; i < 60; i++) {
            ScenarioResult res = Evaluator.evaluate(base.withLevers(draw(r)));
            for (YearResult y : res.years()) {
                for (DistrictResult d : y.districts()) {
                    String where = "draw " + i + ", " + y.year() + " " + d.id();
                    assertEquals(d.potentialDemand(), d.enrolled() + d.unmetPrice() + d.unmetNoReach() + d.unmetFull(),
                            1e-6 * Math.max(1, d.potentialDemand()), where);
                    for (Mode m : Mode.values()) {
                        assertTrue(d.enrolledByMode().get(m) <= d.seatsByMode().get(m) * (1 + 1e-9) + 1e-6, where + " " + m);
                    }
                }
            }
        }
    }

    @Test
    void aHigherVoucherNeverLowersFirstYearEnrolment() {
        SplittableRandom r = new SplittableRandom(7);
        Scenario base = Fixtures.reform(Fixtures.twoDistricts(), 1);
        for (int i = 0; i < 60; i++) {
            Levers l = draw(r);
            double before = Evaluator.evaluate(base.withLevers(l)).first().totals().enrolled();
            double v = l.regionWide().get(LeverKey.VOUCHER_A2);
            Levers more = l.withRegionWide(LeverKey.VOUCHER_A2, Math.min(20000, v + 300));
            double after = Evaluator.evaluate(base.withLevers(more)).first().totals().enrolled();
            assertTrue(after >= before - 1e-6, "draw " + i + ": " + before + " -> " + after);
        }
    }
}
