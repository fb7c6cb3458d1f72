package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dated lever schedules (MODEL.md section 2): step functions by year, resolved per year by the evaluator. */
class LeverScheduleTest {

    private static final Region REGION = TinyRegion.flat();

    private static ScenarioResult run(Levers l) {
        return Evaluator.evaluate(new Scenario("tiny", REGION, l, TinyRegion.behaviour(), new Horizon(2024, 6)));
    }

    private static Levers scalar(LeverKey k, double v) { return Levers.of(TinyRegion.noPolicy().with(k, v)); }

    @Test
    void aScheduleActsFromItsYearOnAndKeepsTheParentValueBefore() {
        Levers dated = Levers.of(TinyRegion.noPolicy())
                .withRegionSchedule(LeverKey.VOUCHER_A2, LeverSchedule.of(Map.of(2026, 600.0, 2028, 1000.0)));
        ScenarioResult r = run(dated);
        ScenarioResult none = run(Levers.of(TinyRegion.noPolicy()));
        ScenarioResult v600 = run(scalar(LeverKey.VOUCHER_A2, 600));
        ScenarioResult v1000 = run(scalar(LeverKey.VOUCHER_A2, 1000));
        // 2024-2025: no voucher; 2026-2027: 600; 2028-2029: 1000 — year by year the scalar runs' figures.
        List<ScenarioResult> expected = List.of(none, none, v600, v600, v1000, v1000);
        for (int i = 0; i < 6; i++) {
            assertEquals(expected.get(i).years().get(i).totals(), r.years().get(i).totals(), "year " + (2024 + i));
            assertEquals(expected.get(i).years().get(i).fiscal(), r.years().get(i).fiscal(), "year " + (2024 + i));
        }
        // and the voucher does something here, so the comparison can fail
        assertTrue(v600.years().get(2).fiscal().get(FiscalComponent.VOUCHERS) > 0);
        assertNotEquals(none.years().get(2).totals().enrolled(), v600.years().get(2).totals().enrolled());
    }

    @Test
    void aDistrictScheduleStartsFromTheRegionWideValueOfThatYear() {
        Levers l = Levers.of(TinyRegion.noPolicy().with(LeverKey.VOUCHER_A1, 200))
                .withRegionSchedule(LeverKey.VOUCHER_A1, LeverSchedule.of(Map.of(2026, 300.0)))
                .withOverrideSchedule("a", LeverKey.VOUCHER_A1, LeverSchedule.of(Map.of(2028, 900.0)));
        assertEquals(200, l.at("a", 2025).get(LeverKey.VOUCHER_A1));
        assertEquals(300, l.at("a", 2027).get(LeverKey.VOUCHER_A1));
        assertEquals(900, l.at("a", 2030).get(LeverKey.VOUCHER_A1));
        assertEquals(200, l.forDistrict("a").get(LeverKey.VOUCHER_A1)); // the data-year view
        // a scalar district value replaces the district's schedule; a reform's schedule keeps the
        // parent's earlier steps and replaces the later ones
        assertEquals(150, l.withOverride("a", LeverKey.VOUCHER_A1, 150).at("a", 2030).get(LeverKey.VOUCHER_A1));
        Levers later = l.withRegionSchedule(LeverKey.VOUCHER_A1, LeverSchedule.of(Map.of(2029, 50.0)));
        assertEquals(Map.of(2026, 300.0, 2029, 50.0), later.schedule(LeverKey.VOUCHER_A1).steps());
    }

    @Test
    void aSeatTargetFromALaterYearBuildsFromThatYearsStock() {
        // 100 inclusive + 1000 market seats for 100,000 residents = 11 per 1000. From 2026 the target
        // is 20 per 1000 = 2,000 seats in 2 years: 450 seats a year built in 2026 and 2027.
        LeverValues base = TinyRegion.noPolicy().with(LeverKey.YEARS_TO_TARGET, 2);
        Levers l = Levers.of(base).withRegionSchedule(LeverKey.TARGET_PER_THOUSAND, LeverSchedule.of(Map.of(2026, 20.0)));
        ScenarioResult r = run(l);
        double[] seats = new double[6];
        for (int i = 0; i < 6; i++) seats[i] = r.years().get(i).totals().seats();
        assertEquals(1100, seats[0], 1e-9);
        assertEquals(1100, seats[1], 1e-9);
        assertEquals(1550, seats[2], 1e-9);
        assertEquals(2000, seats[3], 1e-9);
        assertEquals(2000, seats[5], 1e-9);
        assertEquals(0, r.years().get(1).totals().newSeats(), 1e-9);
        assertEquals(450, r.years().get(2).totals().newSeats(), 1e-9);
        // a dated build cost alone does not restart the plan's clock
        Levers cost = Levers.of(base.with(LeverKey.TARGET_PER_THOUSAND, 20))
                .withRegionSchedule(LeverKey.BUILD_COST_PER_SEAT, LeverSchedule.of(Map.of(2026, 10_000.0)));
        ScenarioResult c = run(cost);
        assertEquals(1550, c.years().get(1).totals().seats(), 1e-9);
        assertEquals(2000, c.years().get(2).totals().seats(), 1e-9);
    }

    @Test
    void aScheduleInTheDataYearIsRefusedNamingTheLever() {
        Levers l = Levers.of(TinyRegion.noPolicy())
                .withOverrideSchedule("a", LeverKey.VOUCHER_A0, LeverSchedule.of(Map.of(2024, 600.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Scenario("tiny", REGION, l, TinyRegion.behaviour(), new Horizon(2024, 2)));
        assertTrue(e.getMessage().contains("levers.districts.a.demand.voucher.A0, year 2024"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Levers.of(TinyRegion.noPolicy())
                .withRegionSchedule(LeverKey.FEE_CAP_SHARE, LeverSchedule.of(Map.of(2026, 1.5))));
        assertTrue(bad.getMessage().contains("supply.feeCapShare from 2026"), bad.getMessage());
    }
}
