package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Targets as the goal seeker, optimiser and workshop write them. */
class TargetTest {

    @Test
    void readsRegionDistrictAndQuintileTargets() {
        Target t = Target.parse("enrolmentRate>=0.286", 2030);
        assertEquals(Indicator.ENROLMENT_RATE, t.indicator());
        assertEquals(Target.Relation.AT_LEAST, t.relation());
        assertEquals(0.286, t.value());
        assertEquals(2030, t.year());
        assertNull(t.district());

        Target q = Target.parse("shareAboveThreshold@Q1<=10%", 2025);
        assertEquals(IncomeGroup.Q1, q.group());
        assertEquals(0.1, q.value(), 1e-15);
        assertEquals(Target.Relation.AT_MOST, q.relation());

        Target d = Target.parse(" utilisation@110105 = 0.6 ", 2025);
        assertEquals("110105", d.district());
        assertEquals(Target.Relation.EQUAL, d.relation());
        assertEquals(Target.parse(d.toString(), 2025), d);
    }

    @Test
    void badTargetsSayWhatIsWrong() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> Target.parse("enrolment>=0.3", 2030)).getMessage();
        assertTrue(unknown.contains("unknown indicator 'enrolment'"), unknown);
        String noOp = assertThrows(IllegalArgumentException.class, () -> Target.parse("enrolmentRate 0.3", 2030)).getMessage();
        assertTrue(noOp.contains("expected IND>=VALUE"), noOp);
        String notNumber = assertThrows(IllegalArgumentException.class, () -> Target.parse("generalBudget<=2e9d", 2030)).getMessage();
        assertTrue(notNumber.contains("'2e9d' is not a number"), notNumber);
        // Household income exists for quintiles only: asking it of the region is a mistake, not a zero.
        String scope = assertThrows(IllegalArgumentException.class, () -> Target.parse("householdIncomeMonth>=1", 2030)).getMessage();
        assertTrue(scope.contains("has no region value"), scope);
    }

    @Test
    void metAndShortfallFollowTheRelation() {
        Target atLeast = Target.parse("enrolmentRate>=0.3", 2024);
        assertTrue(atLeast.met(0.3));
        assertFalse(atLeast.met(0.29));
        assertEquals(0.05, atLeast.shortfall(0.25), 1e-12);
        Target atMost = Target.parse("generalBudget<=100", 2024);
        assertEquals(20, atMost.shortfall(120), 1e-12);
        assertEquals(0, atMost.shortfall(80));
    }

    @Test
    void readsTheNumberOfTheRightYearAndPlace() {
        ScenarioResult r = Evaluator.evaluate(Fixtures.reform(Fixtures.twoDistricts(), 3));
        Target region = Target.parse("enrolled>=0", Fixtures.DATA_YEAR + 2);
        assertEquals(r.years().get(2).totals().enrolled(), region.read(r));
        Target district = Target.parse("enrolled@b>=0", Fixtures.DATA_YEAR + 1);
        assertEquals(r.years().get(1).district("b").enrolled(), district.read(r));
        Target group = Target.parse("enrolmentRate@Q5>=0", Fixtures.DATA_YEAR);
        assertEquals(r.first().group(IncomeGroup.Q5).enrolmentRate(), group.read(r));
        assertTrue(Double.isNaN(Target.parse("enrolled>=0", 1999).read(r)));
        assertTrue(Double.isNaN(Target.parse("enrolled@nowhere>=0", Fixtures.DATA_YEAR).read(r)));
    }
}
