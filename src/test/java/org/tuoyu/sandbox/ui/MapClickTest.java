package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.map.MapView;

/** Clicking a district on the map selects that district, not its western neighbour (issue 12). */
class MapClickTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void clickingInsideEveryDistrictSelectsIt(FxRobot robot) throws Exception {
        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = window.mapView();
        assertNotNull(map.projection(), "the map has been drawn");
        DistrictShapes shapes = DistrictShapes.load(DistrictShapes.BEIJING);
        int clicked = 0;
        for (District d : window.workspace().baseline().document().region().region().districts()) {
            DistrictShapes.Shape s = shapes.shapes().stream().filter(x -> x.code().equals(d.code())).findFirst().orElseThrow();
            double[] inside = DistrictShapes.interiorPoint(s);
            Point2D onScreen = map.canvas().localToScreen(map.projection().x(inside[0]), map.projection().y(inside[1]));
            robot.clickOn(onScreen);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(d.id(), window.explainViewModel().districtId(), "clicked inside " + d.nameZh());
            assertEquals(d.id(), map.selectedDistrict(), "the outline is drawn round " + d.nameZh());
            clicked++;
        }
        assertEquals(16, clicked);
        javafx.scene.control.TableView<?> explain = robot.lookup("#explain-table").queryAs(javafx.scene.control.TableView.class);
        assertFalse(explain.getItems().isEmpty(), "the clicked district is explained");
        for (var c : explain.getColumns()) assertFalse(c.isSortable(), "the calculation chain keeps its order: " + c.getText());
    }

    @Test
    void atALaptopSizeNoTwoDistrictLabelsOverlap(FxRobot robot) {
        // 1280×720, a little smaller than 1366×768: Monocle's headless screen is 1280×800
        robot.interact(() -> { stage.setX(0); stage.setY(0); stage.setWidth(1280); stage.setHeight(720); });
        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents(3);
        java.util.List<javafx.geometry.Bounds> boxes = window.mapView().labelBoxes();
        assertEquals(16, boxes.size(), "every district is named");
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertFalse(boxes.get(a).intersects(boxes.get(b)), "labels " + a + " and " + b + " overlap: " + boxes.get(a)
                        + " " + boxes.get(b));
            }
        }
    }

    @Test
    void aJiangmenScenarioIsDrawnOnJiangmensOwnMap(FxRobot robot) throws Exception {
        org.tuoyu.sandbox.scenario.ScenarioDocument jiangmen = org.tuoyu.sandbox.scenario.ScenarioFiles.load(
                org.tuoyu.sandbox.scenario.Location.parse("builtin:jiangmen-2024.yaml"));
        robot.interact(() -> window.workspace().reset(jiangmen, null));
        for (int k = 0; k < 50 && window.workspace().baseline().result() == null; k++) WaitForAsyncUtils.waitForFxEvents(5);
        robot.clickOn("#tab-map");
        WaitForAsyncUtils.waitForFxEvents(3);
        int districts = jiangmen.region().region().districts().size();
        assertEquals(districts, window.mapView().labelBoxes().size(), "every Jiangmen district is named on the map");
        District first = jiangmen.region().region().districts().get(0);
        DistrictShapes shapes = DistrictShapes.load(jiangmen.region().mapResource());
        DistrictShapes.Shape s = shapes.shapes().stream().filter(x -> x.code().equals(first.code())).findFirst().orElseThrow();
        double[] inside = DistrictShapes.interiorPoint(s);
        MapView map = window.mapView();
        robot.clickOn(map.canvas().localToScreen(map.projection().x(inside[0]), map.projection().y(inside[1])));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.id(), map.selectedDistrict(), "a click on Jiangmen's map selects " + first.nameZh());
    }
}
