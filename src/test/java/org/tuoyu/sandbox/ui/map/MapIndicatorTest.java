package org.tuoyu.sandbox.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The map colours by indicators of the catalogue: their labels, their readers, their changes against the reference. */
class MapIndicatorTest {

    static final I18n ZH = new I18n(I18n.Lang.ZH);
    static final I18n EN = new I18n(I18n.Lang.EN);

    @Test
    void labelsAreTheCataloguesAndAChangeSaysAgainstWhatAndInWhichUnit() {
        assertEquals("入托率", MapIndicator.ENROLMENT_RATE.label(ZH));
        assertEquals("入托率变化（对比基线，百分点）", MapIndicator.ENROLMENT_RATE_CHANGE.label(ZH));
        assertEquals("一般公共预算支出变化（对比基线，万元）", MapIndicator.BUDGET_CHANGE.label(ZH));
        assertEquals("Enrolment rate", MapIndicator.ENROLMENT_RATE.label(EN), "a menu entry starts with a capital");
        assertEquals("Change in enrolment rate vs baseline (percentage points)", MapIndicator.ENROLMENT_RATE_CHANGE.label(EN));
        for (MapIndicator m : MapIndicator.values()) {
            if (!m.diverging()) assertEquals(m.indicator().labelZh(), m.label(ZH), m.name());
        }
    }

    @Test
    void valuesAreTheCataloguesReadersAndTheirChanges() throws Exception {
        Scenario base = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml")).scenario();
        Scenario reform = base.withLevers(base.levers().withRegionWide(LeverKey.VOUCHER_A2, 1200));
        DistrictResult ref = Evaluator.evaluate(base).first().districts().get(0);
        DistrictResult d = Evaluator.evaluate(reform).first().district(ref.id());
        assertEquals(d.enrolmentRate(), MapIndicator.ENROLMENT_RATE.value(d, ref), 0);
        assertEquals(d.enrolmentRate() - ref.enrolmentRate(), MapIndicator.ENROLMENT_RATE_CHANGE.value(d, ref), 1e-15);
        assertEquals(d.accounts().generalBudget() - ref.accounts().generalBudget(), MapIndicator.BUDGET_CHANGE.value(d, ref),
                1e-6);
        assertEquals(d.fiscalCost() / d.childrenTotal(), MapIndicator.FISCAL_PER_CHILD.value(d, ref), 1e-9);
        assertEquals(Indicator.FISCAL_COST_PER_CHILD.of(d), MapIndicator.FISCAL_PER_CHILD.value(d, ref), 0);
        double be = d.breakEvenUtilisation();
        assertEquals(Double.isFinite(be) ? Math.min(2, be) : 2, MapIndicator.BREAK_EVEN.value(d, ref), 0,
                "never breaking even is coloured as the top of the scale");
        assertEquals(0, MapIndicator.ENROLMENT_RATE_CHANGE.value(d, null), 0, "no reference, no change");
    }
}
