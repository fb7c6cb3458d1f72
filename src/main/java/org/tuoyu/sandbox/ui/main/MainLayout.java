package org.tuoyu.sandbox.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.charts.ChartExport;
import org.tuoyu.sandbox.ui.compare.ComparisonTabs;
import org.tuoyu.sandbox.ui.charts.ChartsView;
import org.tuoyu.sandbox.ui.charts.ChartsViewModel;
import org.tuoyu.sandbox.ui.charts.FanChartsView;
import org.tuoyu.sandbox.ui.effects.EffectsView;
import org.tuoyu.sandbox.ui.explain.ExplainView;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.levers.DistrictOverridesView;
import org.tuoyu.sandbox.ui.levers.LeversView;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.map.MapViewModel;
import org.tuoyu.sandbox.ui.results.DistrictResultsView;
import org.tuoyu.sandbox.ui.results.ResultsViewModel;
import org.tuoyu.sandbox.ui.results.TilesView;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.ui.i18n.ViewListeners;

/**
 * The window's content in one language: scenario bar (tabs, year, tool buttons), levers on the left,
 * tiles and result tabs in the middle, "why this number" on the right, status bar below. Charts, map
 * and fan charts redraw only while their tab is shown and catch up when it is shown again.
 */
public final class MainLayout {

    private final AppContext ctx;
    private final BorderPane root = new BorderPane();
    private final PauseTransition explainLater = new PauseTransition(Duration.millis(150));
    private final PauseTransition noticeLater = new PauseTransition(Duration.seconds(12));
    private ChartsView charts;
    private MapView map;
    private org.tuoyu.sandbox.ui.compare.MapTabView mapTabView;
    private ComparisonTabs compare;
    private FanChartsView fans;
    private EffectsView effects;
    private TabPane views;
    private Tab chartsTab, mapTab, fansTab, effectsTab, districtsTab, overridesTab, compareTab, yearsTab, compareChartsTab;
    private DistrictResultsView districtTable;
    private DistrictOverridesView overrides;
    private TabPane scenarioTabs;
    private Label status, notice, bandLabel;
    private ProgressBar bandProgress;
    private boolean chartsDirty = true, mapDirty = true, fansDirty = true;
    private boolean syncingTabs;

    public MainLayout(AppContext ctx, MenuBar menus, Node toolbar) {
        this.ctx = ctx;
        root.setId("main-root");
        explainLater.setOnFinished(e -> ctx.explain().refresh());
        noticeLater.setOnFinished(e -> notice.setText(""));
        root.setTop(new VBox(menus, scenarioBar(toolbar)));
        root.setCenter(center());
        root.setBottom(statusBar());
        root.getProperties().put(ChartExport.STATUS_KEY, (java.util.function.Consumer<String>) status::setText);
        resultsChanged();
    }

    public BorderPane root() { return root; }

    private Workspace ws() { return ctx.workspace(); }

    private I18n i18n() { return ws().i18n(); }

    private HBox scenarioBar(Node toolbar) {
        scenarioTabs = new TabPane();
        scenarioTabs.setId("scenario-tabs");
        scenarioTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        scenarioTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingTabs && b != null) ws().select((ScenarioSlot) b.getUserData());
        });
        scenarioTabs.setMinHeight(32);
        scenarioTabs.setMaxHeight(32);
        scenarioTabs.setMinWidth(120);
        syncScenarioTabs();
        Label yearLabel = new Label(i18n().t("main.year"));
        yearLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, scenarioTabs, yearLabel, yearPicker(), toolbar);
        HBox.setHgrow(scenarioTabs, Priority.ALWAYS);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The year box keeps its width however many scenario tabs compete for the bar. */
    private ComboBox<Integer> yearPicker() {
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("year");
        year.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fillYears = () -> {
            ScenarioSlot b = ws().baseline();
            if (b == null) return;
            var h = b.document().scenario().horizon();
            List<Integer> ys = new ArrayList<>();
            for (int y = h.firstYear(); y < h.firstYear() + h.years(); y++) ys.add(y);
            if (!year.getItems().equals(ys)) year.getItems().setAll(ys);
            year.setValue(ws().yearProperty().get());
        };
        fillYears.run();
        ViewListeners.onListChange(year, ws().slots(), (ListChangeListener<ScenarioSlot>) c -> fillYears.run());
        year.valueProperty().addListener((o, a, b) -> { if (b != null) ws().yearProperty().set(b); });
        ViewListeners.onChange(year, ws().yearProperty(), (o, a, b) -> year.setValue(b.intValue()));
        return year;
    }

    private SplitPane center() {
        I18n i = i18n();
        LeversView levers = new LeversView(ctx.levers(), i);
        TilesView tiles = new TilesView(ctx.results());
        views = new TabPane();
        views.setId("views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Each tab's content is built when the tab is first shown (or asked for): at start only the charts are.
        chartsTab = tab("tab-charts", i.t("tab.charts"));
        mapTab = tab("tab-map", i.t("tab.map"));
        compareTab = tab("tab-compare", i.t("tab.compare"));
        yearsTab = tab("tab-years", i.t("tab.years"));
        compareChartsTab = tab("tab-compare-charts", i.t("tab.compareCharts"));
        fansTab = tab("tab-uncertainty", i.t("tab.uncertainty"));
        effectsTab = tab("tab-effects", i.t("tab.effects"));
        districtsTab = tab("tab-districts", i.t("tab.districts"));
        overridesTab = tab("tab-overrides", i.t("tab.overrides"));
        views.getTabs().addAll(chartsTab, fansTab, mapTab, districtsTab, overridesTab, compareTab, compareChartsTab, yearsTab);
        views.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> tabShown(b));
        ctx.effects().setShown(false);
        syncEffectsTab();
        build(views.getSelectionModel().getSelectedItem()); // drawn by resultsChanged, once
        VBox middle = new VBox(6, tiles, views);
        middle.setPadding(new Insets(6));
        VBox.setVgrow(views, Priority.ALWAYS);
        SplitPane split = new SplitPane(levers, middle, new ExplainView(ctx.explain(), i));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24, 0.78); // at 1366 px the middle needs the room more than the explanation
        SplitPane.setResizableWithParent(levers, false);
        return split;
    }

    /** Builds the tab's content if it is not yet built. */
    private void build(Tab b) {
        if (b == chartsTab) charts();
        if (b == mapTab) map();
        if (b == fansTab) fans();
        if (b == effectsTab) effects();
        if (b == districtsTab) districts();
        if (b == overridesTab) overrides();
        if (b == compareTab || b == yearsTab || b == compareChartsTab) compare();
    }

    /** Builds the shown tab's content if need be, tells the views whether they show, redraws what is stale. */
    private void tabShown(Tab b) {
        build(b);
        if (districtTable != null) districtTable.setShown(b == districtsTab);
        if (overrides != null) overrides.setShown(b == overridesTab);
        if (b == chartsTab && chartsDirty) redrawCharts();
        if (b == fansTab && fansDirty) redrawFans();
        ctx.effects().setShown(b == effectsTab);
        if (b == mapTab && mapDirty) redrawMap();
        if (mapTabView != null) mapTabView.setShown(b == mapTab);
        if (compare != null) {
            compare.comparison().setShown(b == compareTab);
            compare.years().setShown(b == yearsTab);
            compare.charts().setShown(b == compareChartsTab);
        }
    }

    private HBox statusBar() {
        status = new Label();
        status.setId("status");
        notice = new Label();
        notice.setId("notice");
        bandProgress = new ProgressBar();
        bandProgress.setId("band-progress");
        bandProgress.setPrefWidth(90);
        bandProgress.setPrefHeight(12);
        bandLabel = new Label();
        bandLabel.setId("band-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, notice, status, gap, bandLabel, bandProgress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS);
        bar.setPadding(new Insets(2, 8, 2, 8));
        updateBandStatus();
        return bar;
    }

    private static Tab tab(String id, String text) {
        Tab t = new Tab(text);
        t.setId(id);
        return t;
    }

    /** The lever-effects tab is there only while a reform is selected. */
    void syncEffectsTab() {
        boolean want = ctx.effects().availableProperty().get();
        boolean has = views.getTabs().contains(effectsTab);
        if (want && !has) views.getTabs().add(effectsTab);
        if (!want && has) views.getTabs().remove(effectsTab);
    }

    void syncScenarioTabs() {
        syncingTabs = true;
        try {
            List<ScenarioSlot> slots = ws().slots();
            boolean same = scenarioTabs.getTabs().size() == slots.size();
            for (int k = 0; same && k < slots.size(); k++) same = scenarioTabs.getTabs().get(k).getUserData() == slots.get(k);
            if (!same) {
                scenarioTabs.getTabs().clear();
                for (ScenarioSlot s : slots) scenarioTabs.getTabs().add(scenarioTab(s, slots.indexOf(s)));
            }
            for (Tab t : scenarioTabs.getTabs()) {
                if (t.getUserData() == ws().selected()) scenarioTabs.getSelectionModel().select(t);
            }
        } finally {
            syncingTabs = false;
        }
    }

    private Tab scenarioTab(ScenarioSlot s, int index) {
        Tab t = new Tab();
        t.setUserData(s);
        t.setId("scenario-" + index);
        // short, as the comparison's legends and maps name it (a 40-character file name would take the bar); in full in the tooltip
        t.textProperty().bind(Bindings.createStringBinding(
                () -> (s.isModified() ? "* " : "") + org.tuoyu.sandbox.ui.compare.ComparisonViewModel.tabName(ws(), s),
                s.documentProperty(), s.modifiedProperty(), ws().baseline() == null ? s.documentProperty() : ws().baseline().documentProperty()));
        t.setTooltip(org.tuoyu.sandbox.ui.edit.Descriptions.tooltip(s.documentProperty(), i18n())); // the description, with its sources
        return t;
    }

    // ---- results ------------------------------------------------------------------------------

    void resultsChanged() {
        chartsDirty = true;
        mapDirty = true;
        fansDirty = true;
        if (fansTab.isSelected()) redrawFans();
        if (chartsTab.isSelected()) redrawCharts();
        if (mapTab.isSelected()) redrawMap();
        if (ctx.explain().districtId() != null) explainLater.playFromStart();
    }

    void fansChanged() {
        fansDirty = true;
        if (fansTab.isSelected()) redrawFans();
        updateBandStatus();
    }

    private void redrawFans() {
        ScenarioSlot s = ctx.results().slot();
        if (s == null || s.result() == null) return;
        fans().show(ChartsViewModel.fans(s.result(), ctx.uncertainty().result(s), i18n(), s.colour()));
        fansDirty = false;
    }

    private void redrawCharts() {
        ResultsViewModel r = ctx.results();
        if (r.slot() == null || r.current() == null) return;
        charts().show(ChartsViewModel.charts(r.slot().result(), r.current(), i18n()));
        chartsDirty = false;
    }

    private void redrawMap() {
        ResultsViewModel r = ctx.results();
        if (r.slot() == null || r.current() == null) return;
        var region = r.slot().document().region();
        map().show(MapViewModel.areas(region.region(), r.current(), r.reference(), i18n()),
                MapViewModel.shapes(region.mapResource()), ctx.explain().districtId(),
                org.tuoyu.sandbox.ui.compare.ComparisonViewModel.label(ws(), r.slot()), r.slot().colour());
        mapDirty = false;
    }

    /** A district clicked on a small map: that scenario and that district, everywhere. */
    private void pickOnSmallMap(ScenarioSlot slot, String id) {
        ws().select(slot);
        selectDistrict(id);
    }

    private void selectDistrict(String id) {
        ctx.explain().select(id);
        if (mapTab.isSelected()) redrawMap(); else mapDirty = true;
        if (compare != null) compare.charts().maps().select(id);
        if (mapTabView != null) mapTabView.all().select(id);
    }

    void updateBandStatus() {
        boolean on = ctx.uncertainty().runningProperty().get();
        bandProgress.setVisible(on);
        bandProgress.setProgress(on ? Math.max(0.01, ctx.uncertainty().progressProperty().get()) : 0);
        if (on) bandLabel.setText(i18n().t("status.uncertainty"));
        else if (ctx.uncertainty().lastMillis() > 0) {
            bandLabel.setText(i18n().t("status.uncertaintyDone", ctx.uncertainty().draws(), ctx.uncertainty().lastMillis()));
        } else bandLabel.setText("");
    }

    /** The status line (engine time, latency); replaced by the next update. */
    void setStatus(String text) { status.setText(text); }

    /** A message that the next latency figures do not overwrite; it goes after a while. */
    void showNotice(String text) {
        notice.setText(text);
        noticeLater.playFromStart();
    }

    // ---- the tabs' views, each built on first use ------------------------------------------------

    public ChartsView charts() {
        if (charts == null) {
            charts = new ChartsView(i18n());
            charts.setOnQuintileClicked(key -> ctx.explain().selectGroup(ChartsViewModel.group(key)));
            chartsTab.setContent(charts);
        }
        return charts;
    }

    public MapView map() {
        if (map == null) {
            map = new MapView(i18n(), ctx.shapes(), this::selectDistrict);
            // the selected scenario's map, or every open scenario's on one scale (decision 0044)
            mapTabView = new org.tuoyu.sandbox.ui.compare.MapTabView(map,
                    new org.tuoyu.sandbox.ui.compare.CompareMapsViewModel(ws(), true)::data, ctx.compare().revisionProperty(),
                    i18n(), this::pickOnSmallMap);
            mapTabView.all().select(ctx.explain().districtId());
            mapTabView.setShown(mapTab.isSelected());
            mapTab.setContent(mapTabView);
        }
        return map;
    }

    public FanChartsView fans() {
        if (fans == null) {
            fans = new FanChartsView(i18n());
            fansTab.setContent(fans);
        }
        return fans;
    }

    public EffectsView effects() {
        if (effects == null) {
            effects = new EffectsView(ctx.effects(), i18n());
            effectsTab.setContent(effects);
        }
        return effects;
    }

    public ComparisonTabs compare() {
        if (compare == null) {
            compare = new ComparisonTabs(ctx.compare(), i18n());
            compareTab.setContent(compare.comparison());
            yearsTab.setContent(compare.years());
            compareChartsTab.setContent(compare.charts());
            // a click on a small map selects its reform and the district everywhere, the explanation included
            compare.charts().maps().setOnPick(this::pickOnSmallMap);
            compare.charts().maps().select(ctx.explain().districtId());
        }
        return compare;
    }

    public DistrictResultsView districts() {
        if (districtTable == null) {
            districtTable = new DistrictResultsView(ctx.results(), i18n(), this::selectDistrict);
            districtsTab.setContent(districtTable);
        }
        return districtTable;
    }

    public DistrictOverridesView overrides() {
        if (overrides == null) {
            overrides = new DistrictOverridesView(ctx.levers(), i18n());
            overridesTab.setContent(overrides);
        }
        return overrides;
    }
}
