package org.tuoyu.sandbox.ui.results;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.i18n.ViewListeners;

/** The district results table: sortable; Ctrl+C or the button copies it as tab-separated text. */
public final class DistrictResultsView extends BorderPane {

    private final TableView<DistrictRow> table = new TableView<>();
    private final I18n i18n;

    public DistrictResultsView(ResultsViewModel vm, I18n i18n, Consumer<String> onSelectDistrict) {
        this.i18n = i18n;
        table.setId("district-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<DistrictRow, String> name = new TableColumn<>(i18n.t("col.district"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(80);
        table.getColumns().add(name);
        for (DistrictTable.Column col : DistrictTable.COLUMNS) {
            TableColumn<DistrictRow, Double> tc = new TableColumn<>();
            // The catalogue's labels are long (财政成本（三个账户之和）): the header wraps instead of ending in "…".
            Label head = new Label(col.header(i18n));
            head.setWrapText(true);
            head.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            head.prefWidthProperty().bind(tc.widthProperty().subtract(8));
            tc.setGraphic(head);
            tc.setId("dcol-" + col.id());
            tc.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value(col)));
            tc.setCellFactory(c -> new TableCell<>() {
                @Override protected void updateItem(Double v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty || v == null ? null : col.text(v, i18n));
                }
            });
            tc.setStyle("-fx-alignment: CENTER-RIGHT;");
            tc.setPrefWidth(100);
            table.getColumns().add(tc);
        }
        this.vm = vm;
        javafx.collections.transformation.SortedList<DistrictRow> sorted = new javafx.collections.transformation.SortedList<>(rows);
        rows.setAll(vm.districts());
        ViewListeners.onListChange(table, vm.districts(), (javafx.collections.ListChangeListener<DistrictRow>) c -> {
            dirty = true;
            if (shown) sync();
        });
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> { if (b != null) onSelectDistrict.accept(b.id()); });
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> { if (copy.match(e)) { copy(); e.consume(); } });
        Button copyAll = new Button(i18n.t("results.copy"));
        copyAll.setId("copy-districts");
        copyAll.setOnAction(e -> copy());
        copyAll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the hint wraps, the button keeps its words
        Label hint = new Label(i18n.t("results.districtHint"));
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(8, hint, copyAll);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(table);
    }

    private final ResultsViewModel vm;
    private final javafx.collections.ObservableList<DistrictRow> rows = javafx.collections.FXCollections.observableArrayList();
    private boolean shown = true;
    private boolean dirty;

    /** Hidden, the table skips updates and catches up when its tab shows again. */
    public void setShown(boolean s) {
        shown = s;
        if (s && dirty) sync();
    }

    private void sync() {
        dirty = false;
        DistrictRow sel = table.getSelectionModel().getSelectedItem();
        rows.setAll(vm.districts());
        if (sel != null) {
            for (DistrictRow r : table.getItems()) {
                if (r.id().equals(sel.id())) { table.getSelectionModel().select(r); break; }
            }
        }
    }

    public TableView<DistrictRow> table() { return table; }

    /** Copies the selected rows, or every row when none is selected, as TSV. */
    public String copy() {
        var rows = table.getSelectionModel().getSelectedItems().size() > 1
                ? table.getSelectionModel().getSelectedItems() : table.getItems();
        String tsv = DistrictTable.toTsv(rows, i18n);
        ClipboardContent c = new ClipboardContent();
        c.putString(tsv);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        return tsv;
    }
}
