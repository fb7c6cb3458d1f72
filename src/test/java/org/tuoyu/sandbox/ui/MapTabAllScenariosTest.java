package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.compare.CompareMapsView;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.map.MapIndicator;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/** The map tab shows every open scenario at once on one colour scale, levels or changes (issue 12, decision 0044). */
class MapTabAllScenariosTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void fourScenariosGiveFourMapsOnOneScaleAndAClickSelectsScenarioAndDistrict(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ScenarioDocument base = window.workspace().baseline().document();
            var l = base.scenario().levers();
            window.workspace().addScenario(base.withLevers(l.withRegionWide(LeverKey.VOUCHER_A2, 800.0)).withName("托育券 800", "voucher 800"));
            window.workspace().addScenario(base.withLevers(l.withRegionWide(LeverKey.VOUCHER_A2, 2000.0)).withName("托育券 2000", "voucher 2000"));
            window.workspace().addScenario(base.withLevers(l.withOverride("haidian", LeverKey.VOUCHER_A2, 2500.0))
                    .withName("海淀托育券", "Haidian voucher"));
        });
        await(() -> window.workspace().slots().stream().allMatch(s -> s.result() != null), 60, "four results");
        robot.clickOn("#tab-map");
        robot.clickOn("#map-mode-all");
        WaitForAsyncUtils.waitForFxEvents(3);
        CompareMapsView view = robot.lookup("#all-maps").queryAs(CompareMapsView.class);
        List<ScenarioSlot> slots = window.workspace().slots();
        List<District> districts = slots.get(0).document().region().region().districts();
        DistrictShapes shapes = DistrictShapes.load(slots.get(0).document().region().mapResource());

        MapIndicator level = MapIndicator.ENROLMENT_RATE;
        assertEquals(level, view.indicator().getValue(), "the big map's indicator");
        assertEquals(4, view.maps().size(), "the baseline and three reforms");
        double hi = 0;
        for (ScenarioSlot s : slots) for (District d : districts) hi = Math.max(hi, window.workspace().yearOf(s.result()).district(d.id()).enrolmentRate());
        double[] range = MapView.scaleRange(level, 0, hi);
        assertArrayEquals(range, view.range(), 1e-12, "one scale from zero over every scenario's districts");
        assertColours(view, shapes, districts, slots, 0, level, range);

        robot.interact(() -> window.mapView().indicator().setValue(MapIndicator.ENROLMENT_RATE_CHANGE));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(MapIndicator.ENROLMENT_RATE_CHANGE, view.indicator().getValue(), "one indicator for both modes");
        assertEquals(3, view.maps().size(), "no change map for the baseline itself");
        assertEquals(-view.range()[0], view.range()[1], 1e-12, "changes centred on zero");
        assertColours(view, shapes, districts, slots, 1, MapIndicator.ENROLMENT_RATE_CHANGE, view.range());

        District tongzhou = slots.get(0).document().region().region().district("tongzhou");
        CompareMapsView.SmallMap third = view.maps().get(2);
        double[] inside = DistrictShapes.interiorPoint(shapes.shapes().stream().filter(x -> x.code().equals(tongzhou.code())).findFirst().orElseThrow());
        Point2D p = view.canvas().localToScreen(third.projection().x(inside[0]), third.projection().y(inside[1]));
        robot.clickOn(p);
        await(() -> window.workspace().selected() == slots.get(3), 20, "the third reform selected");
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals("tongzhou", window.explainViewModel().districtId());
        String title = robot.lookup("#explain-title").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(title.contains(tongzhou.nameZh()) && title.contains("海淀托育券"), title);
        assertEquals("tongzhou", view.selectedDistrict(), "outlined on every map");
    }

    /** Every district of every map drawn in the colour of its own scenario's value on the shared scale. */
    private void assertColours(CompareMapsView view, DistrictShapes shapes, List<District> districts, List<ScenarioSlot> slots,
                               int firstSlot, MapIndicator m, double[] range) throws Exception {
        PixelReader pixels = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get().getPixelReader();
        YearResult base = window.workspace().yearOf(slots.get(0).result());
        for (int k = 0; k < view.maps().size(); k++) {
            CompareMapsView.SmallMap map = view.maps().get(k);
            ScenarioSlot s = slots.get(firstSlot + k);
            assertEquals(s, map.panel().slot(), "the scenarios' order");
            YearResult y = window.workspace().yearOf(s.result());
            for (District d : districts) {
                double v = m.value(y.district(d.id()), base.district(d.id()));
                double[] inside = DistrictShapes.interiorPoint(shapes.shapes().stream().filter(x -> x.code().equals(d.code())).findFirst().orElseThrow());
                Color drawn = pixels.getColor((int) map.projection().x(inside[0]), (int) map.projection().y(inside[1]));
                Color expected = MapView.colour(m, v, range[0], range[1]);
                assertTrue(Math.abs(expected.getRed() - drawn.getRed()) < 0.03 && Math.abs(expected.getGreen() - drawn.getGreen()) < 0.03
                        && Math.abs(expected.getBlue() - drawn.getBlue()) < 0.03, map.panel().fullName() + ", " + d.nameZh() + ": " + drawn + " for " + v);
            }
        }
    }
}
