package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.tuoyu.sandbox.ui.files.FileOpener;
import org.tuoyu.sandbox.ui.files.SystemFileOpener;

/** After an export the window offers to open the file or show it in its folder; a failure says why, naming the file. */
class AfterExportTest extends RealWindowTest {

    /** What would have been launched: "open PATH" or "folder PATH". */
    private final List<String> launched = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private Path exportWorkbook(FxRobot robot, FileOpener opener) {
        Path out = home.resolve("比较.xlsx");
        window.exportViewModel().setTargetChooser(name -> out);
        window.exportViewModel().setOpener(opener, Runnable::run);
        robot.clickOn("#tb-export");
        // The dialog is in the scene graph a pulse before its window shows: wait until its buttons can be clicked.
        await(() -> robot.lookup("#written-open").match(NodeQueryUtils.isVisible()).tryQuery().isPresent(), 60,
                "the export-finished dialog");
        assertTrue(Files.exists(out));
        assertEquals(out.toAbsolutePath().toString(), robot.lookup("#written-path").queryAs(Label.class).getText());
        return out;
    }

    private final FileOpener recording = new FileOpener() {
        @Override public void open(Path file) { launched.add("open " + file); }

        @Override public void showInFolder(Path file) { launched.add("folder " + file); }
    };

    @Test
    void openTheFileAndShowInFolderHandTheWorkbookToTheDesktop(FxRobot robot) {
        Path out = exportWorkbook(robot, recording);
        robot.clickOn("#written-open");
        await(() -> !launched.isEmpty(), 10, "the launch");
        assertEquals(List.of("open " + out), launched);
        assertTrue(robot.lookup("#written-dialog").tryQuery().isEmpty(), "the dialog closes");
        launched.clear();
        exportWorkbook(robot, recording);
        robot.clickOn("#written-folder");
        await(() -> !launched.isEmpty(), 10, "the launch");
        assertEquals(List.of("folder " + out), launched);
    }

    @Test
    void aLauncherThatFailsIsReportedWithTheFileAndTheReason(FxRobot robot) {
        FileOpener broken = new FileOpener() {
            @Override public void open(Path file) throws IOException { throw new IOException("xdg-open: No such file or directory"); }

            @Override public void showInFolder(Path file) throws IOException { open(file); }
        };
        Path out = exportWorkbook(robot, broken);
        robot.clickOn("#written-open");
        await(() -> robot.lookup("#written-error").tryQuery().isPresent(), 10, "the error dialog");
        String header = robot.lookup("#written-error .header-panel .label").queryAs(Label.class).getText();
        assertTrue(header.contains(out.toAbsolutePath().toString()) && header.contains("无法打开"), header);
        String text = robot.lookup("#written-error .content").queryAs(Label.class).getText();
        assertTrue(text.contains("xdg-open"), text);
    }

    @Test
    void theSystemLaunchersAreThePlatformsOwn() throws IOException {
        Path f = home.resolve("a b.xlsx").toAbsolutePath();
        assertEquals(List.of("xdg-open", f.toString()), new SystemFileOpener(SystemFileOpener.Platform.LINUX).openCommand(f));
        assertEquals(List.of("xdg-open", home.toAbsolutePath().toString()),
                new SystemFileOpener(SystemFileOpener.Platform.LINUX).showInFolderCommand(f));
        assertEquals(List.of("explorer", "/select," + f), new SystemFileOpener(SystemFileOpener.Platform.WINDOWS).showInFolderCommand(f));
        assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler", f.toString()),
                new SystemFileOpener(SystemFileOpener.Platform.WINDOWS).openCommand(f));
        assertEquals(List.of("open", "-R", f.toString()), new SystemFileOpener(SystemFileOpener.Platform.MAC).showInFolderCommand(f));
        // A file that is gone is refused before anything is launched.
        try {
            new SystemFileOpener(SystemFileOpener.Platform.LINUX).open(f);
            throw new AssertionError("a missing file must be refused");
        } catch (java.nio.file.NoSuchFileException e) {
            assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        }
    }
}
