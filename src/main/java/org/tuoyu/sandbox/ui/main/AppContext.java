package org.tuoyu.sandbox.ui.main;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.tuoyu.sandbox.ui.effects.EffectsViewModel;
import org.tuoyu.sandbox.ui.explain.ExplainViewModel;
import org.tuoyu.sandbox.ui.files.Recovery;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.levers.LeversViewModel;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.results.ResultsViewModel;
import org.tuoyu.sandbox.ui.compare.ComparisonViewModel;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel;
import org.tuoyu.sandbox.ui.workbook.ExportViewModel;

/**
 * What one window works on, made once and outliving the views (which are rebuilt when the language
 * changes): the workspace, its view-models, the map, the recovery folder and the background threads,
 * which {@link #close()} shuts down.
 */
public final class AppContext implements AutoCloseable {

    private final Workspace ws;
    private final SandboxHome home;
    private final Recovery recovery;
    private final ScenarioActions actions;
    private final LeversViewModel levers;
    private final ResultsViewModel results;
    private final ComparisonViewModel compare;
    private final ExplainViewModel explain;
    private final ExportViewModel export;
    private final UncertaintyViewModel uncertainty;
    private final EffectsViewModel effects;
    private DistrictShapes shapes;
    private boolean shapesRead;
    private final ExecutorService uncertaintyThread = daemon("uncertainty");
    private final ExecutorService effectsThread = daemon("lever-effects");

    public AppContext(Workspace ws, SandboxHome home) {
        this.ws = ws;
        this.home = home;
        this.recovery = openRecovery(home);
        this.actions = new ScenarioActions(ws);
        this.levers = new LeversViewModel(ws);
        this.results = new ResultsViewModel(ws);
        this.compare = new ComparisonViewModel(ws);
        this.explain = new ExplainViewModel(ws);
        this.export = new ExportViewModel(ws);
        // One thread hands the draws to MonteCarlo's own workers.
        this.uncertainty = new UncertaintyViewModel(ws, uncertaintyThread, Platform::runLater, (ms, job) -> {
            PauseTransition p = new PauseTransition(Duration.millis(ms));
            p.setOnFinished(e -> job.run());
            p.play();
            return p::stop;
        }, UncertaintyViewModel.defaultThreads());
        uncertainty.setDraws(Integer.getInteger("tuoyu.sandbox.draws",
                FileActions.parseInt(home.get("draws", null), UncertaintyViewModel.DEFAULT_DRAWS)));
        this.effects = new EffectsViewModel(ws, effectsThread, Platform::runLater);
        results.useBands(uncertainty);
        export.setBands(uncertainty::fiscalBands);
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** No recovery folder (unwritable home) means no autosave, not no app. */
    private static Recovery openRecovery(SandboxHome home) {
        try {
            return new Recovery(home.recoveryDir());
        } catch (IOException e) {
            return null;
        }
    }

    /** Without the map file the map tab says so; everything else works. */
    private static DistrictShapes loadShapes() {
        try {
            return DistrictShapes.load(DistrictShapes.BEIJING);
        } catch (IOException e) {
            return null;
        }
    }

    public Workspace workspace() { return ws; }

    public SandboxHome home() { return home; }

    /** The recovery folder, or null when it cannot be made. */
    public Recovery recovery() { return recovery; }

    public ScenarioActions actions() { return actions; }

    public LeversViewModel levers() { return levers; }

    public ResultsViewModel results() { return results; }

    public ComparisonViewModel compare() { return compare; }

    public ExplainViewModel explain() { return explain; }

    public ExportViewModel export() { return export; }

    public UncertaintyViewModel uncertainty() { return uncertainty; }

    public EffectsViewModel effects() { return effects; }

    /** The district map, or null when it could not be read; read when first asked for (the map tab), not at start. */
    public DistrictShapes shapes() {
        if (!shapesRead) {
            shapes = loadShapes();
            shapesRead = true;
        }
        return shapes;
    }

    /** Stops the bands and the background threads (a window that closes). */
    @Override public void close() {
        uncertainty.setEnabled(false);
        uncertaintyThread.shutdownNow();
        effectsThread.shutdownNow();
    }
}
