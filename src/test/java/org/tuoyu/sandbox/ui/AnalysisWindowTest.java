package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.export.ComparisonWorkbook;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel;
import org.tuoyu.sandbox.engine.LeverKey;
import javafx.scene.control.Slider;

/** The analysis features in the real window (headless Monocle): export, uncertainty bands, lever effects. */
class AnalysisWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private void addHangzhouReform(FxRobot robot) {
        robot.interact(() -> {
            try {
                window.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMenuExportsTheBaselineAndItsReformToOneWorkbook(FxRobot robot) throws Exception {
        addHangzhouReform(robot);
        Path out = home.resolve("比较.xlsx");
        window.exportViewModel().setTargetChooser(name -> out);
        robot.clickOn("#menu-file").clickOn("#mi-export");
        await(() -> Files.exists(out) && !window.exportViewModel().runningProperty().get(), 30, "the workbook");
        assertEquals(out, window.exportViewModel().lastWrittenProperty().get());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) names.add(wb.getSheetName(s));
            assertTrue(names.containsAll(ComparisonWorkbook.SHEETS_ZH), names.toString());
            // The summary compares the two open scenarios: both names head its columns.
            StringBuilder all = new StringBuilder();
            for (Row row : wb.getSheet("概览")) {
                for (Cell c : row) if (c.getCellType() == CellType.STRING) all.append(c.getStringCellValue()).append('\n');
            }
            for (String name : List.of(window.workspace().baseline().document().name(),
                    ScenarioFiles.load(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml")).name())) {
                assertTrue(all.toString().contains(name), name + " missing from the summary:\n" + all);
            }
        }
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains(out.toString()));
    }

    @Test
    void aWorkbookOpenElsewhereIsNamedInTheErrorAndLeftAsItWas(FxRobot robot) throws Exception {
        Path out = home.resolve("open.xlsx");
        byte[] old = {1, 2, 3};
        Files.write(out, old);
        Files.writeString(home.resolve(".~lock.open.xlsx#"), "someone,host");
        window.exportViewModel().setTargetChooser(name -> out);
        var before = window.workspace().baseline().document();
        robot.clickOn("#tb-export");
        await(() -> robot.lookup("#export-error").tryQuery().isPresent(), 20, "the error dialog");
        String text = robot.lookup("#export-error .content").queryAs(Label.class).getText();
        assertTrue(text.contains(out.toAbsolutePath().toString()), text);
        assertArrayEquals(old, Files.readAllBytes(out), "the existing file is untouched");
        assertTrue(window.workspace().baseline().document() == before, "the work is untouched");
    }

    @Test
    void movingALeverCancelsAndRestartsTheBandsAndTheTilesShowP5ToP95(FxRobot robot) throws Exception {
        UncertaintyViewModel u = window.uncertaintyViewModel();
        robot.interact(() -> window.workspace().editBaselineProperty().set(true)); // this test edits the baseline's own bands
        // long enough to be caught running: re-calibrated draws (docs/uncertainty.md) cost about twice a plain one
        robot.interact(() -> u.setDraws(1500));
        await(() -> u.runningProperty().get(), 10, "a band run");
        assertTrue(robot.lookup("#band-progress").query().isVisible(), "the status bar shows progress");
        assertEquals("P5–P95：计算中…", text(robot, "#tile-fiscal-band"));
        int starts = u.startsProperty().get(), cancels = u.cancelsProperty().get();
        Slider slider = inView(robot, "#lever-VOUCHER_A2", Slider.class);
        // Read at the moment of the cancel: on a loaded machine the debounced restart may already have begun
        // by the time interact() returns.
        AtomicBoolean runningAtCancel = new AtomicBoolean(true);
        robot.interact(() -> {
            u.cancelsProperty().addListener((o, a, b) -> runningAtCancel.set(u.runningProperty().get()));
            slider.setValue(800);
        });
        assertEquals(cancels + 1, u.cancelsProperty().get(), "the lever move cancels the running band");
        assertFalse(runningAtCancel.get(), "the cancelled run stops at once");
        await(() -> u.startsProperty().get() == starts + 1, 5, "the restart after the debounce");
        await(() -> !u.runningProperty().get() && u.result(window.workspace().selected()) != null, 60, "the bands");
        String band = text(robot, "#tile-fiscal-band");
        assertTrue(band.matches("P5–P95：[0-9.,]+ – [0-9.,]+"), band);
        assertTrue(text(robot, "#tile-enrolment-band").matches("P5–P95：[0-9.]+% – [0-9.]+%"), text(robot, "#tile-enrolment-band"));
        assertEquals(800, window.workspace().selected().document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A2),
                "the bands belong to the document with the moved lever");
        robot.clickOn("#tab-uncertainty");
        WaitForAsyncUtils.waitForFxEvents();
        var fan = (org.jfree.data.xy.YIntervalSeriesCollection) window.fanCharts().fiscalChart().getXYPlot().getDataset();
        assertEquals(window.workspace().selected().document().scenario().horizon().years(), fan.getItemCount(0));
        System.out.printf("uncertainty: %d draws on %d thread(s) in %d ms (headless test)%n", u.draws(), u.threads(), u.lastMillis());
    }

    @Test
    void theWaterfallAppearsForAReformAndItsStepsAddUpToTheTotal(FxRobot robot) throws Exception {
        assertFalse(robot.lookup("#tab-effects").tryQuery().isPresent(), "no lever effects for the baseline alone");
        addHangzhouReform(robot);
        robot.clickOn("#tab-effects");
        await(() -> window.effectsViewModel().resultProperty().get() != null, 20, "the decomposition");
        WaitForAsyncUtils.waitForFxEvents();
        for (var chart : List.of(window.effectsView().costChart(), window.effectsView().enrolledChart())) {
            var ds = chart.getCategoryPlot().getDataset();
            assertEquals(5, ds.getColumnCount(), "four groups and the total");
            double sum = 0;
            for (int c = 0; c < 4; c++) sum += ds.getValue(0, c).doubleValue();
            double total = ds.getValue(0, 4).doubleValue();
            assertEquals(total, sum, 1e-9 * Math.max(1, Math.abs(total)));
            assertTrue(total > 0, "the voucher reform costs more and enrols more");
        }
        assertEquals("合计", window.effectsView().costChart().getCategoryPlot().getDataset().getColumnKey(4));
        var table = robot.lookup("#effects-table").queryAs(javafx.scene.control.TableView.class);
        assertEquals(5, table.getItems().size());
        robot.clickOn("#scenario-0");
        // the selection reaches the tab bar after the evaluation it starts, which a loaded machine delays
        await(() -> robot.lookup("#tab-effects").tryQuery().isEmpty(), 20, "the tab goes with the reform");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
