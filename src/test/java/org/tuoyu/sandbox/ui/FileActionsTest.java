package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.main.AppContext;
import org.tuoyu.sandbox.ui.main.DialogService;
import org.tuoyu.sandbox.ui.main.FileActions;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/** The File menu's actions without a window: a scripted DialogService answers every question. */
@ExtendWith(ApplicationExtension.class)
class FileActionsTest {

    /** Answers as scripted and records what it was asked. */
    static final class Scripted implements DialogService {
        Unsaved unsaved = Unsaved.CANCEL;
        Path saveTarget;
        List<Path> toOpen = List.of();
        Path workspace;
        final List<String> asked = new ArrayList<>();

        @Override public List<Path> chooseScenarioFiles() { return toOpen; }
        @Override public Path chooseWorkspaceFile() { return workspace; }
        @Override public Path chooseWorkspaceSaveTarget(String name) { asked.add("save-workspace " + name); return workspace; }
        @Override public Path chooseSaveTarget(String name) { asked.add("save-as " + name); return saveTarget; }
        @Override public Unsaved askUnsaved(List<String> names) { asked.add("unsaved " + names); return unsaved; }
        @Override public void showBrokenFile(ScenarioFileException e) { asked.add("broken " + e.keyPath()); }
        @Override public void showError(String header, String text) { asked.add("error " + header); }
        @Override public Optional<ScenarioActions.Preset> choosePreset(List<ScenarioActions.Preset> p) { return Optional.empty(); }
        Description description;
        @Override public Optional<Description> askDescription(String name, Description current, String source) {
            asked.add("describe " + name + " / " + current.zh() + " / " + source);
            return Optional.ofNullable(description);
        }
        @Override public Optional<String> askName(String current) { return Optional.of("改名"); }
        @Override public boolean confirmDelete(String name) { return true; }
        @Override public void tellBaselineCannotBeDeleted() { asked.add("baseline"); }
        @Override public Optional<Integer> askDraws(int current, int min, int max) { return Optional.empty(); }
        @Override public boolean askRestore() { return false; }
        boolean saveBaselineFirst = true;
        @Override public boolean confirmSaveBaselineFirst(String baseline, Path file) {
            asked.add("save-baseline-first " + baseline + " " + file.getFileName());
            return saveBaselineFirst;
        }
    }

    @Test
    void openSeveralSaveAndAskAboutUnsavedWork(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "scenario:\n  name: x\nregion: regions/beijing.yaml\nextends: beijing-2025.yaml\nlevers:\n  demand:\n    voucher:\n      A0: lots\n");
        Path good = dir.resolve("hangzhou.yaml");
        ScenarioFiles.save(ScenarioFiles.load(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml")), good);
        robot.interact(() -> {
            try {
                Workspace ws = new Workspace(Runnable::run, Runnable::run);
                ws.reset(ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml")), null);
                AppContext ctx = new AppContext(ws, new SandboxHome(dir.resolve("home"), Preferences.userRoot().node("tuoyu-sandbox-test")));
                Scripted d = new Scripted();
                FileActions files = new FileActions(ctx, d, s -> { }, () -> { });
                d.toOpen = List.of(broken, good);
                files.openChosen();
                assertTrue(d.asked.get(0).startsWith("broken "), d.asked.toString());
                assertEquals(2, ws.slots().size(), "the good file opened, the broken one changed nothing");

                ws.setLever(ws.selected(), null, LeverKey.VOUCHER_A2, 900);
                assertFalse(files.confirmDiscard(), "cancel keeps the work");
                d.unsaved = DialogService.Unsaved.SAVE;
                assertTrue(files.confirmDiscard());
                assertEquals(900, ScenarioFiles.load(good).scenario().levers().regionWide().get(LeverKey.VOUCHER_A2),
                        "save wrote the reform to its own file");
                ws.select(ws.baseline());
                files.delete();
                assertEquals("baseline", d.asked.get(d.asked.size() - 1), "the baseline cannot be deleted");
                ctx.close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aReformOnAnImportedBaselineNotSavedYetAsksToSaveTheBaselineFirstNamingItsFile(FxRobot robot, @TempDir Path dir) throws Exception {
        Path table = dir.resolve("t.csv");
        Files.writeString(table, "区名,普惠托位\n海淀,20000\n");
        Path target = dir.resolve("imported.yaml");
        robot.interact(() -> {
            try {
                Workspace ws = new Workspace(Runnable::run, Runnable::run);
                ws.reset(ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml")), null);
                AppContext ctx = new AppContext(ws, new SandboxHome(dir.resolve("home"), Preferences.userRoot().node("tuoyu-sandbox-test")));
                Scripted d = new Scripted();
                FileActions files = new FileActions(ctx, d, s -> { }, () -> { });
                ctx.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
                var report = org.tuoyu.sandbox.scenario.DistrictImport.read(table, ws.baseline().document().region());
                var r = org.tuoyu.sandbox.ui.districts.ImportedRegion.apply(report,
                        List.of(ws.baseline().document(), ws.slots().get(1).document()), target);
                ws.replaceAll(r.documents(), r.baselineFile(), r.region(), "import");
                d.saveTarget = dir.resolve("reform.yaml");
                d.saveBaselineFirst = false;
                assertFalse(files.save(ws.slots().get(1), false), "declined: nothing saved");
                assertEquals("save-baseline-first " + ws.baseline().displayName(ws.i18n()) + " imported.yaml", d.asked.get(d.asked.size() - 1));
                assertFalse(Files.exists(target) || Files.exists(d.saveTarget));
                d.saveBaselineFirst = true;
                assertTrue(files.save(ws.slots().get(1), false));
                assertTrue(Files.exists(target) && Files.exists(dir.resolve("imported.region.yaml")) && Files.exists(d.saveTarget),
                        "the baseline, its region file and the reform");
                assertFalse(ws.baseline().isModified() || ws.slots().get(1).isModified());
                ctx.close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aWorkspaceSavedAndOpenedAgainHasEveryScenarioItsColourYearAndSelection(FxRobot robot, @TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        robot.interact(() -> {
            try {
                Workspace ws = new Workspace(Runnable::run, Runnable::run);
                ws.reset(ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml")), null);
                AppContext ctx = new AppContext(ws, new SandboxHome(home, Preferences.userRoot().node("tuoyu-sandbox-test-ws")));
                Scripted d = new Scripted();
                FileActions files = new FileActions(ctx, d, s -> { }, () -> { });
                ctx.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
                ws.select(ws.baseline());
                ws.setLever(ws.baseline(), null, LeverKey.VOUCHER_A2, 777); // read-only baseline: a new reform
                ws.slots().get(1).colourProperty().set("#123456");
                ws.yearProperty().set(2031);
                ws.select(ws.slots().get(1));
                d.workspace = dir.resolve("研究"); // the extension is added
                assertTrue(files.saveWorkspace(false));
                Path saved = dir.resolve("研究.tuoyu");
                assertTrue(Files.isRegularFile(saved));
                assertTrue(ctx.actions().modified().isEmpty(), "the workspace holds every scenario: nothing unsaved");
                assertTrue(files.confirmDiscard());
                assertEquals(saved.toAbsolutePath(), ctx.home().recentWorkspaces().get(0), "first of the recent workspaces");

                Workspace ws2 = new Workspace(Runnable::run, Runnable::run);
                ws2.reset(ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml")), null);
                AppContext ctx2 = new AppContext(ws2, new SandboxHome(home, Preferences.userRoot().node("tuoyu-sandbox-test-ws")));
                FileActions files2 = new FileActions(ctx2, d, s -> { }, () -> { });
                Path broken = dir.resolve("broken.tuoyu");
                Files.writeString(broken, Files.readString(saved).replace("year: 2031", "year: 1900"));
                files2.open(broken);
                assertEquals("broken workspace.year", d.asked.get(d.asked.size() - 1));
                assertEquals(1, ws2.slots().size(), "a broken workspace changes nothing");

                files2.open(saved);
                assertEquals(3, ws2.slots().size());
                assertEquals(ws.baseline().name(), ws2.baseline().name());
                for (int i = 0; i < 3; i++) {
                    assertEquals(ws.slots().get(i).document().scenario(), ws2.slots().get(i).document().scenario(), "scenario " + i);
                    assertEquals(ws.slots().get(i).displayName(ws.i18n()), ws2.slots().get(i).displayName(ws2.i18n()));
                }
                assertEquals("#123456", ws2.slots().get(1).colour());
                assertEquals(777, ws2.slots().get(2).document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A2));
                assertEquals(2031, ws2.yearProperty().get());
                assertEquals(ws2.slots().get(1), ws2.selected());
                assertFalse(ws2.undoStack().canUndoProperty().get(), "opening a workspace is no edit");
                assertEquals(saved.toAbsolutePath(), files2.workspaceFile());
                ctx.close();
                ctx2.close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aDescriptionIsEditedUndoneAndSavedWithTheFile(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            try {
                Workspace ws = new Workspace(Runnable::run, Runnable::run);
                ws.reset(ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml")), null);
                AppContext ctx = new AppContext(ws, new SandboxHome(dir.resolve("home"), Preferences.userRoot().node("tuoyu-sandbox-test")));
                Scripted d = new Scripted();
                FileActions files = new FileActions(ctx, d, s -> { }, () -> { });
                ctx.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
                var reform = ws.selected();
                String before = reform.document().descriptionZh();
                assertFalse(before.isBlank(), "the preset has its description");
                files.describe();
                assertTrue(d.asked.get(d.asked.size() - 1).contains(before), "the dialog starts from the description");
                assertEquals(before, reform.document().descriptionZh(), "cancel changes nothing");

                d.description = new DialogService.Description("杭州式托育券，按户籍分档。\n来源：杭州市政府 2025", "Hangzhou-style vouchers");
                files.describe();
                assertEquals("杭州式托育券，按户籍分档。\n来源：杭州市政府 2025", reform.document().descriptionZh());
                assertTrue(reform.isModified());
                ws.undoStack().undo();
                assertEquals(before, reform.document().descriptionZh(), "undo brings the old description back");
                ws.undoStack().redo();
                d.saveTarget = dir.resolve("hz.yaml");
                assertTrue(files.save(reform, true));
                var again = ScenarioFiles.load(dir.resolve("hz.yaml"));
                assertEquals("杭州式托育券，按户籍分档。\n来源：杭州市政府 2025", again.descriptionZh());
                assertEquals("Hangzhou-style vouchers", again.descriptionEn());
                assertEquals(reform.document().scenario(), again.scenario(), "the levers did not move");
                ctx.close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
