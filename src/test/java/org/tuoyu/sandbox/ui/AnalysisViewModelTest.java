package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.export.FiscalBands;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.charts.ChartsViewModel;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.results.ResultsViewModel;
import org.tuoyu.sandbox.ui.results.Tile;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel;
import org.tuoyu.sandbox.ui.effects.EffectsViewModel;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.LeverGroup;

/** The arithmetic behind the bands and the lever effects, without a window; background work is run by hand. */
class AnalysisViewModelTest {

    private static ScenarioDocument beijing;
    private Workspace ws;
    private ResultsViewModel results;
    private final ArrayDeque<Runnable> delayed = new ArrayDeque<>();
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();

    @BeforeAll
    static void load() throws Exception {
        beijing = ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml"));
    }

    @BeforeEach
    void setUp() {
        ws = new Workspace(Runnable::run, Runnable::run);
        ws.reset(beijing, null);
        results = new ResultsViewModel(ws);
    }

    private UncertaintyViewModel uncertainty(int draws) {
        UncertaintyViewModel u = new UncertaintyViewModel(ws, background::add, Runnable::run, (ms, r) -> {
            delayed.add(r);
            return () -> delayed.remove(r);
        }, 1);
        u.setDraws(draws);
        results.useBands(u);
        return u;
    }

    private static void runAll(ArrayDeque<Runnable> q) {
        while (!q.isEmpty()) q.poll().run();
    }

    @Test
    void anEditCancelsTheRunningBandAndTheNextRunStartsAfterTheDebounce() {
        UncertaintyViewModel u = uncertainty(40);
        assertEquals(1, delayed.size(), "one pending start, whatever the number of triggers");
        runAll(delayed);
        assertEquals(1, u.startsProperty().get());
        assertTrue(u.runningProperty().get());
        assertEquals("P5–P95：计算中…", results.tile("fiscal").band());

        ws.editBaselineProperty().set(true);
        ws.setLever(ws.baseline(), null, LeverKey.VOUCHER_A2, 600);
        assertEquals(1, u.cancelsProperty().get(), "the edit cancels the stale run");
        assertFalse(u.runningProperty().get());
        runAll(background);                      // the cancelled run stops without a result
        assertNull(u.result(ws.baseline()));
        assertEquals(1, u.startsProperty().get(), "nothing starts before the debounce");
        runAll(delayed);
        assertEquals(2, u.startsProperty().get());
        runAll(background);
        assertFalse(u.runningProperty().get());
        MonteCarloResult mc = u.result(ws.baseline());
        assertNotNull(mc);
        assertEquals(40, mc.draws());
        assertEquals(UncertaintyViewModel.SEED, mc.seed());
    }

    @Test
    void tilesShowTheP5AndP95OfTheSelectedYear() {
        UncertaintyViewModel u = uncertainty(40);
        runAll(delayed);
        runAll(background);
        int year = beijing.scenario().horizon().firstYear() + 3;
        ws.yearProperty().set(year);
        Bands b = u.result(ws.baseline()).year(year);
        Tile fiscal = results.tile("fiscal");
        assertEquals("P5–P95：" + Fmt.yi(b.fiscalCost().p5()) + " – " + Fmt.yi(b.fiscalCost().p95()), fiscal.band());
        assertEquals(b.fiscalCost().p5(), fiscal.p5());
        assertEquals(b.enrolmentRate().p95(), results.tile("enrolment").p95());
        assertEquals("P5–P95：" + Fmt.count(b.unmetSeats().p5()) + " – " + Fmt.count(b.unmetSeats().p95()),
                results.tile("unmetSeats").band());
        assertEquals("", results.tile("above").band(), "no band for the affordability share");
        assertTrue(b.fiscalCost().p5() <= b.fiscalCost().p50() && b.fiscalCost().p50() <= b.fiscalCost().p95());

        // the workbook gets the same numbers
        FiscalBands fb = u.fiscalBands(List.copyOf(ws.slots()));
        FiscalBands.Band wb = fb.byScenario().get(0).get(3);
        assertEquals(year, wb.year());
        assertEquals(b.fiscalCost().p95(), wb.p95());

        // a lever move makes the band stale at once: it is not shown against the new value
        ws.editBaselineProperty().set(true);
        ws.setLever(ws.baseline(), null, LeverKey.VOUCHER_A2, 900);
        assertEquals("P5–P95：计算中…", results.tile("fiscal").band());
        assertNull(u.fiscalBands(List.copyOf(ws.slots())), "no stale bands go to the workbook");
    }

    @Test
    void theFanChartHoldsP5P50P95AndTheCentralEstimateInTheAxisUnits() {
        UncertaintyViewModel u = uncertainty(30);
        runAll(delayed);
        runAll(background);
        MonteCarloResult mc = u.result(ws.baseline());
        YIntervalSeriesCollection ds = ChartsViewModel.fiscalFan(ws.baseline().result(), mc, ws.i18n());
        assertEquals(2, ds.getSeriesCount());
        int years = beijing.scenario().horizon().years();
        assertEquals(years, ds.getItemCount(0));
        Band first = mc.years().get(0).fiscalCost();
        assertEquals(first.p5() / 1e8, ds.getStartYValue(0, 0), 1e-9);
        assertEquals(first.p50() / 1e8, ds.getYValue(0, 0), 1e-9);
        assertEquals(first.p95() / 1e8, ds.getEndYValue(0, 0), 1e-9);
        assertEquals(ws.baseline().result().first().fiscal().total() / 1e8, ds.getYValue(1, 0), 1e-9);
        YIntervalSeriesCollection e = ChartsViewModel.enrolmentFan(ws.baseline().result(), null, ws.i18n());
        assertEquals(0, e.getItemCount(0), "no band before the draws are in");
        assertEquals(ws.baseline().result().first().totals().enrolmentRate() * 100, e.getYValue(1, 0), 1e-9);
    }

    @Test
    void theWaterfallStepsOfEveryOrderAddUpToTheTotalAndTheTableShowsAllThree() throws Exception {
        EffectsViewModel vm = new EffectsViewModel(ws, Runnable::run, Runnable::run);
        assertFalse(vm.availableProperty().get(), "nothing to decompose for the baseline");
        new ScenarioActions(ws).addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
        assertTrue(vm.availableProperty().get());
        assertNull(vm.resultProperty().get(), "computed only while shown");
        vm.setShown(true);
        Decomposition d = vm.resultProperty().get();
        assertNotNull(d);
        for (EffectsViewModel.Order o : EffectsViewModel.Order.values()) {
            for (EffectsViewModel.Scope sc : EffectsViewModel.Scope.values()) {
                for (EffectsViewModel.Measure m : EffectsViewModel.Measure.values()) {
                    List<EffectsViewModel.Step> steps = EffectsViewModel.waterfall(d, o, m, sc, ws.i18n());
                    assertEquals(5, steps.size());
                    EffectsViewModel.Step total = steps.get(4);
                    assertTrue(total.total());
                    double sum = 0;
                    for (int k = 0; k < 4; k++) {
                        assertEquals(sum, steps.get(k).from(), 1e-6, "each bar starts where the last ended");
                        sum += steps.get(k).value();
                    }
                    double scale = Math.max(1, Math.abs(total.value()));
                    assertEquals(total.value(), sum, 1e-9 * scale, o + " " + sc + " " + m);
                }
            }
        }
        List<EffectsViewModel.Step> fwd = vm.costSteps();
        assertEquals(LeverGroup.SUPPLY, fwd.get(0).group());
        assertEquals("合计", fwd.get(4).label());
        vm.orderProperty().set(EffectsViewModel.Order.REVERSE);
        assertEquals(LeverGroup.SEATS, vm.costSteps().get(0).group());

        // the reform's total against the baseline: a voucher reform costs more and enrols more
        assertTrue(d.total().fiscalCost() > 0);
        assertTrue(d.total().enrolled() > 0);
        List<EffectsViewModel.Row> rows = vm.firstYearRows();
        assertEquals(5, rows.size());
        double f = 0, r = 0, sh = 0;
        for (int k = 0; k < 4; k++) {
            f += rows.get(k).enrolledForward();
            r += rows.get(k).enrolledReverse();
            sh += rows.get(k).enrolledShapley();
        }
        for (double x : new double[] {f, r, sh}) assertEquals(d.total().enrolled(), x, 1e-6);
        assertEquals(d.total().horizonFiscalCost(), vm.horizonRows().get(4).costShapley());

        // an edit of the reform is decomposed again
        ws.setLever(ws.selected(), null, LeverKey.VOUCHER_A2, 1500);
        assertTrue(vm.resultProperty().get() != d);
        ws.select(ws.baseline());
        assertFalse(vm.availableProperty().get());
    }
}
