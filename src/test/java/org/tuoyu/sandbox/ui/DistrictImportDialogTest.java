package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.districts.DistrictImportAction;
import org.tuoyu.sandbox.ui.districts.FxImportDialogs;
import org.tuoyu.sandbox.ui.files.FxLoads;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * 文件 → 导入分区数据: the report is shown before anything changes; cancel leaves everything as it was, accept moves
 * the baseline and its reforms onto the new districts (one undo step), and a broken table gives the import's message.
 */
class DistrictImportDialogTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    /** Starts the import with the table and the save target chosen; the report dialog is the real one. */
    private void startImport(Path table, Path target) {
        Workspace ws = window.workspace();
        FxImportDialogs dialogs = new FxImportDialogs(stage, new org.tuoyu.sandbox.ui.files.SandboxHome(home,
                java.util.prefs.Preferences.userRoot().node("tuoyu-sandbox-test")), ws::i18n) {
            @Override public Path chooseTable() { return table; }

            @Override public Path chooseBaselineTarget(String suggested, Path folder) {
                assertTrue(suggested.endsWith("-imported.yaml"), suggested);
                return target;
            }
        };
        // showAndWait in the report dialog: started from the event queue, not from interact()
        Platform.runLater(() -> new DistrictImportAction(ws, dialogs, new FxLoads(stage, ws::i18n), m -> { }).run());
    }

    private Path table(District haidian, double newSeats) throws Exception {
        Path t = home.resolve("分区数据.csv");
        Files.writeString(t, "区名,普惠托位,常住人口\n" + haidian.nameZh() + "," + (long) newSeats + ",\n东城,,-5\n", StandardCharsets.UTF_8);
        return t;
    }

    @Test
    void theReportComesFirstCancelChangesNothingAcceptMovesTheResultsAndUndoTakesItBack(FxRobot robot) throws Exception {
        Workspace ws = window.workspace();
        robot.interact(() -> {
            try {
                window.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        ScenarioSlot base = ws.baseline(), reform = ws.slots().get(1);
        await(() -> base.result() != null && reform.result() != null, 60, "the first results");
        ScenarioDocument before = base.document(), reformBefore = reform.document();
        ScenarioResult resultBefore = base.result();
        District haidian = before.region().region().district("haidian");
        double seats = haidian.seats().inclusive() + 3000;
        Path table = table(haidian, seats);
        Path target = home.resolve("北京-导入.yaml");
        String undoBefore = ws.undoStack().undoTextProperty().get();

        startImport(table, target);
        await(() -> robot.lookup("#import-dialog").tryQuery().isPresent(), 30, "the report");
        @SuppressWarnings("unchecked")
        TableView<ImportReport.Entry> rows = robot.lookup("#import-table").queryAs(TableView.class);
        ImportReport.Entry changed = rows.getItems().stream().filter(e -> e.kind() == ImportReport.Kind.READ).findFirst().orElseThrow();
        assertEquals("haidian", changed.district());
        assertEquals(List.of(String.valueOf((long) haidian.seats().inclusive()), String.valueOf((long) seats)),
                List.of(changed.oldValue(), changed.newValue()));
        ImportReport.Entry refused = rows.getItems().stream().filter(e -> e.kind() == ImportReport.Kind.REJECTED).findFirst().orElseThrow();
        assertEquals("dongcheng", refused.district());
        assertTrue(refused.newValue().contains("-5"), "the refusal names the value: " + refused.newValue());
        assertEquals("第 3 行", refused.where(), "the refusal names the cell, in the UI's language");
        assertTrue(refused.message().startsWith("必须大于 0"), "the reason in the UI's language: " + refused.message());
        assertEquals(ImportReport.Kind.REJECTED, rows.getItems().get(0).kind(), "refusals come first");
        String summary = robot.lookup("#import-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("1 个值将改变") && summary.contains("1 个值被拒绝"), summary);

        robot.clickOn("#import-cancel");
        await(() -> robot.lookup("#import-dialog").tryQuery().isEmpty(), 10, "the report closes");
        assertSame(before, base.document(), "cancel changes nothing");
        assertSame(reformBefore, reform.document());
        assertFalse(Files.exists(target), "nothing is written before accepting");
        assertEquals(undoBefore, ws.undoStack().undoTextProperty().get(), "no undo step either");

        startImport(table, target);
        await(() -> robot.lookup("#import-dialog").tryQuery().isPresent(), 30, "the report again");
        robot.clickOn("#import-accept");
        await(() -> base.document() != before && reform.document() != reformBefore, 60, "the import applied");
        await(() -> base.result() != resultBefore && reform.result() != null
                && reform.result().first().totals() != null, 60, "the new results");
        assertEquals(seats, base.document().region().region().district("haidian").seats().inclusive());
        assertEquals(before.region().region().district("dongcheng").population(),
                base.document().region().region().district("dongcheng").population(), "a refused value keeps the current one");
        assertSame(base.document(), reform.document().parent(), "the reform stands on the new baseline");
        assertNotEquals(resultBefore.first().totals().seats(), base.result().first().totals().seats(), "the results move");
        Path regionFile = home.resolve("北京-导入.region.yaml");
        assertEquals(target, base.file(), "Save writes the baseline where the user said");
        assertTrue(base.isModified() && reform.isModified(), "both are unsaved until saved");
        assertFalse(Files.exists(target) || Files.exists(regionFile), "accepting writes nothing (decision 0043)");

        undoLeavesTheDiskAsItWas(robot, before, reformBefore, resultBefore, target, regionFile);

        // Redo, then Save: the region file and the baseline are written, and open with the numbers shown.
        robot.interact(() -> ws.undoStack().redo());
        assertEquals(seats, base.document().region().region().district("haidian").seats().inclusive());
        await(() -> base.result() != null && base.result().first().totals().seats() != resultBefore.first().totals().seats(),
                60, "the new results again");
        robot.interact(() -> {
            try {
                window.actions().save(base, target);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(Files.exists(target) && Files.exists(regionFile), "Save writes the baseline and its region file");
        assertFalse(base.isModified());
        ScenarioResult reopened = org.tuoyu.sandbox.engine.Evaluator.evaluate(ScenarioFiles.load(target).scenario());
        assertEquals(base.result().first().fiscal().total(), reopened.first().fiscal().total(), 1e-6);

        readsBackAsShown(robot, reform, seats);
    }

    /** Undo of an accepted import: the documents and the results as before, and the disk as before (nothing was written). */
    private void undoLeavesTheDiskAsItWas(FxRobot robot, ScenarioDocument before, ScenarioDocument reformBefore,
                                          ScenarioResult resultBefore, Path target, Path regionFile) throws Exception {
        Workspace ws = window.workspace();
        ScenarioSlot base = ws.baseline(), reform = ws.slots().get(1);
        robot.interact(() -> ws.undoStack().undo());
        assertSame(before, base.document(), "undo takes the import back");
        assertSame(reformBefore, reform.document());
        assertNotEquals(target, base.file());
        assertFalse(base.isModified(), "the baseline is as opened again");
        assertFalse(Files.exists(target) || Files.exists(regionFile), "nothing on disk to take back");
        await(() -> base.result() != null && base.result().first().totals().seats() == resultBefore.first().totals().seats(),
                60, "the results as before");
        assertEquals(resultBefore.first().fiscal().total(), base.result().first().fiscal().total(), 1e-6);
    }

    /** The reform saved alone, and the whole workspace, read back on the new districts with the numbers shown. */
    private void readsBackAsShown(FxRobot robot, ScenarioSlot reform, double seats) throws Exception {
        Path reformFile = home.resolve("杭州.yaml");
        robot.interact(() -> {
            try {
                window.actions().save(reform, reformFile);
                window.actions().saveWorkspace(home.resolve("all.tuoyu"));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        double shown = org.tuoyu.sandbox.engine.Evaluator.evaluate(reform.document().scenario()).last().fiscal().total();
        assertEquals(shown, org.tuoyu.sandbox.engine.Evaluator.evaluate(ScenarioFiles.load(reformFile).scenario()).last().fiscal().total(), 1e-6);
        var reread = org.tuoyu.sandbox.scenario.WorkspaceReader.read(home.resolve("all.tuoyu"));
        assertEquals(shown, org.tuoyu.sandbox.engine.Evaluator.evaluate(reread.scenarios().get(1).document().scenario()).last().fiscal().total(), 1e-6);
        assertEquals(seats, reread.scenarios().get(1).document().region().region().district("haidian").seats().inclusive());
    }

    @Test
    void aTableTheImportRefusesShowsItsMessageAndChangesNothing(FxRobot robot) throws Exception {
        Workspace ws = window.workspace();
        await(() -> ws.baseline().result() != null, 60, "the first result");
        ScenarioDocument before = ws.baseline().document();
        Path broken = home.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        startImport(broken, home.resolve("never.yaml"));
        await(() -> robot.lookup("#file-error").tryQuery().isPresent(), 30, "the refusal");
        String file = robot.lookup("#error-file").queryAs(Label.class).getText();
        assertTrue(file.contains("broken.xlsx"), file);
        String problem = robot.lookup("#error-problem").queryAs(Label.class).getText();
        assertTrue(problem.matches("^\\p{IsHan}.*"), "the import's message in the UI's language: " + problem);
        assertSame(before, ws.baseline().document());
        assertTrue(robot.lookup("#import-dialog").tryQuery().isEmpty());
    }
}
