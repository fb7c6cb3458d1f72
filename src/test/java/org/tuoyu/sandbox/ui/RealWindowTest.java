package org.tuoyu.sandbox.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.tuoyu.sandbox.app.SandboxApp;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.main.MainWindow;

/**
 * The real main window, headless (Monocle), on the built-in baseline, with its own home folder and
 * preferences so tests leave nothing behind; dialogs left open by a test are closed after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class RealWindowTest {

    protected MainWindow window;
    protected Stage stage;
    protected Path home;

    /** Call from each test class's own {@code @Start} method: TestFX looks for it on the class itself. */
    protected void open(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("sandbox-window-test");
        Preferences prefs = Preferences.userRoot().node("tuoyu-sandbox-test");
        prefs.remove("language");
        window = SandboxApp.createWindow(stage, null, new SandboxHome(home, prefs));
        stage.show();
    }

    /**
     * The node, scrolled into view first: the levers run longer than a 1280×800 screen (long names wrap), and a click
     * on a node outside the scroll pane's viewport would land on whatever is drawn there.
     */
    /** Waits until the condition holds, read on the FX thread after its pending events (TestFX's waitFor). */
    protected static void await(java.util.function.BooleanSupplier ok, long seconds, String what) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS, () -> {
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                return ok.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting: " + what);
        }
    }

    protected <T extends javafx.scene.Node> T inView(FxRobot robot, String query, Class<T> type) {
        T n = robot.lookup(query).queryAs(type);
        robot.interact(() -> {
            for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.scene.Node content = sp.getContent();
                    javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double excess = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (excess > 0) sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / excess)));
                    break;
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage && w instanceof Stage) ((Stage) w).close();
            }
            window.workspace().undoStack().clear();
        });
    }
}
