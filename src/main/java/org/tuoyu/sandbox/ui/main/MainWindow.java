package org.tuoyu.sandbox.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.charts.ChartsView;
import org.tuoyu.sandbox.ui.explain.ExplainView;
import org.tuoyu.sandbox.ui.explain.ExplainViewModel;
import org.tuoyu.sandbox.ui.files.FileDialogs;
import org.tuoyu.sandbox.ui.files.Recovery;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.levers.DistrictOverridesView;
import org.tuoyu.sandbox.ui.levers.LeversView;
import org.tuoyu.sandbox.ui.levers.LeversViewModel;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.results.DistrictResultsView;
import org.tuoyu.sandbox.ui.results.ResultsViewModel;
import org.tuoyu.sandbox.ui.results.TilesView;
import org.tuoyu.sandbox.ui.scenarios.CompareView;
import org.tuoyu.sandbox.ui.scenarios.CompareViewModel;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.ui.charts.FanChartsView;
import org.tuoyu.sandbox.ui.effects.EffectsView;
import org.tuoyu.sandbox.ui.effects.EffectsViewModel;
import org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel;
import org.tuoyu.sandbox.ui.workbook.ExportView;
import org.tuoyu.sandbox.ui.workbook.ExportViewModel;

/**
 * The main window: menus, scenario tabs, levers on the left, tiles and result views in the middle,
 * "why this number" on the right. View-models are made once; the views are rebuilt when the
 * language changes. Charts, map and comparison redraw only when visible.
 */
public final class MainWindow {

    public static final String APP_TITLE_KEY = "app.title";

    private final Stage stage;
    private final Workspace ws;
    private final SandboxHome home;
    private final Recovery recovery;
    private final ScenarioActions actions;
    private final LeversViewModel leversVm;
    private final ResultsViewModel resultsVm;
    private final CompareViewModel compareVm;
    private final ExplainViewModel explainVm;
    private final DistrictShapes shapes;
    private final ExportViewModel exportVm;
    private final UncertaintyViewModel uncertaintyVm;
    private final EffectsViewModel effectsVm;
    private EffectsView effects;
    private Tab effectsTab;
    private FanChartsView fans;
    private Tab fansTab;
    private boolean fansDirty = true;
    private javafx.scene.control.ProgressBar bandProgress;
    private Label bandLabel;
    private final ExportView exportView;
    private final LatencyMeter latency = new LatencyMeter(2000);
    private final PauseTransition autosave = new PauseTransition(Duration.seconds(2));
    private final PauseTransition explainLater = new PauseTransition(Duration.millis(150));

    private ChartsView charts;
    private MapView map;
    private CompareView compare;
    private DistrictResultsView districtTable;
    private TabPane views;
    private Tab chartsTab, mapTab, compareTab;
    private TabPane scenarioTabs;
    private Label status;
    private boolean chartsDirty = true, mapDirty = true;
    private long pendingRequest = -1;
    private Runnable frameTask;
    private long frameEnd;
    private final LatencyMeter layoutMeter = new LatencyMeter(2000);

    /** CSS and layout of the pulse that shows a new result. */
    public LatencyMeter layoutLatency() { return layoutMeter; }
    private final LatencyMeter drawn = new LatencyMeter(2000);
    private boolean syncingTabs;

    public MainWindow(Stage stage, Workspace ws, SandboxHome home) {
        this.stage = stage;
        this.ws = ws;
        this.home = home;
        Recovery r;
        try {
            r = new Recovery(home.recoveryDir());
        } catch (IOException e) {
            r = null;
        }
        this.recovery = r;
        this.actions = new ScenarioActions(ws);
        this.leversVm = new LeversViewModel(ws);
        this.resultsVm = new ResultsViewModel(ws);
        this.compareVm = new CompareViewModel(ws);
        this.explainVm = new ExplainViewModel(ws);
        this.exportVm = new ExportViewModel(ws);
        this.uncertaintyVm = new UncertaintyViewModel(ws, uncertaintyExecutor(), javafx.application.Platform::runLater,
                (ms, job) -> {
                    PauseTransition p = new PauseTransition(Duration.millis(ms));
                    p.setOnFinished(e -> job.run());
                    p.play();
                    return p::stop;
                }, UncertaintyViewModel.defaultThreads());
        uncertaintyVm.setDraws(Integer.getInteger("tuoyu.sandbox.draws", parseInt(home.get("draws", null), UncertaintyViewModel.DEFAULT_DRAWS)));
        this.effectsVm = new EffectsViewModel(ws, effectsExecutor(), javafx.application.Platform::runLater);
        effectsVm.availableProperty().addListener((o, a, b) -> syncEffectsTab());
        resultsVm.useBands(uncertaintyVm);
        exportVm.setBands(uncertaintyVm::fiscalBands);
        uncertaintyVm.revisionProperty().addListener((o, a, b) -> fansChanged());
        uncertaintyVm.runningProperty().addListener((o, a, b) -> updateBandStatus());
        uncertaintyVm.progressProperty().addListener((o, a, b) -> updateBandStatus());
        this.exportView = new ExportView(exportVm, stage, home, this::i18n, this::showStatus);
        DistrictShapes s;
        try {
            s = DistrictShapes.load(DistrictShapes.BEIJING);
        } catch (IOException e) {
            s = null;
        }
        this.shapes = s;

        resultsVm.revisionProperty().addListener((o, a, b) -> resultsChanged());
        ws.evaluations().setOnApplied(this::applied);
        ws.forkedProperty().addListener((o, a, b) -> { if (b != null) showNotice(i18n().t("status.forked", b.displayName(i18n()))); });
        noticeLater.setOnFinished(e -> { if (notice != null) notice.setText(""); });
        explainLater.setOnFinished(e -> explainVm.refresh());
        autosave.setOnFinished(e -> autosaveNow());
        ws.undoStack().canUndoProperty().addListener((o, a, b) -> updateTitle());
        ws.slots().addListener((ListChangeListener<ScenarioSlot>) c -> {
            while (c.next()) {
                for (ScenarioSlot sl : c.getAddedSubList()) {
                    sl.modifiedProperty().addListener((o, a, b) -> updateTitle());
                    sl.documentProperty().addListener((o, a, b) -> { autosave.playFromStart(); updateTitle(); });
                }
            }
            syncScenarioTabs();
            updateTitle();
            autosave.playFromStart();
        });
        for (ScenarioSlot sl : ws.slots()) {
            sl.modifiedProperty().addListener((o, a, b) -> updateTitle());
            sl.documentProperty().addListener((o, a, b) -> { autosave.playFromStart(); updateTitle(); });
        }
        ws.selectedProperty().addListener((o, a, b) -> { syncScenarioTabs(); updateTitle(); });

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(build(), Math.min(1500, screen.getWidth()), Math.min(920, screen.getHeight()));
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
            javafx.application.Platform.requestNextPulse();
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
            else shutdown();
        });
        updateTitle();
    }

    public Workspace workspace() { return ws; }

    public javafx.scene.Parent root() { return stage.getScene().getRoot(); }

    public LatencyMeter latency() { return latency; }

    public ScenarioActions actions() { return actions; }

    public ExportViewModel exportViewModel() { return exportVm; }

    public UncertaintyViewModel uncertaintyViewModel() { return uncertaintyVm; }

    public FanChartsView fanCharts() { return fans; }

    public MapView mapView() { return map; }

    public ExplainViewModel explainViewModel() { return explainVm; }

    private static int parseInt(String s, int def) {
        try {
            return s == null ? def : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    private static java.util.concurrent.ExecutorService uncertaintyThread, effectsThread;

    private static synchronized java.util.concurrent.Executor effectsExecutor() {
        if (effectsThread == null) {
            effectsThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "lever-effects");
                t.setDaemon(true);
                return t;
            });
        }
        return effectsThread;
    }

    public EffectsView effectsView() { return effects; }

    public EffectsViewModel effectsViewModel() { return effectsVm; }

    /** The lever-effects tab is there only while a reform is selected. */
    private void syncEffectsTab() {
        if (views == null) return;
        boolean want = effectsVm.availableProperty().get();
        boolean has = views.getTabs().contains(effectsTab);
        if (want && !has) views.getTabs().add(effectsTab);
        if (!want && has) views.getTabs().remove(effectsTab);
    }

    /** One thread hands the draws to MonteCarlo's own workers; shared by every window of the process. */
    private static synchronized java.util.concurrent.Executor uncertaintyExecutor() {
        if (uncertaintyThread == null) {
            uncertaintyThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "uncertainty");
                t.setDaemon(true);
                return t;
            });
        }
        return uncertaintyThread;
    }

    private I18n i18n() { return ws.i18n(); }

    // ---- layout -------------------------------------------------------------------------------

    private Parent build() {
        I18n i = i18n();
        BorderPane root = new BorderPane();
        root.setId("main-root");
        scenarioTabs = new TabPane();
        scenarioTabs.setId("scenario-tabs");
        scenarioTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        scenarioTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingTabs && b != null) ws.select((ScenarioSlot) b.getUserData());
        });
        scenarioTabs.setMinHeight(32);
        scenarioTabs.setMaxHeight(32);
        syncScenarioTabs();

        ComboBox<Integer> year = new ComboBox<>();
        year.setId("year");
        Runnable fillYears = () -> {
            ScenarioSlot b = ws.baseline();
            if (b == null) return;
            var h = b.document().scenario().horizon();
            java.util.List<Integer> ys = new java.util.ArrayList<>();
            for (int y = h.firstYear(); y < h.firstYear() + h.years(); y++) ys.add(y);
            if (!year.getItems().equals(ys)) year.getItems().setAll(ys);
            year.setValue(ws.yearProperty().get());
        };
        fillYears.run();
        ws.slots().addListener((ListChangeListener<ScenarioSlot>) c -> fillYears.run());
        year.valueProperty().addListener((o, a, b) -> { if (b != null) ws.yearProperty().set(b); });
        ws.yearProperty().addListener((o, a, b) -> year.setValue(b.intValue()));
        HBox scenarioBar = new HBox(8, scenarioTabs, new Label(i.t("main.year")), year, toolbar());
        HBox.setHgrow(scenarioTabs, Priority.ALWAYS);
        scenarioBar.setPadding(new Insets(2, 6, 2, 6));
        scenarioBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setTop(new VBox(menus(), scenarioBar));

        LeversView levers = new LeversView(leversVm, i);
        TilesView tiles = new TilesView(resultsVm);
        charts = new ChartsView(i);
        charts.setOnQuintileClicked(explainVm::selectGroup);
        map = new MapView(i, shapes, this::selectDistrict);
        districtTable = new DistrictResultsView(resultsVm, i, this::selectDistrict);
        DistrictOverridesView overrides = new DistrictOverridesView(leversVm, i);
        compare = new CompareView(compareVm, i);
        views = new TabPane();
        views.setId("views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        chartsTab = tab("tab-charts", i.t("tab.charts"), charts);
        mapTab = tab("tab-map", i.t("tab.map"), map);
        compareTab = tab("tab-compare", i.t("tab.compare"), compare);
        fans = new FanChartsView(i);
        fansTab = tab("tab-uncertainty", i.t("tab.uncertainty"), fans);
        fansDirty = true;
        effects = new EffectsView(effectsVm, i);
        effectsTab = tab("tab-effects", i.t("tab.effects"), effects);
        views.getTabs().addAll(chartsTab, fansTab, mapTab, tab("tab-districts", i.t("tab.districts"), districtTable),
                tab("tab-overrides", i.t("tab.overrides"), overrides), compareTab);
        Tab districtsTab = views.getTabs().get(3), overridesTab = views.getTabs().get(4);
        districtTable.setShown(false);
        overrides.setShown(false);
        views.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            districtTable.setShown(b == districtsTab);
            overrides.setShown(b == overridesTab);
            if (b == chartsTab && chartsDirty) redrawCharts();
            if (b == fansTab && fansDirty) redrawFans();
            effectsVm.setShown(b == effectsTab);
            if (b == mapTab && mapDirty) redrawMap();
            compare.setShown(b == compareTab);
        });
        effectsVm.setShown(false);
        syncEffectsTab();
        VBox center = new VBox(6, tiles, views);
        center.setPadding(new Insets(6));
        VBox.setVgrow(views, Priority.ALWAYS);
        ExplainView explain = new ExplainView(explainVm, i);
        SplitPane split = new SplitPane(levers, center, explain);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.23, 0.72);
        SplitPane.setResizableWithParent(levers, false);
        root.setCenter(split);

        status = new Label();
        status.setId("status");
        bandProgress = new javafx.scene.control.ProgressBar();
        bandProgress.setId("band-progress");
        bandProgress.setPrefWidth(90);
        bandProgress.setPrefHeight(12);
        bandLabel = new Label();
        bandLabel.setId("band-status");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        notice = new Label();
        notice.setId("notice");
        HBox bar = new HBox(8, notice, status, gap, bandLabel, bandProgress);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        updateBandStatus();
        bar.getStyleClass().add(Styles.STATUS);
        bar.setPadding(new Insets(2, 8, 2, 8));
        root.setBottom(bar);
        resultsChanged();
        return root;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    private MenuBar menus() {
        I18n i = i18n();
        Menu file = new Menu(i.t("menu.file"));
        file.setId("menu-file");
        MenuItem fromPreset = item("mi-new-preset", i.t("menu.newFromPreset"), "Shortcut+N", this::newFromPreset);
        MenuItem copy = item("mi-copy", i.t("menu.copy"), null, () -> actions.copySelected());
        MenuItem open = item("mi-open", i.t("menu.open"), "Shortcut+O", this::openDialog);
        Menu recent = new Menu(i.t("menu.recent"));
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        MenuItem save = item("mi-save", i.t("menu.save"), "Shortcut+S", () -> save(ws.selected(), false));
        MenuItem saveAs = item("mi-save-as", i.t("menu.saveAs"), "Shortcut+Shift+S", () -> save(ws.selected(), true));
        MenuItem export = item("mi-export", i.t("menu.export"), "Shortcut+E", exportView::exportNow);
        export.disableProperty().bind(exportVm.runningProperty());
        MenuItem brief = item("mi-brief", i.t("menu.brief"), null, exportView::briefNow);
        brief.disableProperty().bind(exportVm.runningProperty());
        MenuItem quit = item("mi-quit", i.t("menu.quit"), "Shortcut+Q", () -> {
            if (confirmDiscard()) { shutdown(); stage.close(); }
        });
        file.getItems().addAll(fromPreset, copy, new SeparatorMenuItem(), open, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, brief, new SeparatorMenuItem(), quit);

        Menu edit = new Menu(i.t("menu.edit"));
        edit.setId("menu-edit");
        MenuItem undo = item("mi-undo", i.t("menu.undo"), "Shortcut+Z", () -> ws.undoStack().undo());
        undo.disableProperty().bind(ws.undoStack().canUndoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> i.t("menu.undo") + " " + ws.undoStack().undoTextProperty().get(),
                ws.undoStack().undoTextProperty()));
        MenuItem redo = item("mi-redo", i.t("menu.redo"), "Shortcut+Y", () -> ws.undoStack().redo());
        redo.disableProperty().bind(ws.undoStack().canRedoProperty().not());
        redo.textProperty().bind(Bindings.createStringBinding(() -> i.t("menu.redo") + " " + ws.undoStack().redoTextProperty().get(),
                ws.undoStack().redoTextProperty()));
        MenuItem rename = item("mi-rename", i.t("menu.rename"), "F2", this::renameDialog);
        MenuItem delete = item("mi-delete", i.t("menu.delete"), null, this::deleteDialog);
        javafx.scene.control.CheckMenuItem editBaseline = new javafx.scene.control.CheckMenuItem(i.t("menu.editBaseline"));
        editBaseline.setId("mi-edit-baseline");
        editBaseline.selectedProperty().bindBidirectional(ws.editBaselineProperty());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), rename, delete, new SeparatorMenuItem(), editBaseline);

        Menu lang = new Menu(i.t("menu.language"));
        lang.setId("menu-language");
        ToggleGroup tg = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("中文");
        zh.setId("mi-lang-zh");
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("mi-lang-en");
        zh.setToggleGroup(tg);
        en.setToggleGroup(tg);
        (i.english() ? en : zh).setSelected(true);
        zh.setOnAction(e -> setLanguage(I18n.Lang.ZH));
        en.setOnAction(e -> setLanguage(I18n.Lang.EN));
        lang.getItems().addAll(zh, en);
        Menu settings = new Menu(i.t("menu.settings"));
        settings.setId("menu-settings");
        settings.getItems().add(item("mi-draws", i.t("menu.draws"), null, this::drawsDialog));
        MenuBar bar = new MenuBar(file, edit, settings, org.tuoyu.sandbox.ui.decide.DecideWindow.menu(ws, stage), lang);
        bar.setId("menubar");
        return bar;
    }

    /** The tool buttons at the right of the scenario bar. */
    private HBox toolbar() {
        I18n i = i18n();
        javafx.scene.control.Button export = new javafx.scene.control.Button(i.t("toolbar.export"));
        export.setId("tb-export");
        export.setTooltip(new javafx.scene.control.Tooltip(i.t("menu.export")));
        export.disableProperty().bind(exportVm.runningProperty());
        export.setOnAction(e -> exportView.exportNow());
        javafx.scene.control.Button brief = new javafx.scene.control.Button(i.t("toolbar.brief"));
        brief.setId("tb-brief");
        brief.setTooltip(new javafx.scene.control.Tooltip(i.t("menu.brief")));
        brief.disableProperty().bind(exportVm.runningProperty());
        brief.setOnAction(e -> exportView.briefNow());
        HBox tb = new HBox(4, new javafx.scene.control.Separator(Orientation.VERTICAL), export, brief);
        tb.setId("toolbar");
        tb.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return tb;
    }

    private static MenuItem item(String id, String text, String accel, Runnable r) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accel != null) m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> r.run());
        return m;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : home.recentFiles()) recent.getItems().add(item(null, p.toString(), null, () -> open(p)));
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n().t("menu.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void syncScenarioTabs() {
        if (scenarioTabs == null) return;
        syncingTabs = true;
        try {
            List<ScenarioSlot> slots = ws.slots();
            boolean same = scenarioTabs.getTabs().size() == slots.size();
            for (int k = 0; same && k < slots.size(); k++) same = scenarioTabs.getTabs().get(k).getUserData() == slots.get(k);
            if (!same) {
                scenarioTabs.getTabs().clear();
                for (ScenarioSlot s : slots) {
                    Tab t = new Tab();
                    t.setUserData(s);
                    t.setId("scenario-" + slots.indexOf(s));
                    t.textProperty().bind(Bindings.createStringBinding(
                            () -> (s.isModified() ? "* " : "") + (s == ws.baseline() ? i18n().t("scenario.baselineMark") : "") + s.displayName(i18n()),
                            s.documentProperty(), s.modifiedProperty()));
                    scenarioTabs.getTabs().add(t);
                }
            }
            for (Tab t : scenarioTabs.getTabs()) {
                if (t.getUserData() == ws.selected()) scenarioTabs.getSelectionModel().select(t);
            }
        } finally {
            syncingTabs = false;
        }
    }

    // ---- results and speed --------------------------------------------------------------------

    private void resultsChanged() {
        chartsDirty = true;
        mapDirty = true;
        fansDirty = true;
        if (fansTab != null && fansTab.isSelected()) redrawFans();
        if (chartsTab != null && chartsTab.isSelected()) redrawCharts();
        if (mapTab != null && mapTab.isSelected()) redrawMap();
        if (explainVm.districtId() != null) explainLater.playFromStart();
        updateStatus();
    }

    private void fansChanged() {
        fansDirty = true;
        if (fansTab != null && fansTab.isSelected()) redrawFans();
        updateBandStatus();
    }

    private void redrawFans() {
        ScenarioSlot s = resultsVm.slot();
        if (s == null || s.result() == null) return;
        fans.show(s.result(), uncertaintyVm.result(s));
        fansDirty = false;
    }

    private void updateBandStatus() {
        if (bandProgress == null) return;
        boolean on = uncertaintyVm.runningProperty().get();
        bandProgress.setVisible(on);
        bandProgress.setProgress(on ? Math.max(0.01, uncertaintyVm.progressProperty().get()) : 0);
        if (on) bandLabel.setText(i18n().t("status.uncertainty"));
        else if (uncertaintyVm.lastMillis() > 0) bandLabel.setText(i18n().t("status.uncertaintyDone", uncertaintyVm.draws(), uncertaintyVm.lastMillis()));
        else bandLabel.setText("");
    }

    private void redrawCharts() {
        if (resultsVm.slot() == null || resultsVm.current() == null) return;
        charts.show(resultsVm.slot().result(), resultsVm.current());
        chartsDirty = false;
    }

    private void redrawMap() {
        if (resultsVm.slot() == null || resultsVm.current() == null) return;
        map.show(resultsVm.slot().document().region().region(), resultsVm.current(), resultsVm.reference(), explainVm.districtId());
        mapDirty = false;
    }

    /** After a result is applied, the charts are drawn; the pulse then lays the frame out. */
    private void applied(org.tuoyu.sandbox.ui.scenarios.Evaluations.Applied a) {
        if (a.slot() == ws.selected()) {
            pendingRequest = a.requestedAt();
            drawn.add(System.nanoTime() - a.requestedAt());
        }
    }

    /** Move to charts drawn (evaluation, view-models, datasets, chart canvases), without the pulse. */
    public LatencyMeter drawnLatency() { return drawn; }

    /** After layout of the pulse that shows a new result: the slider-move to redrawn latency. */
    private void pulse() {
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
        if (status == null) return;
        I18n i = i18n();
        String s = i.t("status.engine", String.format("%.1f", ws.evaluations().averageMillis()));
        if (latency.count() > 0) {
            s += " · " + i.t("status.latency", String.format("%.1f", latency.percentileMillis(50)),
                    String.format("%.1f", latency.percentileMillis(95)), latency.count());
        }
        status.setText(s);
    }

    /** A message in the status bar until the next update. */
    private Label notice;
    private final PauseTransition noticeLater = new PauseTransition(Duration.seconds(12));

    /** A message that the next latency figures do not overwrite; it goes after a while. */
    private void showNotice(String text) {
        if (notice == null) return;
        notice.setText(text);
        noticeLater.playFromStart();
    }

    private void showStatus(String text) {
        if (status != null) status.setText(text);
    }

    private void selectDistrict(String id) {
        explainVm.select(id);
        if (mapTab.isSelected()) redrawMap(); else mapDirty = true;
    }

    // ---- title, language ----------------------------------------------------------------------

    private void updateTitle() {
        ScenarioSlot s = ws.selected();
        boolean modified = !actions.modified().isEmpty();
        String name = s == null ? "" : s.displayName(i18n()) + (s.file() != null ? " — " + s.file().getFileName() : "");
        stage.setTitle((modified ? "* " : "") + name + " — " + i18n().t(APP_TITLE_KEY));
    }

    public void setLanguage(I18n.Lang lang) {
        if (lang == i18n().lang()) return;
        ws.i18nProperty().set(new I18n(lang));
        home.put("language", lang.name());
        resultsVm.refresh();
        stage.getScene().setRoot(build());
        updateTitle();
    }

    // ---- scenarios ----------------------------------------------------------------------------

    private void newFromPreset() {
        I18n i = i18n();
        List<ScenarioActions.Preset> presets = actions.presets();
        if (presets.isEmpty()) return;
        ChoiceDialog<ScenarioActions.Preset> d = new ChoiceDialog<>(presets.get(0), presets);
        d.initOwner(stage);
        d.setTitle(i.t("preset.title"));
        d.setHeaderText(i.t("preset.header"));
        d.getDialogPane().setId("preset-dialog");
        Optional<ScenarioActions.Preset> pick = d.showAndWait();
        pick.ifPresent(actions::addPreset);
    }

    private void drawsDialog() {
        TextInputDialog d = new TextInputDialog(Integer.toString(uncertaintyVm.draws()));
        d.initOwner(stage);
        d.setTitle(i18n().t("menu.draws"));
        d.setHeaderText(i18n().t("draws.header", Integer.toString(UncertaintyViewModel.MIN_DRAWS), Integer.toString(UncertaintyViewModel.MAX_DRAWS)));
        d.getDialogPane().setId("draws-dialog");
        d.showAndWait().map(t -> parseInt(t.replace(",", ""), -1)).filter(n -> n > 0).ifPresent(n -> {
            uncertaintyVm.setDraws(n);
            home.put("draws", Integer.toString(uncertaintyVm.draws()));
        });
    }

    private void renameDialog() {
        ScenarioSlot s = ws.selected();
        if (s == null) return;
        TextInputDialog d = new TextInputDialog(s.displayName(i18n()));
        d.initOwner(stage);
        d.setTitle(i18n().t("rename.title"));
        d.setHeaderText(i18n().t("rename.header"));
        d.getDialogPane().setId("rename-dialog");
        d.showAndWait().map(String::trim).filter(t -> !t.isEmpty()).ifPresent(t -> ws.rename(s, i18n().english() ? s.name() : t, i18n().english() ? t : s.nameEn()));
    }

    private void deleteDialog() {
        ScenarioSlot s = ws.selected();
        if (s == null) return;
        if (s == ws.baseline()) {
            new Alert(Alert.AlertType.INFORMATION, i18n().t("delete.baseline")).showAndWait();
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n().t("delete.text", s.displayName(i18n())), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(i18n().t("delete.header"));
        a.getDialogPane().setId("delete-dialog");
        if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) ws.deleteScenario(s);
    }

    // ---- files --------------------------------------------------------------------------------

    private FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n().t("file.yaml"), "*.yaml", "*.yml"));
        String last = home.get("lastDir", null);
        if (last != null && new java.io.File(last).isDirectory()) fc.setInitialDirectory(new java.io.File(last));
        return fc;
    }

    private void openDialog() {
        FileChooser fc = chooser();
        fc.setTitle(i18n().t("menu.open"));
        java.io.File f = fc.showOpenDialog(stage);
        if (f != null) open(f.toPath());
    }

    /** Opens a file; a broken one shows the error dialog and changes nothing. */
    public void open(Path file) {
        try {
            if (!actions.sameRegionAsBaseline(file) && !confirmDiscard()) return;
            actions.open(file, true);
            home.addRecent(file);
            if (file.toAbsolutePath().getParent() != null) home.put("lastDir", file.toAbsolutePath().getParent().toString());
        } catch (ScenarioFileException e) {
            FileDialogs.brokenFile(stage, e, i18n()).show();
        }
    }

    /** Saves (or Save As); returns false when the user cancelled or the write failed. */
    public boolean save(ScenarioSlot s, boolean as) {
        if (s == null) return false;
        Path target = s.file();
        if (as || target == null) {
            FileChooser fc = chooser();
            fc.setTitle(i18n().t("menu.saveAs"));
            fc.setInitialFileName((s.document().location() != null ? s.document().location().fileName() : "scenario.yaml"));
            java.io.File f = fc.showSaveDialog(stage);
            if (f == null) return false;
            target = f.toPath();
        }
        try {
            actions.save(s, target);
            home.addRecent(target);
            updateTitle();
            return true;
        } catch (IOException e) {
            FileDialogs.error(stage, i18n().t("error.save", target), e.getMessage(), i18n()).showAndWait();
            return false;
        }
    }

    /** Asks about unsaved scenarios; true when it is fine to go on. */
    public boolean confirmDiscard() {
        List<ScenarioSlot> modified = actions.modified();
        if (modified.isEmpty()) return true;
        I18n i = i18n();
        ButtonType save = new ButtonType(i.t("close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i.t("close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i.t("close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        StringBuilder names = new StringBuilder();
        for (ScenarioSlot s : modified) names.append("• ").append(s.displayName(i18n())).append('\n');
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, names.toString(), save, discard, cancel);
        a.initOwner(stage);
        a.setHeaderText(i.t("close.header"));
        a.getDialogPane().setId("unsaved-dialog");
        ButtonType r = a.showAndWait().orElse(cancel);
        if (r == cancel) return false;
        if (r == save) {
            for (ScenarioSlot s : modified) if (!save(s, false)) return false;
        }
        return true;
    }

    private void autosaveNow() {
        if (recovery == null) return;
        try {
            if (actions.modified().isEmpty()) recovery.clear();
            else actions.autosave(recovery);
        } catch (IOException e) {
            status.setText(i18n().t("status.autosaveFailed", e.getMessage()));
        }
    }

    /** Offers to restore what the last run left in the recovery folder; true when restored. */
    public boolean offerRecovery() {
        if (recovery == null || !recovery.exists()) return false;
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n().t("recovery.text"), ButtonType.YES, ButtonType.NO);
        a.initOwner(stage);
        a.setHeaderText(i18n().t("recovery.header"));
        a.getDialogPane().setId("recovery-dialog");
        boolean yes = a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
        try {
            if (yes) actions.restore(recovery.read());
            recovery.clear();
        } catch (IOException | ScenarioFileException e) {
            FileDialogs.error(stage, i18n().t("recovery.failed"), e.getMessage(), i18n()).showAndWait();
            return false;
        }
        return yes;
    }

    /** A clean exit: the recovery copy is no longer needed. */
    public void shutdown() {
        autosave.stop();
        uncertaintyVm.setEnabled(false);
        if (recovery != null) {
            try {
                recovery.clear();
            } catch (IOException e) {
                // nothing to do on the way out
            }
        }
    }
}
