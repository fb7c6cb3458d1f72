package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.compare.ComparisonView;
import org.tuoyu.sandbox.ui.compare.ComparisonViewModel;
import org.tuoyu.sandbox.ui.compare.FrozenGrid;
import org.tuoyu.sandbox.ui.compare.GridTable;

/** Eight scenarios side by side: told apart, every cell filled, labels kept while scrolling, copy as TSV (issue 12). */
class ComparisonGridTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private void openSevenReforms(FxRobot robot) {
        robot.interact(() -> {
            ScenarioDocument base = window.workspace().baseline().document();
            for (int k = 1; k <= 7; k++) {
                ScenarioDocument r = base.withLevers(base.scenario().levers().withRegionWide(LeverKey.VOUCHER_A2, 200.0 * k))
                        .withName("北京 2025 + 托育券 " + (200 * k) + " 元", "Beijing 2025 + voucher " + (200 * k));
                window.workspace().addScenario(r);
            }
        });
        for (int k = 0; k < 50 && window.workspace().slots().stream().anyMatch(s -> s.result() == null); k++) {
            WaitForAsyncUtils.waitForFxEvents(5);
        }
        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @Test
    void eightScenariosAreToldApartAndEveryCellIsFilled(FxRobot robot) {
        openSevenReforms(robot);
        ComparisonView view = window.layout().compare().comparison();
        GridTable t = view.grid().table();
        assertEquals(8, t.groups().size());
        assertEquals(1 + 7 * 3, t.columns(), "baseline value, then value, change and change % for each reform");
        Set<String> names = new HashSet<>(), colours = new HashSet<>();
        for (GridTable.Group g : t.groups()) { names.add(g.text()); colours.add(g.colour()); }
        assertEquals(8, names.size(), "short names differ: " + names);
        assertEquals(8, colours.size(), "each scenario its own colour");
        assertTrue(t.groups().get(3).text().startsWith("3 · 托育券 600"), t.groups().get(3).text());
        assertEquals(ComparisonViewModel.ROWS.size(), t.rowLabels().size());
        for (List<GridTable.Cell> row : t.cells()) for (GridTable.Cell c : row) assertFalse(c.text().equals("…"));
        int rate = ComparisonViewModel.ROWS.indexOf(Indicator.ENROLMENT_RATE);
        int budget = ComparisonViewModel.ROWS.indexOf(Indicator.GENERAL_BUDGET);
        assertTrue(view.grid().cell(rate, 3 * 7 - 1).getText().endsWith("个百分点"), "a rate changes in points");
        assertEquals("", view.grid().cell(rate, 3 * 7).getText(), "no % of a rate");
        String money = view.grid().cell(budget, 0).getText();
        assertTrue(money.endsWith("亿元/年"), money);
        assertTrue(view.grid().cell(budget, 3).getText().endsWith("%"), "money has its change in %");
        assertTrue(view.grid().cell(ComparisonViewModel.ROWS.indexOf(Indicator.ENROLLED), 2).getText().startsWith("+"),
                "a voucher enrols more children than the baseline");
    }

    @Test
    void scrollingToTheLastReformKeepsTheIndicatorLabelsInView(FxRobot robot) {
        openSevenReforms(robot);
        FrozenGrid grid = window.layout().compare().comparison().grid();
        Node label = grid.rowLabel(0);
        Bounds before = label.localToScene(label.getLayoutBounds());
        robot.interact(() -> grid.bodyScroll().setHvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents(3);
        Bounds after = label.localToScene(label.getLayoutBounds());
        assertEquals(before.getMinX(), after.getMinX(), 0.5, "the label column does not move");
        Node last = grid.cell(0, grid.table().columns() - 1);
        Bounds lastCell = last.localToScene(last.getLayoutBounds());
        Bounds view = grid.bodyScroll().localToScene(grid.bodyScroll().getLayoutBounds());
        assertTrue(lastCell.getMaxX() <= view.getMaxX() + 1, "the last reform's column is reachable");
        assertTrue(lastCell.getMinX() > after.getMaxX() - 1, "and is not under the labels");
    }

    @Test
    void copyGivesOneTabSeparatedLinePerIndicator(FxRobot robot) {
        openSevenReforms(robot);
        String[] tsv = new String[1];
        robot.interact(() -> tsv[0] = window.layout().compare().comparison().copy(window.workspace().i18n()));
        String[] lines = tsv[0].split("\n");
        assertEquals(1 + ComparisonViewModel.ROWS.size(), lines.length);
        assertEquals(1 + 22, lines[0].split("\t", -1).length);
        assertTrue(lines[0].contains("托育券 1400 元 差值"), lines[0]);
        for (String l : lines) assertEquals(23, l.split("\t", -1).length, l);
        robot.interact(() -> assertEquals(tsv[0], Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void theYearTableListsEveryYearAndFollowsTheSelectedScenario(FxRobot robot) {
        openSevenReforms(robot);
        robot.clickOn("#tab-years");
        WaitForAsyncUtils.waitForFxEvents(3);
        ComparisonView years = window.layout().compare().years();
        GridTable t = years.grid().table();
        int horizon = window.workspace().selected().result().years().size();
        assertEquals(horizon, t.columns());
        assertEquals(ComparisonViewModel.tabName(window.workspace(), window.workspace().selected()), t.corner(), "short, as its tab");
        assertEquals(window.workspace().selected().displayName(window.workspace().i18n()), t.cornerTip(), "in full on hover");
        for (int r : new int[] {0, t.rowLabels().size() / 2}) {
            Node label = years.grid().rowLabel(r), cell = years.grid().cell(r, 0);
            assertEquals(label.localToScene(label.getLayoutBounds()).getMinY(), cell.localToScene(cell.getLayoutBounds()).getMinY(),
                    0.5, "row " + r + "'s label is level with its values");
        }
        robot.clickOn("#years-differences");
        WaitForAsyncUtils.waitForFxEvents(3);
        int enrolled = ComparisonViewModel.ROWS.indexOf(Indicator.ENROLLED);
        assertTrue(years.grid().cell(enrolled, 0).getText().startsWith("+"), years.grid().cell(enrolled, 0).getText());
        String reform = years.grid().cell(enrolled, 0).getText();
        robot.interact(() -> window.workspace().select(window.workspace().baseline()));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals("±0", years.grid().cell(enrolled, 0).getText(), "the baseline against itself");
        assertNotEquals(reform, years.grid().cell(enrolled, 0).getText());
    }

    @Test
    void theComparisonChartsShowEveryReformInItsOwnColour(FxRobot robot) {
        openSevenReforms(robot);
        robot.clickOn("#tab-compare-charts");
        WaitForAsyncUtils.waitForFxEvents(3);
        org.tuoyu.sandbox.ui.compare.CompareChartsView charts = window.layout().compare().charts();
        for (org.jfree.chart.JFreeChart c : List.of(charts.quintileChart(), charts.districtChart(), charts.accountChart(),
                charts.yearsChart())) {
            org.jfree.chart.plot.CategoryPlot p = (org.jfree.chart.plot.CategoryPlot) c.getPlot();
            assertEquals(7, p.getDataset().getRowCount(), c.getTitle().getText() + ": one series per reform");
            for (int k = 0; k < 7; k++) {
                assertEquals(java.awt.Color.decode(org.tuoyu.sandbox.export.Palette.scenario(k + 1)),
                        p.getRenderer().getSeriesPaint(k), "reform " + (k + 1) + " keeps the table's colour");
            }
        }
        org.jfree.data.category.CategoryDataset q = ((org.jfree.chart.plot.CategoryPlot) charts.quintileChart().getPlot()).getDataset();
        assertEquals(5, q.getColumnCount());
        org.jfree.data.category.CategoryDataset d = ((org.jfree.chart.plot.CategoryPlot) charts.districtChart().getPlot()).getDataset();
        assertEquals(16, d.getColumnCount(), "Beijing's districts");
        org.jfree.data.category.CategoryDataset y = ((org.jfree.chart.plot.CategoryPlot) charts.yearsChart().getPlot()).getDataset();
        assertEquals(window.workspace().baseline().result().years().size(), y.getColumnCount());
        double enrolChange = 0;
        for (int c = 0; c < d.getColumnCount(); c++) enrolChange += d.getValue(6, c).doubleValue();
        assertTrue(enrolChange > 0, "a 1,400 yuan voucher raises enrolment somewhere: " + enrolChange);
    }

    @Test
    void inEnglishNoValueOrLabelIsCutOff(FxRobot robot) {
        openSevenReforms(robot);
        robot.interact(() -> window.setLanguage(org.tuoyu.sandbox.ui.i18n.I18n.Lang.EN));
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitForFxEvents(5);
        FrozenGrid grid = window.layout().compare().comparison().grid();
        GridTable t = grid.table();
        assertTrue(t.cells().get(ComparisonViewModel.ROWS.indexOf(Indicator.GENERAL_BUDGET)).get(0).text().endsWith("100m yuan/year"));
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        for (int r = 0; r < t.rowLabels().size(); r++) {
            javafx.scene.control.Label l = grid.rowLabel(r);
            probe.setFont(l.getFont());
            probe.setText(l.getText());
            assertTrue(probe.getLayoutBounds().getWidth() <= l.getWidth() - 10, "label cut: " + l.getText());
            for (int c = 0; c < t.columns(); c++) {
                javafx.scene.control.Label cell = grid.cell(r, c);
                probe.setText(cell.getText());
                assertTrue(probe.getLayoutBounds().getWidth() <= cell.getWidth() - 10, "cut: " + cell.getText() + " in " + cell.getWidth());
            }
        }
    }
}
