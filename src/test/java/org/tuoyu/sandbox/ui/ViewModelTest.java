package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.files.Recovery;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.levers.LeversViewModel;
import org.tuoyu.sandbox.ui.main.LatencyMeter;
import org.tuoyu.sandbox.ui.results.DistrictRow;
import org.tuoyu.sandbox.ui.results.ResultsViewModel;
import org.tuoyu.sandbox.ui.results.Tile;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/** The arithmetic the screens show, checked without a window (evaluations run inline). */
class ViewModelTest {

    private static ScenarioDocument beijing;
    private Workspace ws;
    private ResultsViewModel results;
    private LeversViewModel levers;

    @BeforeAll
    static void load() throws Exception {
        beijing = ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml"));
    }

    @BeforeEach
    void setUp() {
        ws = new Workspace(Runnable::run, Runnable::run);
        ws.reset(beijing, null);
        results = new ResultsViewModel(ws);
        levers = new LeversViewModel(ws);
    }

    @Test
    void tilesShowTheYearsTotalsAndNoChangeAtTheStart() {
        YearResult y = ws.baseline().result().first();
        Tile fiscal = results.tile("fiscal");
        assertEquals(y.fiscal().total(), fiscal.raw(), 1e-6);
        assertEquals(Fmt.yi(y.fiscal().total()), fiscal.value());
        assertEquals("公共资金合计（三个账户）（亿元）", fiscal.title(), "a sum of the three accounts says so");
        assertEquals("±0.00", fiscal.delta());
        Tile budget = results.tiles().get(0);
        assertEquals("budget", budget.id(), "the headline is the general budget");
        assertEquals("一般公共预算支出（亿元）", budget.title());
        assertEquals(y.accounts().generalBudget(), budget.raw(), 1e-6);
        assertEquals("另：生育保险基金支出 " + Fmt.yi(y.accounts().insuranceFund()) + " 亿元 · 税式支出 "
                + Fmt.yi(y.accounts().taxExpenditure()) + " 亿元", budget.detail(), "the other two accounts beside it");
        Tile enrol = results.tile("enrolment");
        assertEquals(y.totals().enrolmentRate(), enrol.raw(), 1e-12);
        assertEquals("+0.0 个百分点", enrol.delta());
        assertEquals(y.totals().unmetPrice(), results.tile("unmetPrice").raw(), 1e-9);
        assertEquals(y.totals().unmetSeats(), results.tile("unmetSeats").raw(), 1e-9);
        assertEquals(y.totals().shareAboveThreshold(), results.tile("above").raw(), 1e-12);
    }

    @Test
    void aVoucherRaisesEnrolmentAndCostAndTheTilesShowTheDifference() {
        double before = results.tile("enrolment").raw();
        double costBefore = results.tile("fiscal").raw();
        assertNull(levers.set(LeverKey.VOUCHER_A2, 800));
        Tile enrol = results.tile("enrolment");
        assertTrue(enrol.raw() > before, "enrolment rises with a voucher");
        assertEquals(enrol.raw() - before, enrol.rawDelta(), 1e-12);
        assertEquals(1, enrol.better());
        Tile fiscal = results.tile("fiscal");
        assertEquals(fiscal.raw() - costBefore, fiscal.rawDelta(), 1e-3);
        assertTrue(fiscal.delta().startsWith("+"));
        assertTrue(levers.row(LeverKey.VOUCHER_A2).changedProperty().get());
        assertEquals(0, levers.row(LeverKey.VOUCHER_A2).referenceProperty().get());
    }

    @Test
    void leverValuesOutsideTheRangeAreRefusedWithAReason() {
        assertNotNull(levers.set(LeverKey.FEE_CAP_SHARE, 1.5));
        assertEquals("应为整数", levers.set(LeverKey.MATERNITY_DAYS, 10.5));
        assertEquals("不能为负数", levers.set(LeverKey.VOUCHER_A0, -5), "refusals speak the UI's language");
        ws.i18nProperty().set(new I18n(I18n.Lang.EN));
        assertEquals("must not be negative", levers.set(LeverKey.VOUCHER_A0, -5));
        assertFalse(ws.baseline().isModified());
    }

    @Test
    void aSliderDragOnTheBaselineOpensOneNamedReformAndOneUndoTakesItBack() {
        ScenarioDocument start = ws.baseline().document();
        for (int v = 100; v <= 800; v += 100) levers.set(LeverKey.VOUCHER_A2, v);
        levers.endEdit();
        assertTrue(ws.baseline().document() == start, "the baseline is read-only by default");
        assertEquals(2, ws.slots().size());
        ScenarioSlot reform = ws.selected();
        assertTrue(reform != ws.baseline() && reform.isModified(), "the new reform is selected and unsaved");
        assertEquals("新方案 1", reform.name());
        assertEquals(800, reform.document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A2));
        assertEquals(800, levers.row(LeverKey.VOUCHER_A2).value());
        ws.undoStack().undo();
        assertEquals(1, ws.slots().size(), "one undo takes the whole drag and the reform back");
        assertTrue(ws.selected() == ws.baseline());
        ws.undoStack().redo();
        assertEquals(800, ws.selected().document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A2));
    }

    @Test
    void inEditBaselineModeASliderDragIsOneUndoStepOnTheBaseline() {
        ws.editBaselineProperty().set(true);
        ScenarioDocument start = ws.baseline().document();
        for (int v = 100; v <= 800; v += 100) levers.set(LeverKey.VOUCHER_A2, v);
        levers.endEdit();
        assertEquals(1, ws.slots().size());
        assertEquals(800, levers.row(LeverKey.VOUCHER_A2).value());
        assertTrue(ws.baseline().isModified());
        ws.undoStack().undo();
        assertTrue(ws.baseline().document() == start, "one undo goes back to before the drag");
        assertFalse(ws.baseline().isModified());
        assertTrue(Double.isNaN(Fmt.parseLever(LeverKey.VOUCHER_A0, "abc")));
        assertEquals("20", Fmt.leverNumber(LeverKey.FEE_CAP_SHARE, 0.2));
        assertEquals("3,600", Fmt.leverNumber(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600));
        assertEquals("−1.25", Fmt.yiDelta(-1.25e8));
        I18n en = new I18n(I18n.Lang.EN);
        assertEquals("Year", en.t("main.year"));
        assertEquals("年份", new I18n(I18n.Lang.ZH).t("main.year"));
    }

    @Test
    void saveWritesYamlThatOpensAgainAndClearsTheModifiedMark(@TempDir Path dir) throws Exception {
        ws.editBaselineProperty().set(true);
        levers.set(LeverKey.VOUCHER_A2, 700);
        levers.setOverride("miyun", LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH, 200);
        assertTrue(ws.baseline().isModified());
        Path f = dir.resolve("mine.yaml");
        new ScenarioActions(ws).save(ws.baseline(), f);
        assertFalse(ws.baseline().isModified());
        assertEquals(f, ws.baseline().file());
        ScenarioDocument back = ScenarioFiles.load(f);
        assertEquals(ws.baseline().document().scenario().levers().regionWide(), back.scenario().levers().regionWide());
        assertEquals(200, back.scenario().levers().forDistrict("miyun").get(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH));
        // opening it again joins the workspace as another scenario of the same region
        assertEquals(ScenarioActions.Opened.ADDED, new ScenarioActions(ws).open(f, false));
        assertEquals(2, ws.slots().size());
    }

    @Test
    void aReformOpenedAtStartComesWithItsBaseline() throws Exception {
        ScenarioDocument reform = ScenarioFiles.load(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
        ws.resetWithReform(reform, null);
        assertEquals(2, ws.slots().size());
        assertEquals(beijing.name(), ws.baseline().name(), "the baseline the reform extends comes first");
        assertTrue(ws.selected().document() == reform, "the reform is selected");
        ResultsViewModel r = new ResultsViewModel(ws);
        assertTrue(r.tile("enrolment").rawDelta() > 0, "its differences are against the baseline, not ±0");
        assertFalse(ws.undoStack().canUndoProperty().get());
    }

    @Test
    void eachFiscalComponentKeepsItsColourWhenAnotherAppears() {
        var i = ws.i18n();
        var base = org.tuoyu.sandbox.ui.charts.ChartsViewModel.fiscalByComponent(ws.baseline().result(), i);
        levers.set(LeverKey.VOUCHER_A2, 900); // vouchers appear (in a new reform: the baseline is read-only)
        var reform = org.tuoyu.sandbox.ui.charts.ChartsViewModel.fiscalByComponent(ws.selected().result(), i);
        assertTrue(reform.getRowCount() > base.getRowCount(), "a component appeared");
        var a = org.tuoyu.sandbox.ui.charts.ChartsViewModel.componentColours(base, i);
        var b = org.tuoyu.sandbox.ui.charts.ChartsViewModel.componentColours(reform, i);
        for (int k = 0; k < base.getRowCount(); k++) {
            Comparable<?> key = base.getRowKey(k);
            assertEquals(a.get(k), b.get(reform.getRowIndex(key)), key + " keeps its colour");
        }
        String voucher = i.component(org.tuoyu.sandbox.engine.FiscalComponent.VOUCHERS);
        assertEquals(java.awt.Color.decode(org.tuoyu.sandbox.export.Palette.of(org.tuoyu.sandbox.engine.FiscalComponent.VOUCHERS)),
                b.get(reform.getRowIndex(voucher)), "the same colour as the workbook's");
    }

    @Test
    void latencyPercentilesAreNearestRank() {
        LatencyMeter m = new LatencyMeter(100);
        for (int i = 1; i <= 100; i++) m.add(i * 1_000_000L);
        assertEquals(50, m.percentileMillis(50), 1e-9);
        assertEquals(95, m.percentileMillis(95), 1e-9);
    }

    @Test
    void recoveryWritesAndRestoresEveryScenario(@TempDir Path dir) throws Exception {
        ws.editBaselineProperty().set(true);
        levers.set(LeverKey.VOUCHER_A1, 500);
        new ScenarioActions(ws).addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
        Recovery r = new Recovery(dir);
        new ScenarioActions(ws).autosave(r);
        assertTrue(r.exists());
        List<Recovery.Entry> entries = r.read();
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).modified());
        assertEquals(500, entries.get(0).document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A1));

        Workspace fresh = new Workspace(Runnable::run, Runnable::run);
        fresh.reset(beijing, null);
        new ScenarioActions(fresh).restore(entries);
        assertEquals(2, fresh.slots().size());
        assertTrue(fresh.baseline().isModified());
        assertEquals(500, fresh.baseline().document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A1));
        assertEquals(0, fresh.referenceLevers(fresh.baseline()).regionWide().get(LeverKey.VOUCHER_A1),
                "changes are measured against the baseline as it was opened");
        ResultsViewModel rv = new ResultsViewModel(fresh);
        assertTrue(rv.tile("enrolment").rawDelta() > 0);
        assertNotEquals(fresh.baseline().result().first().totals().enrolled(), 0.0);
        r.clear();
        assertFalse(r.exists());
    }

    @Test
    void theReformsDistrictResultsAreTheEnginesOwn() {
        YearResult y = results.current();
        DistrictResult d = y.district("chaoyang");
        DistrictRow row = results.districts().stream().filter(x -> x.id().equals("chaoyang")).findFirst().orElseThrow();
        assertEquals(d.enrolmentRate(), row.value(Indicator.ENROLMENT_RATE), 1e-12);
        assertEquals(d.fiscalCost(), row.value(Indicator.FISCAL_COST), 1e-6);
        assertEquals("朝阳区", row.name());
    }

    @Test
    void explainingAnIncomeGroupShowsItsNumbersAndFollowsTheSelectedDistrict() {
        org.tuoyu.sandbox.ui.explain.ExplainViewModel explain = new org.tuoyu.sandbox.ui.explain.ExplainViewModel(ws);
        explain.selectGroup(org.tuoyu.sandbox.engine.IncomeGroup.Q2);
        assertTrue(explain.titleProperty().get().startsWith("Q2 · 北京"), explain.titleProperty().get());
        var g = ws.baseline().result().first().group(org.tuoyu.sandbox.engine.IncomeGroup.Q2);
        assertTrue(explain.rows().stream().anyMatch(r -> r.label().equals("入托") && r.value().equals(Fmt.count(g.enrolled()))));
        explain.select("tongzhou");            // a district replaces the group
        assertTrue(explain.titleProperty().get().startsWith("通州"), explain.titleProperty().get());
        explain.selectGroup(org.tuoyu.sandbox.engine.IncomeGroup.Q2); // the group, in that district
        assertTrue(explain.titleProperty().get().startsWith("Q2 · 通州"), explain.titleProperty().get());
        // the district's traced lines of that quintile (model v2: the city quintile's income in the district)
        assertTrue(explain.rows().stream().anyMatch(r -> r.label().equals("家庭月收入（Q2）")), explain.rows().toString());
    }
}
