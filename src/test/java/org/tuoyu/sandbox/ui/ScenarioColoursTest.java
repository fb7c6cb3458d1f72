package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.export.Palette;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.compare.CompareChartsView;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * One colour per scenario everywhere: the comparison's header, its charts, the fan charts, the by-year table and the
 * map legend all read the scenario's own (slot) colour, which stays when another scenario is deleted.
 */
class ScenarioColoursTest extends RealWindowTest {

    private static final String OWN = "#123456";

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private static String hex(javafx.scene.paint.Paint p) {
        javafx.scene.paint.Color c = (javafx.scene.paint.Color) p;
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String hex(java.awt.Paint p) {
        Color c = (Color) p;
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    private void settle(FxRobot robot) {
        for (int k = 0; k < 60 && window.workspace().slots().stream().anyMatch(s -> s.result() == null); k++) {
            WaitForAsyncUtils.waitForFxEvents(5);
        }
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @Test
    void theComparisonHeaderItsChartsTheFansTheYearsAndTheMapShowEachScenarioInItsOwnColour(FxRobot robot) {
        Workspace ws = window.workspace();
        robot.interact(() -> {
            ScenarioDocument base = ws.baseline().document();
            for (int k = 1; k <= 3; k++) {
                ws.addScenario(base.withLevers(base.scenario().levers().withRegionWide(LeverKey.VOUCHER_A2, 300.0 * k))
                        .withName("托育券 " + (300 * k) + " 元", "voucher " + (300 * k)));
            }
            ws.deleteScenario(ws.slots().get(1)); // the others keep their colours: not recoloured by place
            ws.slots().get(2).colourProperty().set(OWN); // as a workspace file may give it
        });
        settle(robot);
        ScenarioSlot second = ws.slots().get(1), third = ws.slots().get(2);
        assertEquals(Palette.scenario(2), second.colour(), "kept after the first reform went");
        assertEquals(OWN, third.colour());

        robot.clickOn("#tab-compare");
        WaitForAsyncUtils.waitForFxEvents(3);
        Map<String, String> header = new HashMap<>();
        for (Rectangle r : robot.from(window.layout().compare().comparison()).lookup((javafx.scene.Node n) -> n instanceof Rectangle).queryAllAs(Rectangle.class)) {
            if (!(r.getParent() instanceof HBox box) || box.getChildren().size() < 2) continue;
            header.put(((Label) box.getChildren().get(1)).getText(), hex(r.getFill()));
        }
        robot.clickOn("#tab-compare-charts");
        WaitForAsyncUtils.waitForFxEvents(3);
        CompareChartsView charts = window.layout().compare().charts();
        for (JFreeChart c : java.util.List.of(charts.quintileChart(), charts.districtChart(), charts.accountChart(), charts.yearsChart())) {
            CategoryPlot p = (CategoryPlot) c.getPlot();
            assertEquals(2, p.getDataset().getRowCount());
            for (int k = 0; k < 2; k++) {
                String series = (String) p.getDataset().getRowKey(k);
                assertTrue(header.containsKey(series), series + " heads a comparison column: " + header);
                assertEquals(header.get(series), hex(p.getRenderer().getSeriesPaint(k)), series + " in " + c.getTitle().getText());
            }
        }
        assertEquals(OWN, header.get((String) ((CategoryPlot) charts.quintileChart().getPlot()).getDataset().getRowKey(1)));

        robot.interact(() -> ws.select(third));
        robot.clickOn("#tab-uncertainty");
        settle(robot);
        XYPlot fan = (XYPlot) window.layout().fans().fiscalChart().getPlot();
        assertEquals(OWN, hex(fan.getRenderer().getSeriesPaint(0)), "the band in the scenario's colour");
        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(OWN, window.layout().map().legendColour(), "the map legend names the scenario in its colour");
        robot.clickOn("#tab-years");
        WaitForAsyncUtils.waitForFxEvents(3);
        for (Rectangle r : robot.from(window.layout().compare().years()).lookup((javafx.scene.Node n) -> n instanceof Rectangle).queryAllAs(Rectangle.class)) {
            if (r.getParent() instanceof HBox) assertEquals(OWN, hex(r.getFill()), "every year heads the selected scenario's column");
        }
    }
}
