package org.tuoyu.sandbox.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

class GoalSeekTest {

    static Scenario base;

    @BeforeAll
    static void load() throws Exception {
        base = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml")).scenario();
    }

    static double at(DecisionLever l, double v, Target t) { return t.read(Evaluator.evaluate(l.apply(base, v))); }

    @Test
    void findsTheVoucherThatGivesAnEnrolmentRateItWasToldAbout() {
        DecisionLever voucher = DecisionLever.whole(LeverKey.VOUCHER_A2, null);
        Target probe = Target.parse("enrolmentRate=0", 2027);
        double rate = at(voucher, 850, probe);
        SeekResult r = GoalSeek.seek(base, voucher, Target.parse("enrolmentRate=" + rate, 2027));
        assertTrue(r.reached(), r.messageEn());
        assertEquals(rate, r.achieved(), 1e-6 * rate);
        assertEquals(rate, at(voucher, r.value(), probe), 1e-6 * rate, "a fresh run at the answer gives the rate");
    }

    @Test
    void anAtLeastTargetGivesTheLowestValueThatMeetsIt() {
        DecisionLever sub = new DecisionLever(LeverKey.VOUCHER_A2, "east", 0, 5000);
        Target probe = Target.parse("enrolmentRate@east>=0", 2026);
        double rate = at(sub, 1200, probe);
        Target t = Target.parse("enrolmentRate@east>=" + rate, 2026);
        SeekResult r = GoalSeek.seek(base, sub, t);
        assertTrue(r.reached());
        assertTrue(t.met(at(sub, r.value(), probe)), "met at the answer");
        assertFalse(t.met(at(sub, r.value() - 5, probe)), "not met a little below it");
    }

    @Test
    void anUnreachableTargetSaysSoWithTheClosestValue() {
        DecisionLever voucher = new DecisionLever(LeverKey.VOUCHER_A2, null, 0, 500);
        Target t = Target.parse("enrolmentRate>=0.95", 2026);
        SeekResult r = GoalSeek.seek(base, voucher, t);
        assertFalse(r.reached());
        assertTrue(r.shortfall() > 0);
        assertTrue(r.highest() < 0.95);
        assertEquals(r.highest(), r.achieved(), 1e-12, "the closest value is the one with the highest rate");
        assertTrue(r.messageEn().contains("cannot be reached"), r.messageEn());
    }

    @Test
    void wholeNumberLeversGetWholeNumbers() {
        DecisionLever days = new DecisionLever(LeverKey.MATERNITY_ALLOWANCE_DAYS, null, 98, 365);
        Target probe = Target.parse("insuranceFund>=0", 2026);
        double fund = at(days, 200, probe);
        SeekResult r = GoalSeek.seek(base, days, Target.parse("insuranceFund>=" + fund, 2026));
        assertTrue(r.reached());
        assertEquals(200, r.value(), 0.0);
    }

    @Test
    void aLeverFromALaterYearLeavesTheYearsBeforeItAlone() {
        DecisionLever later = DecisionLever.parse("demand.voucher.A2@2028=0:3000", base.region());
        Target probe = Target.parse("enrolmentRate>=0", 2029);
        double wanted = probe.read(Evaluator.evaluate(later.apply(base, 900)));
        SeekResult r = GoalSeek.seek(base, later, Target.parse("enrolmentRate>=" + wanted, 2029));
        assertTrue(r.reached(), r.messageEn());
        assertEquals(900, r.value(), 9);
        Scenario answer = later.apply(base, r.value());
        Target before = Target.parse("enrolmentRate>=0", 2027);
        assertEquals(before.read(Evaluator.evaluate(base)), before.read(Evaluator.evaluate(answer)), 1e-12,
                "2027 keeps the baseline's policy");
        assertEquals(0, answer.levers().at(null, 2027).get(LeverKey.VOUCHER_A2), 0.0);
        assertEquals(r.value(), answer.levers().at(null, 2030).get(LeverKey.VOUCHER_A2), 0.0);
    }

    @Test
    void aYearOutsideTheHorizonIsRefused() {
        DecisionLever voucher = DecisionLever.whole(LeverKey.VOUCHER_A2, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoalSeek.seek(base, voucher, Target.parse("enrolmentRate>=0.2", 2099)));
        assertTrue(e.getMessage().contains("2099"), e.getMessage());
    }
}
