package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.Mode;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;

/** Properties every shipped scenario must keep in every year, whatever its numbers. */
class ShippedScenarioInvariantsTest {

    static Stream<Path> files() throws Exception { return ScenarioFilesTest.shippedScenarios(); }

    private static Scenario load(Path p) throws Exception { return ScenarioFiles.load(p).scenario(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void enrolmentNeverExceedsSeatsAndCostsAddUp(Path file) throws Exception {
        ScenarioResult r = Evaluator.evaluate(load(file));
        for (YearResult y : r.years()) {
            double sum = 0;
            for (FiscalComponent c : FiscalComponent.values()) sum += y.fiscal().get(c);
            assertEquals(sum, y.totals().fiscalCost(), 1e-6 * Math.max(1, sum), y.year() + " fiscal total");
            for (DistrictResult d : y.districts()) {
                // Model v2: siting changes reach, not capacity; no mode enrols more children than it has seats.
                for (Mode m : Mode.values()) {
                    assertTrue(d.enrolledByMode().get(m) <= d.seatsByMode().get(m) * (1 + 1e-9) + 1e-6,
                            y.year() + " " + d.id() + " " + m.key() + " enrolled > seats");
                }
                assertEquals(d.unmetSeats(), d.unmetNoReach() + d.unmetFull(), 1e-6 * Math.max(1, d.unmetSeats()),
                        y.year() + " " + d.id() + " no seat = none in reach + full");
                assertEquals(d.potentialDemand(), d.enrolled() + d.unmetPrice() + d.unmetSeats(), 1e-6 * Math.max(1, d.potentialDemand()),
                        y.year() + " " + d.id() + " demand = enrolled + unmet");
                assertTrue(d.unmetSeats() >= 0 && d.unmetPrice() >= 0);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void raisingAVoucherNeverLowersEnrolment(Path file) throws Exception {
        Scenario s = load(file);
        for (LeverKey k : new LeverKey[] {LeverKey.VOUCHER_A0, LeverKey.VOUCHER_A1, LeverKey.VOUCHER_A2}) {
            // A plain value replaces a schedule, so "+500" is only a raise in every year for an unscheduled voucher
            // (the phased-voucher reform's own steps are tested in ReformLibraryTest).
            if (s.levers().schedule(k) != null) continue;
            Levers more = s.levers().withRegionWide(k, s.levers().regionWide().get(k) + 500);
            compareEnrolment(s, s.withLevers(more), true, k.path());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void raisingFeesNeverRaisesEnrolment(Path file) throws Exception {
        Scenario s = load(file);
        if (s.levers().regionWide().get(LeverKey.INCOME_RELATED_FEE_SHARE) > 0) {
            // Under an income-related cap the budget pays providers up to the district fee: a higher district cap
            // leaves the capped families' price as it is but raises providers' revenue, so fewer centres
            // close and enrolment may rise in later years. The price invariant is then checked on a fixed stock.
            s = s.withBehaviour(s.behaviour().with("providerDynamics", 0));
        }
        // A lower fee cap lowers inclusive fees; the reverse (a higher cap) may only lower enrolment or keep it.
        double cap = s.levers().regionWide().get(LeverKey.FEE_CAP_SHARE);
        Scenario higher = s.withLevers(s.levers().withRegionWide(LeverKey.FEE_CAP_SHARE, Math.min(1, cap + 0.1)));
        Scenario lower = s.withLevers(s.levers().withRegionWide(LeverKey.FEE_CAP_SHARE, Math.max(0, cap - 0.05)));
        compareEnrolment(lower, s, false, "fee cap up from " + (cap - 0.05));
        compareEnrolment(s, higher, false, "fee cap up from " + cap);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void moreLeaveNeverRaisesInfantDemand(Path file) throws Exception {
        Scenario s = load(file);
        Scenario more = s.withLevers(s.levers().withRegionWide(LeverKey.MATERNITY_DAYS,
                Math.min(730, s.levers().regionWide().get(LeverKey.MATERNITY_DAYS) + 60)));
        ScenarioResult a = Evaluator.evaluate(s), b = Evaluator.evaluate(more);
        for (int i = 0; i < a.years().size(); i++) {
            assertTrue(b.years().get(i).totals().potentialDemand() <= a.years().get(i).totals().potentialDemand() + 1e-9);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hukouOnlyEligibilityNeverCostsMoreThanResidents(Path file) throws Exception {
        Scenario s = load(file);
        Levers withVoucher = s.levers().withRegionWide(LeverKey.VOUCHER_A1, Math.max(600, s.levers().regionWide().get(LeverKey.VOUCHER_A1)));
        Scenario residents = s.withLevers(withVoucher.withRegionWide(LeverKey.ELIGIBILITY, 0));
        Scenario hukou = s.withLevers(withVoucher.withRegionWide(LeverKey.ELIGIBILITY, 1));
        ScenarioResult a = Evaluator.evaluate(residents), b = Evaluator.evaluate(hukou);
        for (int i = 0; i < a.years().size(); i++) {
            assertTrue(b.years().get(i).totals().fiscalCost() <= a.years().get(i).totals().fiscalCost() + 1e-6,
                    a.years().get(i).year() + ": hukou-only costs more");
        }
    }

    private static void compareEnrolment(Scenario lowPrice, Scenario highPrice, boolean firstIsLess, String what) {
        ScenarioResult a = Evaluator.evaluate(lowPrice), b = Evaluator.evaluate(highPrice);
        for (int i = 0; i < a.years().size(); i++) {
            double x = a.years().get(i).totals().enrolled(), y = b.years().get(i).totals().enrolled();
            if (firstIsLess) assertTrue(y >= x - 1e-6, what + " lowered enrolment in " + a.years().get(i).year());
            else assertTrue(y <= x + 1e-6, what + " raised enrolment in " + a.years().get(i).year());
        }
    }
}
