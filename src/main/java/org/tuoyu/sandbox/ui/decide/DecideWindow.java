package org.tuoyu.sandbox.ui.decide;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.tuoyu.sandbox.decide.Cost;
import org.tuoyu.sandbox.decide.Tornado;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.charts.ChartsView;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * The 目标求解 / Find a policy window: levers with bounds, targets, the cost; Find / Frontier / Tornado run in the
 * background with a progress bar and Cancel; the answer opens as a new reform tab; the charts export from their
 * context menu like every chart of the app.
 */
public final class DecideWindow {

    private final DecideViewModel vm;
    private final I18n i;
    private final Stage stage = new Stage();
    private final VBox leverRows = new VBox(4);
    private final VBox targetRows = new VBox(4);
    private final ChartViewer frontierChart;
    private final ChartViewer tornadoChart;

    public DecideWindow(Workspace ws, Executor background, Executor ui, Window owner) {
        this.vm = new DecideViewModel(ws, background, ui);
        this.i = ws.i18n();
        frontierChart = ChartsView.viewer(DecideCharts.emptyFrontier(i), "decide-frontier-chart", i);
        tornadoChart = ChartsView.viewer(DecideCharts.emptyTornado(i), "decide-tornado-chart", i);
        ScenarioDocument d = vm.base();
        if (d != null) {
            vm.addLever(LeverKey.VOUCHER_A2, 0, 3000);
            // A first target a user can read at once: two percentage points above the scenario's own rate.
            double now = Target.parse("enrolmentRate>=0", vm.yearProperty().get())
                    .read(org.tuoyu.sandbox.engine.Evaluator.evaluate(d.scenario()));
            vm.addTarget(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, Math.round(1000 * (now + 0.02)) / 1000.0);
        }
        vm.levers().forEach(this::addLeverRow);
        vm.targets().forEach(this::addTargetRow);
        vm.frontierProperty().addListener((o, a, f) -> showFrontier(f));
        vm.tornadoProperty().addListener((o, a, t) -> showTornado(t));
        BorderPane root = new BorderPane();
        root.setId("decide-window");
        root.getProperties().put(DecideViewModel.class, vm); // for tests that drive the window through its view-model
        root.setLeft(form());
        TabPane charts = new TabPane(new Tab(i.t("decide.frontier"), frontierChart),
                new Tab(i.t("decide.tornado"), tornadoChart));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(charts);
        stage.setTitle(d == null ? i.t("decide.title") : i.t("decide.titleOf", i.pick(d.name(), d.nameEn())));
        stage.setScene(new Scene(root, 1200, 700));
        if (owner != null) stage.initOwner(owner);
    }

    /**
     * The app's 分析 / Analysis menu with the 目标求解… / Find a policy… item; each window it opens computes on a
     * thread of its own, so closing the window leaves nothing running that the app must shut down.
     */
    public static Menu menu(Workspace ws, Window owner) {
        I18n i = ws.i18n();
        Menu m = new Menu(i.t("decide.menu"));
        m.setId("menu-analysis");
        MenuItem find = new MenuItem(i.t("decide.menuItem"));
        find.setId("mi-decide");
        find.setOnAction(e -> open(ws, owner));
        m.getItems().add(find);
        return m;
    }

    public static DecideWindow open(Workspace ws, Window owner) {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "decide");
            t.setDaemon(true);
            return t;
        });
        DecideWindow w = new DecideWindow(ws, pool, Platform::runLater, owner);
        w.stage.setOnHidden(e -> {
            w.vm.cancel();
            pool.shutdown();
        });
        w.show();
        return w;
    }

    public DecideViewModel viewModel() { return vm; }

    public Stage stage() { return stage; }

    public void show() { stage.show(); }

    private VBox form() {
        Button addLever = new Button(i.t("decide.addLever"));
        addLever.setId("decide-add-lever");
        addLever.setOnAction(e -> addLeverRow(vm.addLever(LeverKey.OPERATING_SUBSIDY_A2, 0, 3000)));
        Button addTarget = new Button(i.t("decide.addTarget"));
        addTarget.setId("decide-add-target");
        addTarget.setOnAction(e -> addTargetRow(vm.addTarget(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, 0.2)));
        ComboBox<Cost.Measure> cost = new ComboBox<>(FXCollections.observableArrayList(Cost.Measure.values()));
        cost.setConverter(converter(m -> i.pick(m.labelZh(), m.labelEn())));
        cost.valueProperty().bindBidirectional(vm.measureProperty());
        CheckBox horizon = new CheckBox(i.t("decide.overHorizon"));
        horizon.selectedProperty().bindBidirectional(vm.overHorizonProperty());
        TextField year = new TextField(String.valueOf(vm.yearProperty().get()));
        year.setId("decide-year");
        year.setPrefColumnCount(5);
        year.textProperty().addListener((o, a, t) -> {
            if (t.matches("\\d{4}")) vm.yearProperty().set(Integer.parseInt(t));
        });
        Button find = new Button(i.t("decide.find"));
        find.setId("decide-find");
        find.setDefaultButton(true);
        find.setOnAction(e -> vm.findPolicy());
        Button frontier = new Button(i.t("decide.frontier"));
        frontier.setId("decide-frontier");
        frontier.setOnAction(e -> vm.runFrontier(12));
        Button tornado = new Button(i.t("decide.tornado"));
        tornado.setId("decide-tornado");
        tornado.setOnAction(e -> vm.runTornado());
        Button cancel = new Button(i.t("decide.cancel"));
        cancel.setId("decide-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        find.disableProperty().bind(vm.runningProperty());
        frontier.disableProperty().bind(vm.runningProperty());
        tornado.disableProperty().bind(vm.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("decide-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        TextArea msg = new TextArea();
        msg.setId("decide-message");
        msg.setEditable(false);
        msg.setWrapText(true);
        msg.setPrefRowCount(8);
        msg.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(8, new Label(i.t("decide.levers")), leverRows, addLever,
                new Label(i.t("decide.targets")), targetRows, addTarget,
                new HBox(6, new Label(i.t("decide.year")), year),
                new HBox(6, new Label(i.t("decide.minimise")), cost, horizon),
                new HBox(6, find, frontier, tornado, cancel), bar, msg);
        box.setPadding(new Insets(10));
        box.setPrefWidth(600); // lever names and district names are long in English
        return box;
    }

    private void addLeverRow(DecideViewModel.LeverRow r) {
        ComboBox<LeverKey> key = new ComboBox<>(FXCollections.observableArrayList(amountLevers()));
        key.setConverter(converter(k -> k == null ? "" : i.lever(k)));
        key.valueProperty().bindBidirectional(r.key);
        key.setPrefWidth(230);
        ComboBox<String> where = new ComboBox<>(FXCollections.observableArrayList(districts()));
        where.setConverter(converter(this::districtName));
        where.valueProperty().bindBidirectional(r.district);
        where.setPrefWidth(150); // at 130 px English showed "whole regi…"
        where.setMinWidth(Region.USE_PREF_SIZE);
        TextField min = field(r.min);
        TextField max = field(r.max);
        Button remove = new Button("×");
        HBox row = new HBox(4, key, where, min, new Label("–"), max, remove);
        row.getStyleClass().add("decide-lever-row");
        remove.setOnAction(e -> {
            vm.levers().remove(r);
            leverRows.getChildren().remove(row);
        });
        leverRows.getChildren().add(row);
    }

    private void addTargetRow(DecideViewModel.TargetRow r) {
        ComboBox<Indicator> ind = new ComboBox<>(FXCollections.observableArrayList(Indicator.at(Indicator.Scope.REGION)));
        ind.setConverter(converter(x -> x == null ? "" : i.label(x)));
        ind.valueProperty().bindBidirectional(r.indicator);
        ind.setPrefWidth(200);
        List<String> scopes = new java.util.ArrayList<>(districts());
        for (int q = 1; q <= 5; q++) scopes.add("Q" + q);
        ComboBox<String> where = new ComboBox<>(FXCollections.observableArrayList(scopes));
        where.setConverter(converter(this::districtName));
        where.valueProperty().bindBidirectional(r.where);
        where.setPrefWidth(150); // at 130 px English showed "whole regi…"
        where.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Target.Relation> rel = new ComboBox<>(FXCollections.observableArrayList(Target.Relation.AT_LEAST,
                Target.Relation.AT_MOST));
        rel.setConverter(converter(x -> x == null ? "" : x.symbol()));
        rel.valueProperty().bindBidirectional(r.relation);
        rel.setPrefWidth(76);
        rel.setMinWidth(Region.USE_PREF_SIZE); // squeezed, the row showed "..." instead of ≥ / ≤
        TextField value = field(r.value);
        Button remove = new Button("×");
        HBox row = new HBox(4, ind, where, rel, value, remove);
        row.getStyleClass().add("decide-target-row");
        remove.setOnAction(e -> {
            vm.targets().remove(r);
            targetRows.getChildren().remove(row);
        });
        targetRows.getChildren().add(row);
    }

    private static TextField field(javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static List<LeverKey> amountLevers() {
        List<LeverKey> out = new java.util.ArrayList<>();
        for (LeverKey k : LeverKey.values()) {
            if (k.unit() != LeverUnit.CHOICE && k.unit() != LeverUnit.FLAG) out.add(k);
        }
        return out;
    }

    private List<String> districts() {
        List<String> out = new java.util.ArrayList<>();
        out.add("");
        ScenarioDocument d = vm.base();
        if (d != null) for (District x : d.region().region().districts()) out.add(x.id());
        return out;
    }

    private String districtName(String id) {
        if (id == null || id.isEmpty()) return i.t("decide.wholeRegion");
        ScenarioDocument d = vm.base();
        if (d != null) {
            for (District x : d.region().region().districts()) {
                if (x.id().equals(id)) return i.pick(x.nameZh(), x.nameEn());
            }
        }
        return id;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return f.apply(t); }

            @Override public T fromString(String s) { return null; }
        };
    }

    private void showFrontier(DecideViewModel.FrontierView f) {
        if (f != null) frontierChart.setChart(DecideCharts.frontier(f, i));
    }

    private void showTornado(Tornado.Result t) {
        if (t != null) tornadoChart.setChart(DecideCharts.tornado(t, i));
    }
}
