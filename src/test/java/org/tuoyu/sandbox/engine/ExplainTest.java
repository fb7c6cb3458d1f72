package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The explanation reads the evaluator's trace: its numbers are the results' own, its formulas the catalogue's. */
class ExplainTest {

    private static double value(List<Explain.Line> lines, String labelEn) {
        for (Explain.Line l : lines) if (l.labelEn().equals(labelEn)) return l.value();
        throw new AssertionError("no line " + labelEn + " in " + lines);
    }

    @Test
    void districtLinesAreTheDistrictsResults() {
        Scenario s = TinyRegion.scenario(TinyRegion.flat(), TinyRegion.noPolicy().with(LeverKey.OPERATING_SUBSIDY_A2, 500));
        DistrictResult d = Evaluator.evaluate(s).first().district("a");
        List<Explain.Line> lines = Explain.district(s, 2024, "a");
        assertEquals(d.potentialDemand(), value(lines, "Interested families"), 1e-9);
        assertEquals(d.enrolledByMode().inclusive(), value(lines, "Enrolled (inclusive centre)"), 1e-9);
        assertEquals(d.enrolledByMode().market(), value(lines, "Enrolled (market centre)"), 1e-9);
        assertEquals(d.coverage().market(), value(lines, "Coverage (a centre in reach) (market centre)"), 1e-12);
        assertEquals(d.unmetNoReach(), value(lines, "No seat: none in reach"), 1e-9);
        assertEquals(d.unmetFull(), value(lines, "No seat: full"), 1e-9);
        assertEquals(d.fiscal().get(FiscalComponent.OPERATING_SUBSIDY), value(lines, "Fiscal: operating subsidies"), 1e-6);
        assertEquals(d.fiscalCost(), value(lines, "Fiscal cost, total"), 1e-9);
        for (Explain.Line l : lines) {
            if (l.labelEn().startsWith("Coverage")) assertEquals(Quantity.COVERAGE.formula(), l.formula(), "one formula text");
        }
    }

    @Test
    void groupLinesAreTheGroupsResultsAndItsNetPriceInTheDistrict() {
        // The tiny region's city quintiles are 40,000 x the multipliers; Q1 = 24,000 a year, household of 3:
        // 24,000 / 12 x 3 = 6,000 a month; the allowance of 3,600 a year adds 300 to the income families decide with.
        Region r = TinyRegion.one(new ByQuintile(0.6, 0.8, 1.0, 1.2, 1.4));
        Scenario s = TinyRegion.scenario(r, TinyRegion.noPolicy().with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600));
        IncomeGroupResult g = Evaluator.evaluate(s).first().group(IncomeGroup.Q1);
        List<Explain.Line> lines = Explain.group(s, 2024, IncomeGroup.Q1, "a");
        assertEquals(6000, value(lines, "Household income per month (Q1)"), 1e-9);
        assertEquals(6300, value(lines, "Income families decide with (Q1)"), 1e-9);
        assertEquals(2000, value(lines, "Net price to the family (24-35 months) (Q1)"), 1e-9);
        assertEquals(g.enrolled(), value(lines, "Enrolled"), 1e-9);
        assertEquals(g.meanNetBurden(), value(lines, "Mean net burden"), 1e-12);
        // without a district the lines are the region totals only
        List<Explain.Line> region = Explain.group(s, 2024, IncomeGroup.Q1, null);
        assertEquals(g.children(), value(region, "Children under 3"), 1e-9);
        assertTrue(region.stream().noneMatch(l -> l.labelEn().contains("(Q1)")));
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
        // Model v2's trace writes most steps as named quantities (shares of a nested logit, an equilibrium); the
        // lines that are worked arithmetic (fees, incomes, the leave factor) must still compute their values.
        assertTrue(district >= 2, "only " + district + " arithmetic lines in the district explanation");
        Region r = TinyRegion.one(new ByQuintile(0.6, 0.8, 1.0, 1.2, 1.4));
        Scenario g = TinyRegion.scenario(r, TinyRegion.noPolicy().with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600));
        int group = assertFormulasComputeTheirValues(Explain.group(g, 2024, IncomeGroup.Q1, "a"));
        assertTrue(group >= 1, "only " + group + " arithmetic lines in the group explanation");
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
