package org.tuoyu.sandbox.ui.districts;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;
import org.tuoyu.sandbox.scenario.ImportReport.Kind;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.ui.files.FileDialogs;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The import's dialogs: choosers that remember the folder, and the report (what would change, what was refused). */
public class FxImportDialogs implements ImportDialogs {

    /** The report's order: what needs a look first, then what changes, then what is only worth knowing. */
    private static final List<Kind> ORDER = List.of(Kind.REJECTED, Kind.NO_DISTRICT, Kind.READ, Kind.NOTE,
            Kind.UNKNOWN_COLUMN, Kind.MISSING_COLUMN, Kind.COLUMN);

    private final Window owner;
    private final SandboxHome home;
    private final Supplier<I18n> i18n;

    public FxImportDialogs(Window owner, SandboxHome home, Supplier<I18n> i18n) {
        this.owner = owner;
        this.home = home;
        this.i18n = i18n;
    }

    private I18n i() { return i18n.get(); }

    private void startIn(FileChooser fc, String key) {
        String last = home.get(key, home.get("lastDir", null));
        if (last != null && new File(last).isDirectory()) fc.setInitialDirectory(new File(last));
    }

    @Override public Path chooseTable() {
        FileChooser fc = new FileChooser();
        fc.setTitle(i().t("import.chooseTable"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i().t("import.tables"), "*.xlsx", "*.csv"));
        startIn(fc, "lastImportDir");
        File f = fc.showOpenDialog(owner);
        if (f == null) return null;
        if (f.getParentFile() != null) home.put("lastImportDir", f.getParentFile().toString());
        return f.toPath();
    }

    @Override public Path chooseBaselineTarget(String suggestedFileName, Path folder) {
        FileChooser fc = new FileChooser();
        fc.setTitle(i().t("import.saveTitle"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i().t("file.yaml"), "*.yaml", "*.yml"));
        fc.setInitialFileName(suggestedFileName);
        if (folder != null && folder.toFile().isDirectory()) fc.setInitialDirectory(folder.toFile());
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    @Override public void showRefused(ScenarioFileException e) {
        var a = FileDialogs.brokenFile(owner, e, i());
        a.setHeaderText(i().t("import.refused"));
        a.show();
    }

    @Override public boolean review(ImportReport report, RegionDocument region) {
        I18n i = i();
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(i.t("import.title"));
        d.setResizable(true);
        d.setHeaderText(i.t("import.header", report.file() + (report.sheet().isEmpty() ? "" : " · " + report.sheet()),
                i.pick(region.region().nameZh(), region.region().nameEn())));
        d.getDialogPane().setId("import-dialog");
        ButtonType accept = new ButtonType(i.t("import.accept"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i.t("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(accept, cancel);
        Button acceptButton = (Button) d.getDialogPane().lookupButton(accept);
        acceptButton.setId("import-accept");
        acceptButton.setDisable(!report.changed());
        d.getDialogPane().lookupButton(cancel).setId("import-cancel");
        d.getDialogPane().setContent(content(report, region, i));
        // fits 1366×768 with the task bar; the table scrolls
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        d.getDialogPane().setPrefSize(Math.min(1000, screen.getWidth() - 40), Math.min(600, screen.getHeight() - 80));
        d.getDialogPane().setMinHeight(420);
        return d.showAndWait().orElse(cancel) == accept;
    }

    private VBox content(ImportReport report, RegionDocument region, I18n i) {
        Label summary = new Label(i.t("import.summary", report.districtRows(), report.of(Kind.READ).size(), report.unchanged(),
                report.of(Kind.REJECTED).size(), report.of(Kind.NO_DISTRICT).size()));
        summary.setId("import-summary");
        summary.setWrapText(true);
        Label then = new Label(i.t(report.changed() ? (report.anyRejected() ? "import.thenSome" : "import.then") : "import.nothing"));
        then.setId("import-then");
        then.setWrapText(true);
        TableView<Entry> table = table(report, region, i);
        Button copy = new Button(i.t("import.copy"));
        copy.setId("import-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(String.join("\n", report.lines()) + "\n");
            Clipboard.getSystemClipboard().setContent(c);
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, summary, table, new HBox(copy), then);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private TableView<Entry> table(ImportReport report, RegionDocument region, I18n i) {
        List<Entry> rows = new ArrayList<>();
        for (Kind k : ORDER) rows.addAll(report.of(k));
        TableView<Entry> t = new TableView<>(FXCollections.observableArrayList(rows));
        t.setId("import-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column(i.t("import.col.kind"), 110, e -> i.t("import.kind." + e.kind().name())));
        t.getColumns().add(column(i.t("import.col.where"), 80, Entry::where));
        t.getColumns().add(column(i.t("import.col.district"), 80, e -> district(region, e.district(), i)));
        t.getColumns().add(column(i.t("import.col.column"), 200, Entry::column));
        t.getColumns().add(column(i.t("import.col.old"), 80, Entry::oldValue));
        t.getColumns().add(column(i.t("import.col.new"), 80, Entry::newValue));
        t.getColumns().add(column(i.t("import.col.message"), 300, Entry::message));
        t.setPlaceholder(new Label(i.t("import.empty")));
        return t;
    }

    private static String district(RegionDocument region, String id, I18n i) {
        if (id.isEmpty()) return "";
        District d = region.region().district(id);
        return d == null ? id : i.pick(d.nameZh(), d.nameEn());
    }

    private static TableColumn<Entry, String> column(String title, double width, java.util.function.Function<Entry, String> value) {
        TableColumn<Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        // a long message wraps onto more lines (a Text wrapped to the column: a cell's own wrapping keeps one row
        // height); every cell shows whole in its tooltip too
        c.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.fontProperty().bind(fontProperty());
            }

            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });
        return c;
    }
}
