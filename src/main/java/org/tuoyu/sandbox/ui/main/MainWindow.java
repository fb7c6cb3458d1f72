package org.tuoyu.sandbox.ui.main;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tuoyu.sandbox.ui.charts.FanChartsView;
import org.tuoyu.sandbox.ui.effects.EffectsView;
import org.tuoyu.sandbox.ui.effects.EffectsViewModel;
import org.tuoyu.sandbox.ui.explain.ExplainViewModel;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.scenarios.Evaluations;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel;
import org.tuoyu.sandbox.ui.workbook.ExportView;
import org.tuoyu.sandbox.ui.workbook.ExportViewModel;

/**
 * The main window: the stage, its title, the language switch, the autosave timer and the latency
 * meters. What it works on is the {@link AppContext}; what it shows is a {@link MainLayout} with a
 * {@link MainMenu} and a {@link MainToolBar}, rebuilt when the language changes; what the menus do
 * with files is {@link FileActions}, which asks through a {@link DialogService}.
 */
public final class MainWindow {

    public static final String APP_TITLE_KEY = "app.title";

    private final Stage stage;
    private final AppContext ctx;
    private final FileActions files;
    private final ExportView exportView;
    private final PauseTransition autosave = new PauseTransition(Duration.seconds(2));
    private final LatencyMeter latency = new LatencyMeter(2000);
    private final LatencyMeter layoutMeter = new LatencyMeter(2000);
    private final LatencyMeter drawn = new LatencyMeter(2000);
    private final long createdAt = System.nanoTime();
    private MainLayout layout;
    private long pendingRequest = -1;
    private Runnable frameTask;
    private long frameEnd;
    private java.util.List<Runnable> afterFirstResults = new java.util.ArrayList<>();

    public MainWindow(Stage stage, Workspace ws, SandboxHome home) {
        this.stage = stage;
        this.ctx = new AppContext(ws, home);
        this.files = new FileActions(ctx, new FxDialogService(stage, home, ws::i18n),
                new org.tuoyu.sandbox.ui.files.FxLoads(stage, ws::i18n), this::showStatus, this::updateTitle);
        this.exportView = new ExportView(ctx.export(), stage, home, ws::i18n, this::showStatus);
        // The draws compete with the first frame for the two cores: they start once the first results are shown.
        ctx.uncertainty().setEnabled(false);
        afterFirstResults(() -> ctx.uncertainty().setEnabled(true));
        listen();
        layout = buildLayout();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(layout.root(), Math.min(1500, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/tuoyu/sandbox/ui/app.css").toExternalForm());
        scene.addPostLayoutPulseListener(this::pulse);
        scene.addPreLayoutPulseListener(() -> {
            Runnable task = frameTask;
            frameTask = null;
            if (task != null) {
                task.run();
                frameEnd = System.nanoTime();
            }
        });
        ws.evaluations().setFrameScheduler(task -> {
            frameTask = task;
            Platform.requestNextPulse();
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) e.consume();
            else shutdown();
        });
        updateTitle();
    }

    /** Listeners on the context that outlive every layout. */
    private void listen() {
        Workspace ws = ctx.workspace();
        ctx.effects().availableProperty().addListener((o, a, b) -> onLayout(MainLayout::syncEffectsTab));
        ctx.uncertainty().revisionProperty().addListener((o, a, b) -> onLayout(MainLayout::fansChanged));
        ctx.uncertainty().runningProperty().addListener((o, a, b) -> onLayout(MainLayout::updateBandStatus));
        ctx.uncertainty().progressProperty().addListener((o, a, b) -> onLayout(MainLayout::updateBandStatus));
        ctx.results().revisionProperty().addListener((o, a, b) -> { onLayout(MainLayout::resultsChanged); updateStatus(); });
        ws.evaluations().setOnApplied(this::applied);
        ws.forkedProperty().addListener((o, a, b) -> {
            if (b != null) onLayout(l -> l.showNotice(ws.i18n().t("status.forked", b.displayName(ws.i18n()))));
        });
        autosave.setOnFinished(e -> files.autosaveNow());
        ws.undoStack().canUndoProperty().addListener((o, a, b) -> updateTitle());
        for (ScenarioSlot sl : ws.slots()) watch(sl);
        ws.slots().addListener((ListChangeListener<ScenarioSlot>) c -> {
            while (c.next()) for (ScenarioSlot sl : c.getAddedSubList()) watch(sl);
            onLayout(MainLayout::syncScenarioTabs);
            updateTitle();
            autosaveSoon();
        });
        ws.selectedProperty().addListener((o, a, b) -> { onLayout(MainLayout::syncScenarioTabs); updateTitle(); });
    }

    /** Events that come while the first layout is being built find none yet; it reads the state itself. */
    private void onLayout(java.util.function.Consumer<MainLayout> f) {
        if (layout != null) f.accept(layout);
    }

    private void watch(ScenarioSlot sl) {
        sl.modifiedProperty().addListener((o, a, b) -> updateTitle());
        sl.documentProperty().addListener((o, a, b) -> { autosaveSoon(); updateTitle(); });
    }

    private MainLayout buildLayout() {
        MainMenu menu = new MainMenu(ctx, files, new MainMenu.Hooks(exportView::exportNow, exportView::briefNow, this::quit, this::setLanguage), stage);
        return new MainLayout(ctx, menu.build(), MainToolBar.build(ctx, exportView::exportNow, exportView::briefNow));
    }

    private void quit() {
        if (files.confirmDiscard()) {
            shutdown();
            stage.close();
        }
    }

    private I18n i18n() { return ctx.workspace().i18n(); }

    // ---- what tests and the benchmark reach ---------------------------------------------------

    public AppContext context() { return ctx; }

    public Workspace workspace() { return ctx.workspace(); }

    public Parent root() { return stage.getScene().getRoot(); }

    public ScenarioActions actions() { return ctx.actions(); }

    public FileActions files() { return files; }

    public ExportViewModel exportViewModel() { return ctx.export(); }

    public UncertaintyViewModel uncertaintyViewModel() { return ctx.uncertainty(); }

    public EffectsViewModel effectsViewModel() { return ctx.effects(); }

    public ExplainViewModel explainViewModel() { return ctx.explain(); }

    public MainLayout layout() { return layout; }

    public FanChartsView fanCharts() { return layout.fans(); }

    public MapView mapView() { return layout.map(); }

    public EffectsView effectsView() { return layout.effects(); }

    /** Slider move to the end of layout of the pulse that shows it. */
    public LatencyMeter latency() { return latency; }

    /** CSS and layout of the pulse that shows a new result. */
    public LatencyMeter layoutLatency() { return layoutMeter; }

    /** Move to charts drawn (evaluation, view-models, datasets, chart canvases), without the pulse. */
    public LatencyMeter drawnLatency() { return drawn; }

    // ---- speed --------------------------------------------------------------------------------

    /** After a result is applied, the charts are drawn; the pulse then lays the frame out. */
    private void applied(Evaluations.Applied a) {
        // Evaluations asked for before the window existed (the start) are no slider moves.
        if (a.slot() == ctx.workspace().selected() && a.requestedAt() >= createdAt) {
            pendingRequest = a.requestedAt();
            drawn.add(System.nanoTime() - a.requestedAt());
        }
    }

    /**
     * Runs {@code r} once, after the layout of the first pulse that shows the selected scenario's results (at once
     * when that has happened): what the first screen does not need waits for it.
     */
    public void afterFirstResults(Runnable r) {
        if (afterFirstResults == null) r.run();
        else afterFirstResults.add(r);
    }

    /** After layout of the pulse that shows a new result: the slider-move to redrawn latency. */
    private void pulse() {
        if (afterFirstResults != null && ctx.workspace().selected() != null && ctx.workspace().selected().result() != null) {
            java.util.List<Runnable> due = afterFirstResults;
            afterFirstResults = null;
            due.forEach(Runnable::run);
        }
        if (frameEnd > 0) {
            layoutMeter.add(System.nanoTime() - frameEnd);
            frameEnd = 0;
        }
        if (pendingRequest < 0) return;
        latency.add(System.nanoTime() - pendingRequest);
        pendingRequest = -1;
        updateStatus();
    }

    private void updateStatus() {
        if (layout == null) return;
        I18n i = i18n();
        String s = i.t("status.engine", String.format("%.1f", ctx.workspace().evaluations().averageMillis()));
        if (latency.count() > 0) {
            s += " · " + i.t("status.latency", String.format("%.1f", latency.percentileMillis(50)),
                    String.format("%.1f", latency.percentileMillis(95)), latency.count());
        }
        layout.setStatus(s);
    }

    /** A message in the status bar until the next update. */
    private void showStatus(String text) {
        if (layout != null) layout.setStatus(text);
    }

    // ---- title, language, files ---------------------------------------------------------------

    private void updateTitle() {
        ScenarioSlot s = ctx.workspace().selected();
        boolean modified = !ctx.actions().modified().isEmpty();
        String name = s == null ? "" : s.displayName(i18n()) + (s.file() != null ? " — " + s.file().getFileName() : "");
        stage.setTitle((modified ? "* " : "") + name + " — " + i18n().t(APP_TITLE_KEY));
    }

    public void setLanguage(I18n.Lang lang) {
        if (lang == i18n().lang()) return;
        ctx.workspace().i18nProperty().set(new I18n(lang));
        ctx.home().put("language", lang.name());
        ctx.results().refresh();
        layout = buildLayout();
        stage.getScene().setRoot(layout.root());
        updateTitle();
        updateStatus();
    }

    /** Shows how long the app took from JVM start to its first interactive frame. */
    public void reportStart(long millis) {
        onLayout(l -> l.showNotice(i18n().t("status.started", Long.toString(millis))));
    }

    /** Opens a file; a broken one shows the error dialog and changes nothing. */
    public void open(Path file) { files.open(file); }

    /** Asks about unsaved scenarios; true when it is fine to go on. */
    public boolean confirmDiscard() { return files.confirmDiscard(); }

    /** Two quiet seconds after an edit, or at once when edits have kept coming for ten seconds. */
    private void autosaveSoon() {
        if (files.autosaveDue()) {
            autosave.stop();
            files.autosaveNow();
        } else {
            autosave.playFromStart();
        }
    }

    /** This window's recovery slot (tests look for the autosave there); null when there is none. */
    public Path recoverySlot() { return ctx.recovery() == null ? null : ctx.recovery().slot(); }

    /** Offers to restore what the last run left in the recovery folder; true when restored. */
    public boolean offerRecovery() { return files.offerRecovery(); }

    /** A clean exit: the recovery copy is no longer needed, the background threads stop. */
    public void shutdown() {
        autosave.stop();
        ctx.close();
        files.clearRecovery();
    }
}
