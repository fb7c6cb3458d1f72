package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.compare.CompareMapsView;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.map.MapIndicator;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/**
 * The change by district on the map for several reforms at once (issue 12): one small map per reform on one shared
 * scale centred on zero, each district in the colour of its own reform's difference, and a click selects a district.
 */
class CompareMapsTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    /** Three reforms whose differences by district are not alike: two city-wide vouchers, one district's own. */
    private CompareMapsView openThreeReforms(FxRobot robot) {
        robot.interact(() -> {
            ScenarioDocument base = window.workspace().baseline().document();
            var l = base.scenario().levers();
            window.workspace().addScenario(base.withLevers(l.withRegionWide(LeverKey.VOUCHER_A2, 600.0)).withName("托育券 600", "voucher 600"));
            window.workspace().addScenario(base.withLevers(l.withRegionWide(LeverKey.VOUCHER_A2, 1500.0)).withName("托育券 1500", "voucher 1500"));
            window.workspace().addScenario(base.withLevers(l.withOverride("haidian", LeverKey.VOUCHER_A2, 2000.0))
                    .withName("海淀托育券", "Haidian voucher"));
        });
        for (int k = 0; k < 50 && window.workspace().slots().stream().anyMatch(s -> s.result() == null); k++) {
            WaitForAsyncUtils.waitForFxEvents(5);
        }
        robot.clickOn("#tab-compare-charts");
        robot.clickOn("#cmp-show-maps");
        WaitForAsyncUtils.waitForFxEvents(3);
        return window.layout().compare().charts().maps();
    }

    @Test
    void threeReformsGiveThreeMapsColouredByEachReformsOwnDifferences(FxRobot robot) throws Exception {
        CompareMapsView view = openThreeReforms(robot);
        assertEquals(3, view.maps().size(), "one map per reform");
        MapIndicator m = MapIndicator.ENROLMENT_RATE_CHANGE;
        List<ScenarioSlot> slots = window.workspace().slots();
        YearResult base = window.workspace().yearOf(slots.get(0).result());
        List<District> districts = slots.get(0).document().region().region().districts();
        double lo = 0, hi = 0;
        double[][] change = new double[3][districts.size()];
        for (int r = 0; r < 3; r++) {
            YearResult y = window.workspace().yearOf(slots.get(r + 1).result());
            for (int d = 0; d < districts.size(); d++) {
                DistrictResult a = y.district(districts.get(d).id()), b = base.district(districts.get(d).id());
                change[r][d] = a.enrolmentRate() - b.enrolmentRate();
                lo = Math.min(lo, change[r][d]);
                hi = Math.max(hi, change[r][d]);
            }
        }
        double[] range = MapView.scaleRange(m, lo, hi);
        assertArrayEquals(range, view.range(), 1e-12, "one scale for all maps, reaching the largest change in any");
        assertEquals(-range[0], range[1], 1e-12, "centred on zero");

        PixelReader pixels = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get().getPixelReader();
        DistrictShapes shapes = DistrictShapes.load(slots.get(0).document().region().mapResource());
        List<String> checked = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            CompareMapsView.SmallMap map = view.maps().get(r);
            assertTrue(map.panel().fullName().equals(slots.get(r + 1).displayName(window.workspace().i18n())));
            for (int d = 0; d < districts.size(); d++) {
                District dist = districts.get(d);
                DistrictShapes.Shape s = shapes.shapes().stream().filter(x -> x.code().equals(dist.code())).findFirst().orElseThrow();
                double[] inside = DistrictShapes.interiorPoint(s);
                Color drawn = pixels.getColor((int) map.projection().x(inside[0]), (int) map.projection().y(inside[1]));
                Color expected = MapView.colour(m, change[r][d], range[0], range[1]);
                assertTrue(close(expected, drawn), "reform " + (r + 1) + ", " + dist.nameZh() + ": drawn " + drawn + ", its change "
                        + change[r][d] + " is " + expected);
                checked.add(dist.id());
            }
        }
        assertEquals(3 * 16, checked.size());
        int haidian = indexOf(districts, "haidian"), miyun = indexOf(districts, "miyun");
        assertTrue(change[2][haidian] > 0 && Math.abs(change[2][miyun]) < 1e-9, "only Haidian moves in the third reform");
        assertTrue(change[1][miyun] > change[0][miyun], "the bigger voucher moves Miyun more");
        assertNotEquals(MapView.colour(m, change[2][haidian], range[0], range[1]), MapView.colour(m, change[2][miyun], range[0], range[1]));
    }

    @Test
    void clickingADistrictOnAnyMapSelectsItInAll(FxRobot robot) throws Exception {
        CompareMapsView view = openThreeReforms(robot);
        DistrictShapes shapes = DistrictShapes.load(window.workspace().baseline().document().region().mapResource());
        for (String id : List.of("haidian", "tongzhou", "yanqing")) {
            District d = window.workspace().baseline().document().region().region().district(id);
            robot.clickOn(centroid(view, view.maps().get(1), shapes, d));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(id, view.selectedDistrict(), "clicked inside " + d.nameZh());
            String readout = robot.lookup("#cmp-map-readout").queryAs(javafx.scene.control.Label.class).getText();
            assertTrue(readout.startsWith(d.nameZh()), readout);
            assertTrue(readout.contains("3 · ") && readout.contains("个百分点"), "every reform's change there, in points: " + readout);
        }
    }

    @Test
    void clickingADistrictOnASmallMapExplainsThatDistrictInThatReform(FxRobot robot) throws Exception {
        CompareMapsView view = openThreeReforms(robot);
        DistrictShapes shapes = DistrictShapes.load(window.workspace().baseline().document().region().mapResource());
        String[][] clicks = {{"2", "tongzhou"}, {"0", "haidian"}, {"1", "yanqing"}};
        for (String[] c : clicks) {
            int map = Integer.parseInt(c[0]);
            District d = window.workspace().baseline().document().region().region().district(c[1]);
            ScenarioSlot reform = window.workspace().slots().get(map + 1);
            robot.clickOn(centroid(view, view.maps().get(map), shapes, d));
            await(() -> window.workspace().selected() == reform, 20, "reform " + (map + 1) + " selected");
            WaitForAsyncUtils.waitForFxEvents(3);
            assertEquals(c[1], window.explainViewModel().districtId(), "the explanation is of the district clicked");
            String title = robot.lookup("#explain-title").queryAs(javafx.scene.control.Label.class).getText();
            assertTrue(title.contains(d.nameZh()) && title.contains(reform.displayName(window.workspace().i18n())),
                    "the panel names the district and the reform clicked: " + title);
            var tabs = robot.lookup("#scenario-tabs").queryAs(javafx.scene.control.TabPane.class);
            assertEquals(map + 1, tabs.getSelectionModel().getSelectedIndex(), "its tab too");
            assertTrue(window.explainViewModel().rows().size() > 5, "and explains it");
            assertEquals(c[1], view.selectedDistrict(), "outlined on every map");
        }
    }

    /** The screen point of a district's interior point on one of the small maps. */
    private static Point2D centroid(CompareMapsView view, CompareMapsView.SmallMap map, DistrictShapes shapes, District d) {
        DistrictShapes.Shape s = shapes.shapes().stream().filter(x -> x.code().equals(d.code())).findFirst().orElseThrow();
        double[] inside = DistrictShapes.interiorPoint(s);
        return view.canvas().localToScreen(map.projection().x(inside[0]), map.projection().y(inside[1]));
    }

    private static int indexOf(List<District> ds, String id) {
        for (int i = 0; i < ds.size(); i++) if (ds.get(i).id().equals(id)) return i;
        throw new AssertionError(id);
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }
}
