package org.tuoyu.sandbox.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.WorkspaceDocument;
import org.tuoyu.sandbox.scenario.WorkspaceReader;
import org.tuoyu.sandbox.scenario.WorkspaceWriter;
import org.tuoyu.sandbox.ui.files.FileDialogs;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.main.MainWindow;
import org.tuoyu.sandbox.ui.scenarios.Evaluations;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/** The desktop app: opens the Beijing 2025 baseline (or the file given) and offers crash recovery. */
public final class SandboxApp extends Application {

    /** Opened when no file is given; the first that loads wins. */
    public static final List<String> DEFAULT_BASELINES = List.of("builtin:beijing-2025.yaml", "builtin:jiangmen-2024.yaml");

    private static ExecutorService engineThread;

    /**
     * Shows the window at once with a progress indicator; the scenario files, their calibration and
     * the preset library load on a thread of their own; then the real content replaces the indicator.
     * Start to interactive (JVM start to the first laid-out frame of the real content) goes to the
     * status bar and to standard output.
     */
    @Override
    public void start(Stage stage) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> args = getParameters().getRaw();
        String ref = args.isEmpty() ? null : args.get(0);
        SandboxHome home = SandboxHome.standard();
        I18n i = language(home);
        stage.setTitle(i.t(MainWindow.APP_TITLE_KEY));
        stage.setScene(Loading.scene(i));
        stage.show();
        Thread t = new Thread(() -> {
            Loaded loaded;
            try {
                loaded = load(ref);
            } catch (IllegalStateException e) {
                Platform.runLater(() -> {
                    FileDialogs.error(stage, i.t("error.title"), e.getMessage(), i).showAndWait();
                    Platform.exit();
                });
                return;
            }
            Platform.runLater(() -> opened(stage, loaded, home, jvmStart));
        }, "start-up");
        t.setDaemon(true);
        t.start();
    }

    private void opened(Stage stage, Loaded loaded, SandboxHome home, long jvmStart) {
        MainWindow w = createWindow(stage, loaded, home);
        Integer bench = Integer.getInteger("tuoyu.sandbox.bench");
        w.afterFirstResults(() -> {
            long ms = System.currentTimeMillis() - jvmStart;
            System.out.println("start-to-interactive: " + ms + " ms");
            w.reportStart(ms);
            afterFirstBands(w, SandboxApp::warmUp);
        });
        Platform.requestNextPulse();
        if (bench != null) {
            org.tuoyu.sandbox.ui.main.SliderBenchmark.run(w, bench, line -> {
                System.out.println(line);
                Platform.exit();
            });
            return;
        }
        Platform.runLater(w::offerRecovery);
    }

    /**
     * Runs {@code r} once the first band run (which starts after the first results) has ended, finished or not, so
     * that the warm-up below does not take the second core from the draws the user is waiting for.
     */
    private static void afterFirstBands(MainWindow w, Runnable r) {
        ReadOnlyBooleanProperty running = w.uncertaintyViewModel().runningProperty();
        running.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    running.removeListener(this);
                    r.run();
                }
            }
        });
    }

    /**
     * After the first results and bands are on screen, on one thread of its own so that it takes one core at most:
     * the preset library (every built-in scenario, each loaded and calibrated: about a second and a half on a quiet
     * 2-core machine), then the spreadsheet library (POI, a second or two). Opening the presets before it is done
     * waits for the same load, never a second one.
     */
    private static void warmUp() {
        Thread t = new Thread(() -> {
            ScenarioActions.library();
            org.tuoyu.sandbox.export.ComparisonWorkbook.warmUp();
        }, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static I18n language(SandboxHome home) {
        return new I18n("EN".equals(home.get("language", I18n.Lang.ZH.name())) ? I18n.Lang.EN : I18n.Lang.ZH);
    }

    @Override
    public void stop() {
        if (engineThread != null) engineThread.shutdownNow();
    }

    /** What start-up loaded: the document to open, and the problem with the file asked for, if any. */
    record Loaded(ScenarioDocument doc, ScenarioFileException problem, WorkspaceDocument workspace, Path workspaceFile) {
        Loaded(ScenarioDocument doc, ScenarioFileException problem) { this(doc, problem, null, null); }
    }

    /** Loads {@code ref} (or the first default baseline that loads); no toolkit needed. */
    static Loaded load(String ref) {
        ScenarioDocument doc = null;
        ScenarioFileException problem = null;
        if (ref != null && ref.toLowerCase(java.util.Locale.ROOT).endsWith(WorkspaceWriter.EXTENSION)) {
            try {
                WorkspaceDocument w = WorkspaceReader.read(Path.of(ref));
                return new Loaded(w.baseline(), null, w, Path.of(ref));
            } catch (ScenarioFileException e) {
                problem = e;
            }
        } else if (ref != null) {
            try {
                doc = ScenarioFiles.load(Location.parse(ref));
            } catch (ScenarioFileException e) {
                problem = e;
            }
        }
        for (int i = 0; doc == null && i < DEFAULT_BASELINES.size(); i++) {
            try {
                doc = ScenarioFiles.load(Location.parse(DEFAULT_BASELINES.get(i)));
            } catch (ScenarioFileException e) {
                if (problem == null && i == DEFAULT_BASELINES.size() - 1) problem = e;
            }
        }
        if (doc == null) throw new IllegalStateException("no baseline could be loaded: " + problem);
        return new Loaded(doc, problem);
    }

    /** Builds the window on {@code ref} (or the default baseline); used by the UI tests. */
    public static MainWindow createWindow(Stage stage, String ref, SandboxHome home) {
        return createWindow(stage, load(ref), home);
    }

    static MainWindow createWindow(Stage stage, Loaded loaded, SandboxHome home) {
        Workspace ws = new Workspace(engineExecutor(), Platform::runLater, evaluationPolicy());
        ws.i18nProperty().set(language(home));
        ScenarioDocument doc = loaded.doc();
        ScenarioFileException problem = loaded.problem();
        Location loc = doc.location();
        Path file = loc != null && !loc.isBuiltin() ? loc.path() : null;
        if (doc.isReform()) ws.resetWithReform(doc, file);
        else ws.reset(doc, file);
        MainWindow w = new MainWindow(stage, ws, home);
        if (loaded.workspace() != null) w.files().adopt(loaded.workspace(), loaded.workspaceFile());
        if (problem != null) {
            ScenarioFileException p = problem;
            Platform.runLater(() -> FileDialogs.brokenFile(stage, p, ws.i18n()).show());
        }
        return w;
    }

    /** {@code -Dtuoyu.sandbox.evaluations=FRAME|BACKGROUND|ADAPTIVE} (default ADAPTIVE), for measuring. */
    static Evaluations.Policy evaluationPolicy() {
        String p = System.getProperty("tuoyu.sandbox.evaluations", Evaluations.Policy.ADAPTIVE.name());
        try {
            return Evaluations.Policy.valueOf(p.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Evaluations.Policy.ADAPTIVE;
        }
    }

    private static synchronized ExecutorService engineExecutor() {
        if (engineThread == null) {
            engineThread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "engine");
                t.setDaemon(true);
                return t;
            });
        }
        return engineThread;
    }
}
