package org.tuoyu.sandbox.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.files.FileDialogs;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.main.MainWindow;
import org.tuoyu.sandbox.ui.scenarios.Evaluations;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/** The desktop app: opens the Beijing 2025 baseline (or the file given) and offers crash recovery. */
public final class SandboxApp extends Application {

    /** Opened when no file is given; the first that loads wins. */
    public static final List<String> DEFAULT_BASELINES = List.of("builtin:beijing-2025.yaml", "builtin:jiangmen-2024.yaml");

    private static ExecutorService engineThread;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        MainWindow w = createWindow(stage, args.isEmpty() ? null : args.get(0), SandboxHome.standard());
        stage.show();
        Integer bench = Integer.getInteger("tuoyu.sandbox.bench");
        if (bench != null) {
            org.tuoyu.sandbox.ui.main.SliderBenchmark.run(w, bench, line -> {
                System.out.println(line);
                Platform.exit();
            });
            return;
        }
        Platform.runLater(w::offerRecovery);
    }

    @Override
    public void stop() {
        if (engineThread != null) engineThread.shutdownNow();
    }

    /** Builds the window on {@code ref} (or the default baseline); used by the app and the UI tests. */
    public static MainWindow createWindow(Stage stage, String ref, SandboxHome home) {
        warmUpExport();
        Workspace ws = new Workspace(engineExecutor(), Platform::runLater, evaluationPolicy());
        String lang = home.get("language", I18n.Lang.ZH.name());
        ws.i18nProperty().set(new I18n("EN".equals(lang) ? I18n.Lang.EN : I18n.Lang.ZH));
        ScenarioDocument doc = null;
        ScenarioFileException problem = null;
        if (ref != null) {
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
        Location loc = doc.location();
        Path file = loc != null && !loc.isBuiltin() ? loc.path() : null;
        if (doc.isReform()) ws.resetWithReform(doc, file);
        else ws.reset(doc, file);
        MainWindow w = new MainWindow(stage, ws, home);
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

    private static boolean warmedUp;

    /** The spreadsheet library takes a second or two to load: load it now, off the UI thread, once. */
    private static synchronized void warmUpExport() {
        if (warmedUp) return;
        warmedUp = true;
        Thread t = new Thread(org.tuoyu.sandbox.export.ComparisonWorkbook::warmUp, "export-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
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
