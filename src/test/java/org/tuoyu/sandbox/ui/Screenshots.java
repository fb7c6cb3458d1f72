package org.tuoyu.sandbox.ui;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.tuoyu.sandbox.app.SandboxApp;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.main.MainWindow;

/**
 * The screenshots of docs/ui.md, taken the same way each time (not a test: run it by hand under Xvfb):
 * {@code java -cp target/test-classes:target/classes:CP org.tuoyu.sandbox.ui.Screenshots 1366x768 en tab-effects OUT.png 3 [cmp-show-maps]}.
 * It opens the real window on the Beijing baseline, adds the first N presets below, selects the first reform and the
 * tab, selects 海淀 for the explanation, waits for every result and a few frames, and writes a snapshot of the scene.
 */
public final class Screenshots {

    private static final List<String> PRESETS = List.of("beijing-2025-hangzhou-vouchers.yaml", "beijing-2025-toddler-classes.yaml",
            "beijing-2025-seats-10-8-per-1000.yaml", "beijing-2025-maternity-allowance-158.yaml",
            "beijing-2025-japan-operating-payment.yaml", "beijing-2025-income-related-fee-cap.yaml",
            "beijing-2025-community-seats-low-coverage.yaml");

    private Screenshots() {}

    /** A main class that is not an Application, so that JavaFX on the class path (not modules) starts. */
    public static void main(String[] args) { Application.launch(Shot.class, args); }

    /** The application the launcher starts. */
    public static final class Shot extends Application {
        @Override
        public void start(Stage stage) throws Exception { shoot(stage, getParameters().getRaw()); }
    }

    private static void shoot(Stage stage, List<String> a) throws Exception {
        String[] size = a.get(0).split("x");
        boolean english = a.get(1).equals("en");
        String tab = a.get(2);
        File out = new File(a.get(3));
        int reforms = a.size() > 4 ? Integer.parseInt(a.get(4)) : 1;
        String press = a.size() > 5 ? a.get(5) : null; // a toggle to press, e.g. cmp-show-maps or map-mode-all
        Preferences prefs = Preferences.userRoot().node("tuoyu-sandbox-screenshots");
        prefs.put("language", english ? "EN" : "ZH");
        SandboxHome home = new SandboxHome(Files.createTempDirectory("sandbox-shots"), prefs);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
        MainWindow w = SandboxApp.createWindow(stage, null, home);
        stage.show();
        for (int k = 0; k < reforms; k++) w.actions().addPreset(Location.parse("builtin:" + PRESETS.get(k % PRESETS.size())));
        if (reforms > 0) w.workspace().select(w.workspace().slots().get(1));
        w.explainViewModel().select("haidian");
        TabPane views = (TabPane) w.root().lookup("#views");
        for (Tab t : views.getTabs()) if (tab.equals(t.getId())) views.getSelectionModel().select(t);
        if (press != null) ((ToggleButton) w.root().lookup("#" + press)).fire();
        waitForResults(w, stage, out);
    }

    private static void waitForResults(MainWindow w, Stage stage, File out) {
        PauseTransition p = new PauseTransition(Duration.seconds(1));
        p.setOnFinished(e -> {
            boolean done = w.workspace().slots().stream().allMatch(s -> s.result() != null)
                    && !w.uncertaintyViewModel().runningProperty().get();
            if (!done) { p.playFromStart(); return; }
            PauseTransition settle = new PauseTransition(Duration.seconds(3));
            settle.setOnFinished(f -> {
                WritableImage img = stage.getScene().snapshot(null);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out);
                    System.out.println("wrote " + out + " " + (int) img.getWidth() + "x" + (int) img.getHeight());
                } catch (java.io.IOException x) {
                    System.out.println("cannot write " + out + ": " + x.getMessage());
                }
                Platform.exit();
                System.exit(0);
            });
            settle.play();
        });
        p.play();
    }
}
