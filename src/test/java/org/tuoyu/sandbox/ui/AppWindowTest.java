package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.ui.levers.LeverRow;
import org.tuoyu.sandbox.ui.levers.LeversViewModel.DistrictEntry;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.ui.results.DistrictRow;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;

/** Drives the real window headless (Monocle): the acceptance checks. */
class AppWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @Test
    void theWindowOpensOnTheBeijingBaseline(FxRobot robot) {
        assertTrue(stage.getTitle().contains("北京 2025 基线"), stage.getTitle());
        assertTrue(text(robot, "#tile-fiscal-title").endsWith("（亿元）"));
        robot.clickOn("#tab-districts"); // a tab's content is built when it is first shown
        assertEquals(16, robot.lookup("#district-table").queryAs(TableView.class).getItems().size());
    }

    @Test
    void movingTheVoucherSliderChangesTheEnrolmentTile(FxRobot robot) {
        String before = text(robot, "#tile-enrolment");
        Slider slider = inView(robot, "#lever-VOUCHER_A2", Slider.class);
        robot.clickOn(slider);             // a click on the track jumps the thumb there
        for (int i = 0; i < 5; i++) robot.type(KeyCode.RIGHT);
        settle();
        assertTrue(slider.getValue() > 0);
        String after = text(robot, "#tile-enrolment");
        assertNotEquals(before, after, "the enrolment tile follows the slider");
        assertTrue(text(robot, "#tile-enrolment-delta").startsWith("+"));
        assertTrue(stage.getTitle().startsWith("* "), "the title shows the modified marker");
        String field = inView(robot, "#field-VOUCHER_A2", TextField.class).getText();
        assertNotEquals("0", field);
    }

    @Test
    void typingAnExactValueSetsTheLever(FxRobot robot) {
        TextField f = inView(robot, "#field-VOUCHER_A0", TextField.class);
        robot.doubleClickOn(f).eraseText(6).write("1,000").type(KeyCode.ENTER);
        settle();
        assertEquals(1000, window.workspace().selected().document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A0));
        assertTrue(f.getStyleClass().contains(Styles.CHANGED));
    }

    @Test
    @SuppressWarnings("unchecked")
    void overridingOneDistrictChangesOnlyItsRowAndUndoRestoresIt(FxRobot robot) {
        robot.clickOn("#tab-overrides");
        TableView<DistrictEntry> ov = robot.lookup("#override-table").queryAs(TableView.class);
        TableColumn<DistrictEntry, String> col = null;
        for (TableColumn<DistrictEntry, ?> c : ov.getColumns()) {
            if (c.getUserData() instanceof LeverRow l && l.key() == LeverKey.VOUCHER_A2) col = (TableColumn<DistrictEntry, String>) c;
        }
        int row = -1;
        for (int i = 0; i < ov.getItems().size(); i++) if (ov.getItems().get(i).id().equals("haidian")) row = i;
        List<DistrictRow> before = rows(robot);
        robot.clickOn("#tab-overrides");
        int r = row;
        TableColumn<DistrictEntry, String> c = col;
        robot.interact(() -> ov.edit(r, c));
        robot.write("1200").type(KeyCode.ENTER);
        settle();
        assertTrue(window.workspace().selected().document().scenario().levers()
                .districtOverrides().get("haidian").containsKey(LeverKey.VOUCHER_A2));
        assertTrue(robot.lookup(".overridden").tryQuery().isPresent(), "the overridden cell is marked");
        List<DistrictRow> after = rows(robot);
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            DistrictRow b = find(before, after.get(i).id());
            if (!b.equals(after.get(i))) {
                changed++;
                assertEquals("haidian", after.get(i).id());
            }
        }
        assertEquals(1, changed, "only Haidian's row changes");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertEquals(before, rows(robot), "undo restores every row");
        robot.clickOn("#tab-overrides");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".overridden").tryQuery().isPresent());
    }

    /** The district results table's rows, as shown on its tab. */
    @SuppressWarnings("unchecked")
    private static List<DistrictRow> rows(FxRobot robot) {
        robot.clickOn("#tab-districts");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DistrictRow> t = robot.lookup("#district-table").queryAs(TableView.class);
        List<DistrictRow> r = new ArrayList<>(t.getItems());
        r.sort((a, b) -> a.id().compareTo(b.id()));
        return r;
    }

    private static DistrictRow find(List<DistrictRow> rows, String id) {
        return rows.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aBrokenFileShowsItsFileLineKeyAndValueAndChangesNothing(FxRobot robot) throws Exception {
        Path bad = home.resolve("broken.yaml");
        Files.writeString(bad, "scenario:\n  name: 坏文件\nregion: builtin:regions/beijing.yaml\nlevers:\n  demand:\n"
                + "    allowancePerChildYear: -300\n");
        var before = window.workspace().baseline().document();
        robot.interact(() -> window.open(bad));
        settle();
        assertTrue(robot.lookup("#file-error").tryQuery().isPresent(), "the error dialog shows");
        assertTrue(text(robot, "#error-file").endsWith("broken.yaml"));
        assertEquals("6", text(robot, "#error-line"));
        assertEquals("levers.demand.allowancePerChildYear", text(robot, "#error-key"));
        assertEquals("-300", text(robot, "#error-value"));
        assertEquals(1, window.workspace().slots().size());
        assertTrue(window.workspace().baseline().document() == before, "the current work is untouched");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReformFromAPresetAppearsWithItsDifferenceFromTheBaseline(FxRobot robot) {
        robot.clickOn("#menu-file").clickOn("#mi-new-preset");
        settle();
        javafx.scene.control.ListView<ScenarioActions.Preset> list = robot.lookup("#preset-list").queryAs(javafx.scene.control.ListView.class);
        ScenarioActions.Preset pick = null;
        for (ScenarioActions.Preset l : list.getItems()) if (l.location().fileName().equals("beijing-2025-hangzhou-vouchers.yaml")) pick = l;
        assertTrue(pick != null, "the Beijing presets are offered");
        assertEquals("北京 2025 + 杭州式托育券（供需兼补）", pick.toString());
        ScenarioActions.Preset p = pick;
        robot.interact(() -> list.getSelectionModel().select(p));
        String about = robot.lookup("#preset-description").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(about.startsWith(p.document().descriptionZh().strip().substring(0, 8)), "the preset's description is shown: " + about);
        robot.clickOn((Node) robot.lookup("#preset-dialog .button").match(n -> n instanceof javafx.scene.control.Button
                && ((javafx.scene.control.Button) n).isDefaultButton()).query());
        settle();
        assertEquals(2, window.workspace().slots().size());
        robot.clickOn("#tab-compare");
        settle();
        org.tuoyu.sandbox.ui.compare.FrozenGrid cmp = window.layout().compare().comparison().grid();
        int rate = org.tuoyu.sandbox.ui.compare.ComparisonViewModel.ROWS.indexOf(org.tuoyu.sandbox.engine.Indicator.ENROLMENT_RATE);
        int budget = org.tuoyu.sandbox.ui.compare.ComparisonViewModel.ROWS.indexOf(org.tuoyu.sandbox.engine.Indicator.GENERAL_BUDGET);
        assertEquals("差值", cmp.table().subHeaders().get(2), "a difference column for the reform");
        String enrolDelta = cmp.cell(rate, 2).getText();
        assertTrue(enrolDelta.endsWith("个百分点"), enrolDelta);
        assertFalse(enrolDelta.startsWith("…"));

        // the comparison follows a lever move while it is shown (it went stale until a tab switch)
        String before = cmp.cell(budget, 1).getText();
        robot.interact(() -> window.workspace().setLever(window.workspace().selected(), null, LeverKey.VOUCHER_A2, 1500));
        settle();
        String after = cmp.cell(budget, 1).getText();
        assertNotEquals(before, after, "the reform's general budget moved in the table");
        assertEquals(text(robot, "#tile-budget") + " 亿元/年", after, "table and headline tile agree");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOverriddenCellResetsFromTheButtonAndEditsAreAutosaved(FxRobot robot) throws Exception {
        robot.interact(() -> window.workspace().editBaselineProperty().set(true));
        robot.interact(() -> window.workspace().setLever(window.workspace().baseline(), "yanqing", LeverKey.VOUCHER_A1, 500));
        robot.clickOn("#tab-overrides");
        TableView<DistrictEntry> ov = robot.lookup("#override-table").queryAs(TableView.class);
        TableColumn<DistrictEntry, ?> col = null;
        for (TableColumn<DistrictEntry, ?> c : ov.getColumns()) if (c.getUserData() instanceof LeverRow l && l.key() == LeverKey.VOUCHER_A1) col = c;
        int row = -1;
        for (int i = 0; i < ov.getItems().size(); i++) if (ov.getItems().get(i).id().equals("yanqing")) row = i;
        int r = row;
        TableColumn<DistrictEntry, ?> c = col;
        robot.interact(() -> ov.getSelectionModel().select(r, c));
        assertTrue(robot.lookup(".overridden").tryQuery().isPresent());
        // autosave runs two seconds after an edit
        Path manifest = window.recoverySlot().resolve("current");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(manifest));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the edit was not autosaved for crash recovery within 10 s");
        }
        robot.clickOn("#override-reset");
        settle();
        assertFalse(window.workspace().baseline().document().scenario().levers().districtOverrides().containsKey("yanqing"));
        assertFalse(robot.lookup(".overridden").tryQuery().isPresent());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.interact(() -> window.workspace().setLever(window.workspace().baseline(), null, LeverKey.PATERNITY_DAYS, 30));
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        settle();
        assertTrue(robot.lookup("#unsaved-dialog").tryQuery().isPresent(), "unsaved changes are asked about");
        robot.clickOn("取消");
        settle();
        assertTrue(stage.isShowing());
        assertTrue(stage.getTitle().startsWith("* "));
    }

    @Test
    void englishFromTheMenu(FxRobot robot) {
        robot.clickOn("#menu-language").clickOn("#mi-lang-en");
        settle();
        assertTrue(stage.getTitle().endsWith("Childcare Policy Sandbox"));
        assertTrue(text(robot, "#tile-fiscal-title").endsWith("(100m yuan)"));
        assertTrue(stage.getTitle().contains("Beijing 2025 baseline"), stage.getTitle());
        robot.clickOn("#menu-language").clickOn("#mi-lang-zh");
        settle();
    }

    /**
     * Slider moves with one reform open: every move reaches the charts. Prints the latencies (p50/p95) as a documented
     * measurement (docs/performance.md); speed is not asserted here, since a shared CI machine would make it flaky.
     */
    @Test
    void sliderToRedrawLatency(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                window.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        settle();
        Slider slider = inView(robot, "#lever-VOUCHER_A1", Slider.class);
        // warm up the JIT, then measure
        for (int i = 0; i < 20; i++) {
            double v = 100 + (i % 20) * 50;
            robot.interact(() -> slider.setValue(v));
        }
        window.latency().clear();
        window.drawnLatency().clear();
        long t0 = System.nanoTime();
        int moves = 80;
        for (int i = 0; i < moves; i++) {
            double v = 100 + (i % 40) * 40;
            robot.interact(() -> slider.setValue(v));
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        long total = System.nanoTime() - t0;
        double p50 = window.latency().percentileMillis(50), p95 = window.latency().percentileMillis(95);
        System.out.printf("slider→redraw (headless Monocle, sw pipeline, Beijing baseline + 1 reform, charts tab): "
                + "to charts drawn p50=%.2f p95=%.2f ms; to layout pulse n=%d p50=%.2f ms p95=%.2f ms; engine avg %.2f ms;"
                + " wall %.0f ms for %d moves%n",
                window.drawnLatency().percentileMillis(50), window.drawnLatency().percentileMillis(95),
                window.latency().count(), p50, p95, window.workspace().evaluations().averageMillis(), total / 1e6, moves);
        assertTrue(window.latency().count() > moves / 2, "the moves were redrawn: " + window.latency().count());
        assertTrue(window.drawnLatency().count() > 0, "the charts were drawn after the moves");
    }
}
