package org.tuoyu.sandbox.ui.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.decide.Cost;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.decide.Frontier;
import org.tuoyu.sandbox.decide.Problem;
import org.tuoyu.sandbox.decide.Tornado;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** What the Find a policy window's charts show: reforms placed on the frontier, dominated ones with their excess. */
class DecideChartsTest {

    static ScenarioDocument doc;
    static Scenario base;
    static Frontier.Result frontier;
    static final List<DecisionLever> LEVERS = List.of(new DecisionLever(LeverKey.VOUCHER_A2, null, 0, 1500));
    static final I18n EN = new I18n(I18n.Lang.EN);

    @BeforeAll
    static void solve() throws Exception {
        doc = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml"));
        // Without provider dynamics an operating subsidy only costs here (as in FrontierTest).
        base = doc.scenario().withBehaviour(doc.scenario().behaviour().with("providerDynamics", 0));
        Problem p = new Problem(base, LEVERS, new Cost(Cost.Measure.GENERAL_BUDGET, 2028, 0), List.of());
        frontier = Frontier.of(p, Target.parse("enrolmentRate>=0", 2028), 5, ProgressListener.NONE, () -> false);
    }

    private static Scenario voucher(double a2) {
        return base.withLevers(base.levers().withRegionWide(LeverKey.VOUCHER_A2, a2));
    }

    @Test
    void everyReformIsAPointAndADominatedOneShowsByHowMuch() {
        Frontier.Placement on = frontier.place("on", Evaluator.evaluate(voucher(700)));
        Scenario wasteful = voucher(700);
        wasteful = wasteful.withLevers(wasteful.levers().withRegionWide(LeverKey.OPERATING_SUBSIDY_A2, 1500));
        Frontier.Placement waste = frontier.place("wasteful", Evaluator.evaluate(wasteful));
        Frontier.Placement beyond = frontier.place("beyond", Evaluator.evaluate(voucher(4000)));
        JFreeChart c = DecideCharts.frontier(new DecideViewModel.FrontierView(frontier, List.of(on, waste, beyond)), EN);

        XYDataset d = c.getXYPlot().getDataset();
        assertEquals(frontier.points().size(), d.getItemCount(DecideCharts.CURVE));
        assertEquals(1, d.getItemCount(DecideCharts.ON_FRONTIER), "on the frontier");
        assertEquals(1, d.getItemCount(DecideCharts.DOMINATED), "dominated");
        assertEquals(1, d.getItemCount(DecideCharts.BEYOND), "past the frontier's last point");
        assertEquals(waste.cost() / 1e8, d.getYValue(DecideCharts.DOMINATED, 0), 1e-9, "in 亿元");
        assertEquals(waste.level() * 100, d.getXValue(DecideCharts.DOMINATED, 0), 1e-9, "in %");

        List<XYAnnotation> notes = c.getXYPlot().getAnnotations();
        assertEquals(1, notes.stream().filter(a -> a instanceof XYLineAnnotation).count(),
                "one line from the frontier up to the dominated reform");
        assertEquals(List.of("1", "2", "3"), notes.stream().filter(a -> a instanceof XYTextAnnotation)
                .map(a -> ((XYTextAnnotation) a).getText().trim()).toList(), "each reform numbered");
        String excess = Units.money(waste.excess(), true);
        String names = c.getSubtitles().stream().filter(t -> t instanceof TextTitle).map(t -> ((TextTitle) t).getText())
                .filter(t -> t.contains("wasteful")).findFirst().orElse("");
        assertTrue(names.contains("2  wasteful — dominated: " + excess + " more"), "the list names the excess: " + names);
        assertTrue(names.contains("1  on — on the frontier") && names.contains("3  beyond — beyond the frontier's reach"),
                names);
    }

    @Test
    void theFrontierExportsAsAnSvgWithItsReformsAsText(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Scenario wasteful = voucher(700);
        wasteful = wasteful.withLevers(wasteful.levers().withRegionWide(LeverKey.OPERATING_SUBSIDY_A2, 1500));
        Frontier.Placement waste = frontier.place("wasteful", Evaluator.evaluate(wasteful));
        JFreeChart c = DecideCharts.frontier(new DecideViewModel.FrontierView(frontier, List.of(waste)), EN);
        Path svg = dir.resolve("frontier.svg");
        org.tuoyu.sandbox.ui.charts.ChartExport.of(c, "frontier", EN)
                .write(org.tuoyu.sandbox.ui.charts.ChartExport.Format.SVG, svg);
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.contains("wasteful") && text.contains("dominated"), "the list is text in the exported SVG");
    }

    @Test
    void theTornadoShowsRatesInPointsAndNamesWhatCalibrationSolves() {
        Target m = Target.parse("enrolmentRate>=0", 2028);
        Tornado.Result t = Tornado.of(doc, null, m);
        JFreeChart c = DecideCharts.tornado(t, EN);
        CategoryDataset d = ((CategoryPlot) c.getPlot()).getDataset();
        assertEquals(t.bars().size(), d.getColumnCount());
        Tornado.Bar widest = t.bars().get(0);
        assertEquals((widest.atHigh() - t.central()) * 100, d.getValue(1, 0).doubleValue(), 1e-9, "percentage points");
        assertTrue(d.getColumnKeys().stream().anyMatch(k -> k.toString().contains("re-solved by calibration")));
        assertTrue(((CategoryPlot) c.getPlot()).getRangeAxis().getLabel().contains("percentage points"));
    }

    @Test
    void theTornadoReadsInChineseAsItDoesInEnglish() {
        Tornado.Result t = Tornado.of(doc, null, Target.parse("enrolmentRate>=0", 2028));
        JFreeChart zh = DecideCharts.tornado(t, new I18n(I18n.Lang.ZH));
        JFreeChart en = DecideCharts.tornado(t, EN);
        assertEquals("参数敏感性：入托率 2028", zh.getTitle().getText());
        assertEquals("What drives " + org.tuoyu.sandbox.engine.Indicator.ENROLMENT_RATE.labelEn() + " 2028",
                en.getTitle().getText());
        assertEquals("相对中心值的变化（百分点）", ((CategoryPlot) zh.getPlot()).getRangeAxis().getLabel());
        assertTrue(((CategoryPlot) zh.getPlot()).getDataset().getColumnKeys().stream()
                .anyMatch(k -> k.toString().endsWith("（由校准求解）")), "calibrated parameters are named so");
        String note = ((TextTitle) zh.getSubtitle(zh.getSubtitleCount() - 1)).getText();
        assertTrue(note.startsWith("中心值 "), note);
    }
}
