package org.tuoyu.sandbox.ui.workshop;

import com.google.zxing.common.BitMatrix;
import java.io.File;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.workshop.QrCode;
import org.tuoyu.sandbox.workshop.Workshop;

/**
 * The 课堂模式 / Workshop window: set up a workshop on the current baseline, start it (address, join code, QR code),
 * watch the groups arrive and submit, lock or reopen submissions, open a group as a reform tab, and at the end export
 * every group, save the workshop as a workspace file and print the handout; or reopen a saved workshop. Closing the
 * window stops the server.
 */
public final class WorkshopWindow {

    private final WorkshopViewModel vm;
    private final I18n i;
    private final Stage stage = new Stage();
    private final VBox leverRows = new VBox(4);
    private final VBox goalRows = new VBox(4);
    private final TableView<WorkshopViewModel.GroupLine> table = new TableView<>();
    private final ImageView qr = new ImageView();

    public WorkshopWindow(Workspace ws, ExecutorService background, Window owner) {
        this.vm = new WorkshopViewModel(ws, background, Platform::runLater);
        this.i = ws.i18n();
        List<String> addresses = localAddresses();
        vm.bindProperty().set(addresses.get(0));
        // The rows follow the view-model's lists: a reopened workshop brings its own levers and goals.
        vm.levers().addListener((ListChangeListener<WorkshopViewModel.LeverRow>) c -> leverRowsAgain());
        vm.goals().addListener((ListChangeListener<WorkshopViewModel.GoalRow>) c -> goalRowsAgain());
        leverRowsAgain();
        goalRowsAgain();
        BorderPane root = new BorderPane();
        root.setId("workshop-window");
        root.getProperties().put(WorkshopViewModel.class, vm); // for tests that drive the window through its view-model
        root.setLeft(setup(addresses));
        root.setCenter(running());
        vm.addressProperty().addListener((o, a, at) -> showQr(at));
        stage.setTitle(i.t("workshop.title") + (vm.base() == null ? "" : " — " + i.pick(vm.base().name(), vm.base().nameEn())));
        stage.setScene(new Scene(root, 1280, 720));
        if (owner != null) stage.initOwner(owner);
        // The teacher's clock: a once-a-second redraw of the time left, while a workshop runs.
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        vm.serverProperty().addListener((o, a, s) -> {
            if (s == null) clock.stop();
            else clock.play();
        });
        stage.setOnHidden(e -> {
            clock.stop();
            vm.stop();
            background.shutdown(); // the stop above is its last job
        });
    }

    /** The app's 课堂 / Workshop menu: 课堂模式…, and 复制分享码… / 粘贴分享码… for classes without a network. */
    public static Menu menu(Workspace ws, Window owner) {
        I18n i = ws.i18n();
        Menu m = new Menu(i.t("workshop.menu"));
        m.setId("menu-workshop");
        MenuItem start = new MenuItem(i.t("workshop.menu.open"));
        start.setId("mi-workshop");
        start.setOnAction(e -> open(ws, owner));
        ShareCodes share = new ShareCodes(ws);
        MenuItem copy = new MenuItem(i.t("share.copy"));
        copy.setId("mi-share-copy");
        copy.setOnAction(e -> share.copyDialog(owner));
        MenuItem paste = new MenuItem(i.t("share.paste"));
        paste.setId("mi-share-paste");
        paste.setOnAction(e -> share.pasteDialog(owner));
        m.getItems().addAll(start, new javafx.scene.control.SeparatorMenuItem(), copy, paste);
        return m;
    }

    public static WorkshopWindow open(Workspace ws, Window owner) {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "workshop");
            t.setDaemon(true);
            return t;
        });
        WorkshopWindow w = new WorkshopWindow(ws, pool, owner);
        w.stage.show();
        return w;
    }

    public WorkshopViewModel viewModel() { return vm; }

    public Stage stage() { return stage; }

    private VBox setup(List<String> addresses) {
        Button addLever = new Button(i.t("workshop.addLever"));
        addLever.setId("workshop-add-lever");
        addLever.setOnAction(e -> vm.addLever(LeverKey.OPERATING_SUBSIDY_A2, 0, 3000));
        Button addGoal = new Button(i.t("workshop.addGoal"));
        addGoal.setId("workshop-add-goal");
        addGoal.setOnAction(e -> vm.addGoal(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, 0.2));
        TextField year = number("workshop-year", vm.yearProperty(), "\\d{4}", 9999);
        TextField minutes = number("workshop-minutes", vm.minutesProperty(), "\\d{1,4}", 24 * 60);
        TextField port = number("workshop-port", vm.portProperty(), "\\d{1,5}", 65535);
        ComboBox<String> bind = new ComboBox<>(FXCollections.observableArrayList(addresses));
        bind.setId("workshop-bind");
        bind.setEditable(true);
        bind.valueProperty().bindBidirectional(vm.bindProperty());
        Button start = new Button(i.t("workshop.start"));
        start.setId("workshop-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.serverProperty().isNotNull().or(vm.busyProperty()));
        Button reopen = new Button(i.t("workshop.reopen"));
        reopen.setId("workshop-reopen");
        reopen.setOnAction(e -> chooseSaved());
        reopen.disableProperty().bind(start.disableProperty());
        Button stop = new Button(i.t("workshop.stop"));
        stop.setId("workshop-stop");
        stop.setOnAction(e -> vm.stop());
        stop.disableProperty().bind(vm.serverProperty().isNull());
        VBox form = new VBox(8, new Label(i.t("workshop.levers")), leverRows, addLever, new Label(i.t("workshop.goals")),
                goalRows, addGoal,
                new HBox(6, new Label(i.t("workshop.year")), year, new Label(i.t("workshop.minutes")), minutes),
                new HBox(6, new Label(i.t("workshop.address")), bind, new Label(i.t("workshop.port")), port),
                new Label(i.t("workshop.addressHint")));
        // What the groups were told stays as it was while the workshop runs.
        form.disableProperty().bind(vm.serverProperty().isNotNull().or(vm.busyProperty()));
        VBox box = new VBox(8, form, new HBox(6, start, reopen, stop));
        box.setPadding(new Insets(10));
        box.setPrefWidth(560);
        return box;
    }

    /** A whole-number field that follows {@code p} both ways (the view-model may set it: a reopened workshop). */
    private static TextField number(String id, javafx.beans.property.IntegerProperty p, String pattern, int max) {
        TextField f = new TextField(String.valueOf(p.get()));
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().addListener((o, a, t) -> {
            if (t.matches(pattern) && Integer.parseInt(t) <= max) p.set(Integer.parseInt(t));
        });
        p.addListener((o, a, v) -> {
            if (!f.getText().equals(String.valueOf(v))) f.setText(String.valueOf(v));
        });
        return f;
    }

    private VBox running() {
        Label address = new Label();
        address.setId("workshop-address");
        address.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        address.textProperty().bind(vm.addressProperty());
        Label code = new Label();
        code.setId("workshop-code");
        code.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        vm.serverProperty().addListener((o, a, s) -> code.setText(s == null ? "" : i.t("workshop.code", s.workshop().code())));
        qr.setFitWidth(180);
        qr.setFitHeight(180);
        qr.setPreserveRatio(true);
        qr.setId("workshop-qr");
        Label left = new Label();
        left.setId("workshop-time-left");
        left.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        left.textProperty().bind(vm.timeLeftProperty());
        HBox head = new HBox(16, qr, new VBox(8, address, code, left));
        columns();
        table.setId("workshop-groups");
        table.setPlaceholder(new Label(i.t("workshop.noGroups")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setId("workshop-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(8, head, table, actions(), message);
        box.setPadding(new Insets(10));
        return box;
    }

    private void columns() {
        table.getColumns().add(column(i.t("workshop.col.rank"), g -> String.valueOf(g.rank()), 50));
        table.getColumns().add(column(i.t("workshop.col.group"), WorkshopViewModel.GroupLine::name, 140));
        table.getColumns().add(column(i.t("workshop.col.submitted"), g -> g.submitted() ? "✓" : "…", 70));
        table.getColumns().add(column(i.t("workshop.col.goals"), g -> g.goalsMet() + " / " + g.goals(), 80));
        for (Indicator ind : Workshop.BOARD) {
            // the board's result columns, under the catalogue's labels: money in 亿元, a rate in 百分点
            String label = i.label(ind);
            table.getColumns().add(column(i.t("workshop.col.change", Character.toUpperCase(label.charAt(0)) + label.substring(1)),
                    g -> ind.unit() == IndicatorUnit.SHARE ? Fmt.points(g.change(ind), i) : ind.unit().money()
                            ? Fmt.moneyDelta(g.change(ind), i) : Fmt.countDelta(g.change(ind)), 170));
        }
        table.getColumns().add(column(i.t("workshop.col.policy"), WorkshopViewModel.GroupLine::levers, 420));
        table.setItems(vm.groups());
    }

    private static TableColumn<WorkshopViewModel.GroupLine, String> column(String title,
            Function<WorkshopViewModel.GroupLine, String> text, double width) {
        TableColumn<WorkshopViewModel.GroupLine, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(text.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private HBox actions() {
        Button lock = new Button();
        lock.setId("workshop-lock");
        lock.textProperty().bind(javafx.beans.binding.Bindings.when(vm.openProperty())
                .then(i.t("workshop.lock")).otherwise(i.t("workshop.unlock")));
        lock.setOnAction(e -> vm.setOpen(!vm.openProperty().get()));
        Button reform = new Button(i.t("workshop.openReform"));
        reform.setId("workshop-open-reform");
        reform.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reform.setOnAction(e -> vm.openAsReform(table.getSelectionModel().getSelectedItem().token()));
        Button workbook = new Button(i.t("workshop.exportWorkbook"));
        workbook.setId("workshop-export");
        workbook.setOnAction(e -> chooseFile("workshop.xlsx", "*.xlsx", vm::exportWorkbook));
        Button brief = new Button(i.t("workshop.exportBrief"));
        brief.setId("workshop-brief");
        brief.setOnAction(e -> chooseFile(i.t("workshop.briefFile"), "*.docx", vm::exportBrief));
        Button save = new Button(i.t("workshop.save"));
        save.setId("workshop-save");
        save.setOnAction(e -> {
            if (vm.workshop() != null) chooseFile(i.t("workshop.saveFile", vm.workshop().code()), "*.tuoyu", vm::save);
        });
        Button handout = new Button(i.t("workshop.handout"));
        handout.setId("workshop-handout");
        handout.setOnAction(e -> chooseFile(i.t("workshop.handoutFile"), "*.docx", vm::handout));
        for (Button b : List.of(lock, workbook, brief, save, handout)) {
            b.disableProperty().bind(vm.serverProperty().isNull().or(vm.busyProperty()));
        }
        return new HBox(6, lock, reform, workbook, brief, save, handout);
    }

    private void chooseFile(String suggested, String pattern, java.util.function.Consumer<Path> then) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(suggested);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File f = fc.showSaveDialog(stage);
        if (f != null) then.accept(f.toPath());
    }

    private void chooseSaved() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("*.tuoyu", "*.tuoyu"));
        File f = fc.showOpenDialog(stage);
        if (f != null) vm.reopen(f.toPath());
    }

    private void showQr(String address) {
        if (address == null || address.isEmpty()) {
            qr.setImage(null);
            return;
        }
        BitMatrix m = QrCode.matrix(address);
        int scale = 4;
        int n = m.getWidth();
        WritableImage img = new WritableImage(n * scale, n * scale);
        PixelWriter px = img.getPixelWriter();
        for (int y = 0; y < n * scale; y++) {
            for (int x = 0; x < n * scale; x++) px.setColor(x, y, m.get(x / scale, y / scale) ? Color.BLACK : Color.WHITE);
        }
        qr.setImage(img);
    }

    private void leverRowsAgain() {
        List<javafx.scene.Node> rows = new ArrayList<>();
        for (WorkshopViewModel.LeverRow r : vm.levers()) rows.add(leverRow(r));
        leverRows.getChildren().setAll(rows);
    }

    private void goalRowsAgain() {
        List<javafx.scene.Node> rows = new ArrayList<>();
        for (WorkshopViewModel.GoalRow r : vm.goals()) rows.add(goalRow(r));
        goalRows.getChildren().setAll(rows);
    }

    /** Lever, where (the whole region or one district: a lever per district may be opened), bounds. */
    private HBox leverRow(WorkshopViewModel.LeverRow r) {
        ComboBox<LeverKey> key = new ComboBox<>(FXCollections.observableArrayList(amountLevers()));
        key.setConverter(converter(k -> k == null ? "" : i.lever(k)));
        key.valueProperty().bindBidirectional(r.key);
        key.setPrefWidth(220);
        List<String> places = new ArrayList<>();
        places.add("");
        if (vm.base() != null) {
            for (var d : vm.base().region().region().districts()) places.add(d.id());
        }
        if (r.district.get() != null && !places.contains(r.district.get())) places.add(r.district.get());
        ComboBox<String> where = new ComboBox<>(FXCollections.observableArrayList(places));
        where.setConverter(converter(id -> id == null || id.isEmpty() ? i.t("workshop.wholeRegion") : districtName(id)));
        where.setValue(r.district.get() == null ? "" : r.district.get());
        where.valueProperty().addListener((o, a, v) -> r.district.set(v == null || v.isEmpty() ? null : v));
        where.getStyleClass().add("workshop-lever-district");
        where.setPrefWidth(110);
        TextField min = field(r.min);
        TextField max = field(r.max);
        Button remove = new Button("×");
        remove.setOnAction(e -> vm.levers().remove(r));
        HBox row = new HBox(4, key, where, min, new Label("–"), max, remove);
        row.getStyleClass().add("workshop-lever-row");
        return row;
    }

    private String districtName(String id) {
        if (vm.base() != null) {
            for (var d : vm.base().region().region().districts()) {
                if (d.id().equals(id)) return i.pick(d.nameZh(), d.nameEn());
            }
        }
        return id;
    }

    private HBox goalRow(WorkshopViewModel.GoalRow r) {
        ComboBox<Indicator> ind = new ComboBox<>(FXCollections.observableArrayList(Indicator.at(Indicator.Scope.REGION)));
        ind.setConverter(converter(x -> x == null ? "" : i.pick(x.labelZh(), x.labelEn())));
        ind.valueProperty().bindBidirectional(r.indicator);
        ind.setPrefWidth(240);
        ComboBox<Target.Relation> rel = new ComboBox<>(FXCollections.observableArrayList(Target.Relation.AT_LEAST,
                Target.Relation.AT_MOST));
        rel.setConverter(converter(x -> x == null ? "" : x.symbol()));
        rel.valueProperty().bindBidirectional(r.relation);
        rel.setPrefWidth(70);
        TextField value = field(r.value);
        Button remove = new Button("×");
        remove.setOnAction(e -> vm.goals().remove(r));
        HBox row = new HBox(4, ind, rel, value, remove);
        row.getStyleClass().add("workshop-goal-row");
        return row;
    }

    private static TextField field(StringProperty p) {
        TextField f = new TextField();
        f.setPrefColumnCount(7);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static List<LeverKey> amountLevers() {
        List<LeverKey> out = new ArrayList<>();
        for (LeverKey k : LeverKey.values()) {
            if (k.unit() != LeverUnit.CHOICE && k.unit() != LeverUnit.FLAG) out.add(k);
        }
        return out;
    }

    /** This machine's IPv4 addresses on networks that are up, the classroom's likely first; loopback last. */
    static List<String> localAddresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) continue;
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLinkLocalAddress()) out.add(a.getHostAddress());
                }
            }
        } catch (SocketException e) {
            // no interfaces to list: this machine only
        }
        out.add("127.0.0.1");
        return out;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return f.apply(t); }

            @Override public T fromString(String s) { return null; }
        };
    }
}
