package org.tuoyu.sandbox.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The district results table reads its columns from the indicator catalogue: labels, readers and units. */
class DistrictTableTest {

    static final I18n ZH = new I18n(I18n.Lang.ZH);
    static final I18n EN = new I18n(I18n.Lang.EN);

    @Test
    void headersAreTheCataloguesLabelsWithTheUnitWhereTheCellHasNone() throws Exception {
        String zh = DistrictTable.toTsv(List.of(), ZH).strip();
        String en = DistrictTable.toTsv(List.of(), EN).strip();
        assertEquals("区\t0–3岁儿童\t托位\t在托儿童\t入托率\t入托率变化\t托位使用率\t托不起\t没地托\t普惠托育收费(元/月)"
                + "\t财政成本（三个账户之和）\t财政成本（三个账户之和）变化\t普惠机构盈亏平衡使用率\t负担超过阈值的家庭占比", zh);
        assertTrue(en.startsWith("District\t" + Indicator.CHILDREN.labelEn() + "\t"), en);
        assertTrue(en.contains("\tΔ " + Indicator.ENROLMENT_RATE.labelEn() + "\t"), en);
        assertTrue(en.contains("\t" + Indicator.INCLUSIVE_FEE.labelEn() + "(yuan/month)\t"), en);
    }

    @Test
    void aRowIsTheEnginesNumbersAndItsChangesAgainstTheReference() throws Exception {
        Scenario base = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml")).scenario();
        Scenario reform = base.withLevers(base.levers().withRegionWide(LeverKey.VOUCHER_A2, 1200));
        YearResult b = Evaluator.evaluate(base).first();
        YearResult r = Evaluator.evaluate(reform).first();
        DistrictResult d = r.districts().get(0);
        DistrictResult ref = b.district(d.id());
        DistrictRow row = DistrictTable.row(d, ref, ZH);
        assertEquals(d.nameZh(), row.name());
        assertEquals(d.childrenTotal(), row.value(Indicator.CHILDREN), 0);
        assertEquals(d.inclusiveSeats() + d.toddlerClassSeats(), Indicator.INCLUSIVE_SEATS.of(d), 0);
        assertEquals(d.enrolmentRate() - ref.enrolmentRate(), row.change(Indicator.ENROLMENT_RATE), 1e-15);
        assertTrue(row.change(Indicator.ENROLMENT_RATE) > 0, "a voucher raises enrolment");
        assertEquals(d.fiscalCost() - ref.fiscalCost(), row.change(Indicator.FISCAL_COST), 1e-6);
        String line = DistrictTable.toTsv(List.of(row), ZH).split("\n")[1];
        String[] cells = line.split("\t");
        assertEquals(d.nameZh(), cells[0]);
        assertEquals(Units.percent(d.enrolmentRate()), cells[4], "a rate in %");
        assertEquals(Units.points(row.change(Indicator.ENROLMENT_RATE), false), cells[5], "its change in 百分点");
        assertEquals(Units.money(d.fiscalCost(), false), cells[10], "money in 元 / 万元 / 亿元");
        assertEquals(Units.moneyDelta(row.change(Indicator.FISCAL_COST), false), cells[11]);
        assertEquals(Units.count(d.inclusiveFee()), cells[9], "a fee as a bare number, its unit in the header");
    }
}
