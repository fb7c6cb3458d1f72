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
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.workshop.QrCode;

/**
 * The 课堂模式 / Workshop window: set up a workshop on the current baseline, start it (address, join code, QR code),
 * watch the groups arrive and submit, lock or reopen submissions, open a group as a reform tab, and at the end export
 * every group, save the workshop and print the handout. Closing the window stops the server.
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
        vm.levers().forEach(this::addLeverRow);
        vm.goals().forEach(this::addGoalRow);
        BorderPane root = new BorderPane();
        root.setId("workshop-window");
        root.getProperties().put(WorkshopViewModel.class, vm); // for tests that drive the window through its view-model
        root.setLeft(setup(addresses));
        root.setCenter(running());
        vm.addressProperty().addListener((o, a, at) -> showQr(at));
        stage.setTitle(i.pick("课堂模式", "Workshop") + (vm.base() == null ? "" : " — " + i.pick(vm.base().name(), vm.base().nameEn())));
        stage.setScene(new Scene(root, 1280, 720));
        if (owner != null) stage.initOwner(owner);
        stage.setOnHidden(e -> {
            vm.stop();
            background.shutdown(); // the stop above is its last job
        });
    }

    /** The app's 课堂 / Workshop menu with its 课堂模式… / Workshop mode… item. */
    public static Menu menu(Workspace ws, Window owner) {
        I18n i = ws.i18n();
        Menu m = new Menu(i.pick("课堂", "Workshop"));
        m.setId("menu-workshop");
        MenuItem start = new MenuItem(i.pick("课堂模式…", "Workshop mode…"));
        start.setId("mi-workshop");
        start.setOnAction(e -> open(ws, owner));
        m.getItems().add(start);
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
        Button addLever = new Button(i.pick("+ 杠杆", "+ lever"));
        addLever.setId("workshop-add-lever");
        addLever.setOnAction(e -> addLeverRow(vm.addLever(LeverKey.OPERATING_SUBSIDY_A2, 0, 3000)));
        Button addGoal = new Button(i.pick("+ 目标", "+ goal"));
        addGoal.setId("workshop-add-goal");
        addGoal.setOnAction(e -> addGoalRow(vm.addGoal(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, 0.2)));
        TextField year = new TextField(String.valueOf(vm.yearProperty().get()));
        year.setId("workshop-year");
        year.setPrefColumnCount(5);
        year.textProperty().addListener((o, a, t) -> {
            if (t.matches("\\d{4}")) vm.yearProperty().set(Integer.parseInt(t));
        });
        TextField port = new TextField(String.valueOf(vm.portProperty().get()));
        port.setId("workshop-port");
        port.setPrefColumnCount(5);
        port.textProperty().addListener((o, a, t) -> {
            if (t.matches("\\d{1,5}") && Integer.parseInt(t) <= 65535) vm.portProperty().set(Integer.parseInt(t));
        });
        ComboBox<String> bind = new ComboBox<>(FXCollections.observableArrayList(addresses));
        bind.setId("workshop-bind");
        bind.setEditable(true);
        bind.valueProperty().bindBidirectional(vm.bindProperty());
        Button start = new Button(i.pick("开始课堂", "Start workshop"));
        start.setId("workshop-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.serverProperty().isNotNull().or(vm.busyProperty()));
        Button stop = new Button(i.pick("结束课堂", "End workshop"));
        stop.setId("workshop-stop");
        stop.setOnAction(e -> vm.stop());
        stop.disableProperty().bind(vm.serverProperty().isNull());
        VBox box = new VBox(8, new Label(i.pick("开放给各组的杠杆与范围", "Levers the groups may move, with bounds")), leverRows,
                addLever, new Label(i.pick("目标", "Goals")), goalRows, addGoal,
                new HBox(6, new Label(i.pick("结果年份", "Year")), year),
                new HBox(6, new Label(i.pick("网络地址", "Address")), bind, new Label(i.pick("端口", "Port")), port),
                new Label(i.pick("选择教室网络的地址；127.0.0.1 只有本机能打开。", "Pick the classroom network's address; "
                        + "127.0.0.1 is this computer only.")),
                new HBox(6, start, stop));
        box.setPadding(new Insets(10));
        box.setPrefWidth(520);
        return box;
    }

    private VBox running() {
        Label address = new Label();
        address.setId("workshop-address");
        address.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        address.textProperty().bind(vm.addressProperty());
        Label code = new Label();
        code.setId("workshop-code");
        code.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        vm.serverProperty().addListener((o, a, s) -> code.setText(s == null ? "" : i.pick("课堂码 ", "Join code ") + s.workshop().code()));
        qr.setFitWidth(180);
        qr.setFitHeight(180);
        qr.setPreserveRatio(true);
        qr.setId("workshop-qr");
        HBox head = new HBox(16, qr, new VBox(8, address, code));
        columns();
        table.setId("workshop-groups");
        table.setPlaceholder(new Label(i.pick("还没有小组加入", "No group has joined yet")));
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
        table.getColumns().add(column(i.pick("名次", "Rank"), g -> String.valueOf(g.rank()), 50));
        table.getColumns().add(column(i.pick("小组", "Group"), WorkshopViewModel.GroupLine::name, 140));
        table.getColumns().add(column(i.pick("已提交", "Submitted"), g -> g.submitted() ? "✓" : "…", 70));
        table.getColumns().add(column(i.pick("达成目标", "Goals met"), g -> g.goalsMet() + " / " + g.goals(), 80));
        table.getColumns().add(column(i.pick("一般公共预算（较基线）", "General budget (vs baseline)"),
                g -> Fmt.moneyDelta(g.budgetChange(), i), 170));
        table.getColumns().add(column(i.pick("入托率（较基线）", "Enrolment rate (vs baseline)"),
                g -> Fmt.points(g.rateChange(), i), 150));
        table.getColumns().add(column(i.pick("政策", "Policy"), WorkshopViewModel.GroupLine::levers, 420));
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
                .then(i.pick("锁定提交", "Lock submissions")).otherwise(i.pick("重新开放提交", "Reopen submissions")));
        lock.setOnAction(e -> vm.setOpen(!vm.openProperty().get()));
        Button reform = new Button(i.pick("作为改革方案打开", "Open as a reform tab"));
        reform.setId("workshop-open-reform");
        reform.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reform.setOnAction(e -> vm.openAsReform(table.getSelectionModel().getSelectedItem().token()));
        Button workbook = new Button(i.pick("导出比较工作簿…", "Export workbook…"));
        workbook.setId("workshop-export");
        workbook.setOnAction(e -> chooseFile("workshop.xlsx", "*.xlsx", vm::exportWorkbook));
        Button brief = new Button(i.pick("导出简报…", "Export brief…"));
        brief.setId("workshop-brief");
        brief.setOnAction(e -> chooseFile(i.pick("课堂简报.docx", "workshop-brief.docx"), "*.docx", vm::exportBrief));
        Button save = new Button(i.pick("保存课堂…", "Save workshop…"));
        save.setId("workshop-save");
        save.setOnAction(e -> chooseFolder());
        Button handout = new Button(i.pick("打印讲义…", "Handout…"));
        handout.setId("workshop-handout");
        handout.setOnAction(e -> chooseFile(i.pick("课堂讲义.docx", "workshop-handout.docx"), "*.docx", vm::handout));
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

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(i.pick("选择保存课堂的上级文件夹", "Choose the folder to save the workshop in"));
        File f = dc.showDialog(stage);
        if (f != null && vm.workshop() != null) vm.save(f.toPath().resolve(i.pick("课堂-", "workshop-") + vm.workshop().code()));
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

    private void addLeverRow(WorkshopViewModel.LeverRow r) {
        ComboBox<LeverKey> key = new ComboBox<>(FXCollections.observableArrayList(amountLevers()));
        key.setConverter(converter(k -> k == null ? "" : i.lever(k)));
        key.valueProperty().bindBidirectional(r.key);
        key.setPrefWidth(240);
        TextField min = field(r.min);
        TextField max = field(r.max);
        Button remove = new Button("×");
        HBox row = new HBox(4, key, min, new Label("–"), max, remove);
        row.getStyleClass().add("workshop-lever-row");
        remove.setOnAction(e -> {
            vm.levers().remove(r);
            leverRows.getChildren().remove(row);
        });
        leverRows.getChildren().add(row);
    }

    private void addGoalRow(WorkshopViewModel.GoalRow r) {
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
        HBox row = new HBox(4, ind, rel, value, remove);
        row.getStyleClass().add("workshop-goal-row");
        remove.setOnAction(e -> {
            vm.goals().remove(r);
            goalRows.getChildren().remove(row);
        });
        goalRows.getChildren().add(row);
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
