package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Why this number" reports the evaluator's own numbers, and its worked lines agree with them. */
class ExplainTest {

    private static double value(List<Explain.Line> lines, String labelEn) {
        return lines.stream().filter(l -> l.labelEn().equals(labelEn)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + labelEn)).value();
    }

    @Test
    void districtLinesAreTheDistrictsResults() {
        Scenario s = TinyRegion.scenario(TinyRegion.flat(), TinyRegion.noPolicy().with(LeverKey.OPERATING_SUBSIDY_A2, 500));
        DistrictResult d = Evaluator.evaluate(s).first().district("a");
        List<Explain.Line> lines = Explain.district(s, 2024, "a");
        assertEquals(10_000, value(lines, "Household income per month (mean)"), 1e-9);
        assertEquals(d.potentialDemand(), value(lines, "Potential demand"), 1e-9);
        assertEquals(d.enrolledInclusive(), value(lines, "Enrolled, inclusive"), 1e-9);
        assertEquals(d.fiscalCost(), value(lines, "Fiscal cost, total"), 1e-9);
        assertEquals(0.5, value(lines, "Share willing to pay, mean household"), 1e-12); // fee 2000 = b50 x income
    }

    @Test
    void groupLinesAreTheGroupsResultsAndItsNetBurdenInTheDistrict() {
        // Q1 earns 0.6 x 10,000; allowance 3,600 a year is 300 a month off the 2,000 fee: (2000 - 300) / 6000
        Region r = TinyRegion.one(new ByQuintile(0.6, 0.8, 1.0, 1.2, 1.4));
        Scenario s = TinyRegion.scenario(r, TinyRegion.noPolicy().with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600));
        IncomeGroupResult g = Evaluator.evaluate(s).first().group(IncomeGroup.Q1);
        List<Explain.Line> lines = Explain.group(s, 2024, IncomeGroup.Q1, "a");
        assertEquals(6000, value(lines, "a: household income per month"), 1e-9);
        assertEquals(1700.0 / 6000, value(lines, "Net burden at an inclusive seat"), 1e-12);
        assertEquals(g.enrolled(), value(lines, "Enrolled"), 1e-9);
        assertEquals(g.meanNetBurden(), value(lines, "Mean net burden"), 1e-12);
        assertEquals(g.shareAboveThreshold(), value(lines, "Families above the threshold"), 1e-12);
        // without a district the lines are the region totals only
        assertEquals(g.children(), value(Explain.group(s, 2024, IncomeGroup.Q1, null), "Children under 3"), 1e-9);
    }

    /**
     * Every line whose formula is arithmetic must compute its own value: the numbers shown are rounded, so within 1%.
     * A formula naming the wrong input, or an operator swapped, changes the result far more than rounding does.
     */
    private static int assertFormulasComputeTheirValues(List<Explain.Line> lines) {
        int checked = 0;
        for (Explain.Line l : lines) {
            if (!FormulaArithmetic.isArithmetic(l.formula())) continue;
            double shown = FormulaArithmetic.evaluate(l.formula());
            assertEquals(l.value(), shown, 0.01 * Math.abs(l.value()) + 1e-3, l.labelEn() + ": " + l.formula());
            checked++;
        }
        return checked;
    }

    @Test
    void theWorkedFormulasComputeTheValuesTheyExplain() {
        Scenario s = TinyRegion.scenario(TinyRegion.flat(), TinyRegion.noPolicy().with(LeverKey.OPERATING_SUBSIDY_A2, 500)
                .with(LeverKey.MATERNITY_DAYS, 158).with(LeverKey.PATERNITY_DAYS, 15));
        int district = assertFormulasComputeTheirValues(Explain.district(s, 2024, "a"));
        assertTrue(district >= 8, "only " + district + " arithmetic lines in the district explanation");
        Region r = TinyRegion.one(new ByQuintile(0.6, 0.8, 1.0, 1.2, 1.4));
        Scenario g = TinyRegion.scenario(r, TinyRegion.noPolicy().with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600));
        int group = assertFormulasComputeTheirValues(Explain.group(g, 2024, IncomeGroup.Q1, "a"));
        assertTrue(group >= 2, "only " + group + " arithmetic lines in the group explanation");
    }

    @Test
    void theFormulaReaderReadsWhatTheExplanationWrites() {
        assertEquals(2 * 12_000.0 / 12, FormulaArithmetic.evaluate("12,000 / 12 × 2"), 1e-9);
        assertEquals(0.5, FormulaArithmetic.evaluate("1 / (1 + exp((0.200 − 0.200) / 0.080))"), 1e-12);
        assertEquals(1 - 0.5 * (158 + 7.5) / 365, FormulaArithmetic.evaluate("1 − 0.50 × min(1, (158 + 0.50 × 15 + 2 × 0) / 365)"),
                1e-12);
        assertEquals(4000, FormulaArithmetic.evaluate("40% × 10,000"), 1e-9);
        assertFalse(FormulaArithmetic.isArithmetic("区数据 region data"));
    }

    @Test
    void aYearOutsideTheHorizonIsRefused() {
        Scenario s = TinyRegion.scenario(TinyRegion.flat(), TinyRegion.noPolicy());
        assertThrows(IllegalArgumentException.class, () -> Explain.district(s, 2030, "a"));
    }
}
