package org.tuoyu.sandbox.ui.levers;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.converter.DefaultStringConverter;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.levers.LeversViewModel.DistrictEntry;
import org.tuoyu.sandbox.ui.levers.LeversViewModel.Section;

/**
 * Per-district overrides of one lever group: rows are districts, columns are levers. A double-click
 * edits a cell; an overridden cell is highlighted and its context menu resets it.
 */
public final class DistrictOverridesView extends BorderPane {

    private final LeversViewModel vm;
    private final I18n i18n;
    private final TableView<DistrictEntry> table = new TableView<>();
    private final ComboBox<Section> group = new ComboBox<>();

    public DistrictOverridesView(LeversViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        table.setId("override-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        group.setId("override-group");
        group.getItems().setAll(vm.sections(i18n));
        group.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Section g) { return g == null ? "" : g.title(); }
            @Override public Section fromString(String s) { return null; }
        });
        group.valueProperty().addListener((o, a, b) -> buildColumns(b));
        Label hint = new Label(i18n.t("overrides.hint"));
        hint.setWrapText(true);
        hint.setMinWidth(0); // the hint wraps; the picker and the button keep their words (1366 px, English)
        HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button reset = new javafx.scene.control.Button(i18n.t("overrides.resetSelected"));
        reset.setId("override-reset");
        reset.setOnAction(e -> resetSelected());
        reset.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        group.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label groupLabel = new Label(i18n.t("overrides.group"));
        groupLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(8, groupLabel, group, reset, hint);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
        // the demand side (vouchers, allowances) is what districts most often set for themselves
        group.setValue(group.getItems().stream().filter(g -> g.id().equals("demand")).findFirst().orElse(group.getItems().get(0)));
        table.setItems(FXCollections.observableArrayList(vm.districts(i18n)));
        // weakly, through this view: the view goes with its layout at a language switch (LanguageSwitchTest)
        org.tuoyu.sandbox.ui.i18n.ViewListeners.onChange(this, vm.revisionProperty(), (o, a, b) -> {
            dirty = true;
            if (shown) refreshNow();
        });
    }

    private boolean shown = true;
    private boolean dirty;

    /** The window tells the table whether its tab is showing; hidden, it refreshes only when shown again. */
    public void setShown(boolean s) {
        shown = s;
        if (s && dirty) refreshNow();
    }

    private void refreshNow() {
        dirty = false;
        var now = vm.districts(i18n);
        if (!table.getItems().equals(now)) table.getItems().setAll(now);
        table.refresh();
    }

    public TableView<DistrictEntry> table() { return table; }

    /** Resets every selected overridden cell to the city-wide value. */
    private void resetSelected() {
        for (var pos : java.util.List.copyOf(table.getSelectionModel().getSelectedCells())) {
            Object k = pos.getTableColumn() == null ? null : pos.getTableColumn().getUserData();
            if (k instanceof LeverRow row && pos.getRow() >= 0) vm.resetOverride(table.getItems().get(pos.getRow()).id(), row);
        }
    }

    private void buildColumns(Section g) {
        table.getColumns().clear();
        if (g == null) return;
        TableColumn<DistrictEntry, String> name = new TableColumn<>(i18n.t("col.district"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setEditable(false);
        name.setPrefWidth(80);
        table.getColumns().add(name);
        for (LeverRow k : g.rows()) {
            String head = twoLines(k.name(i18n)) + (k.unit(i18n).isEmpty() ? "" : "\n" + k.unit(i18n));
            TableColumn<DistrictEntry, String> col = new TableColumn<>(head);
            col.setId("ov-" + k.id());
            col.setUserData(k);
            col.setPrefWidth(columnWidth(head));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(k.cellText(i18n, vm.value(c.getValue().id(), k))));
            col.setCellFactory(c -> new OverrideCell(k));
            col.setOnEditCommit(e -> {
                DistrictEntry d = e.getRowValue();
                double v = k.parseCell(i18n, e.getNewValue());
                String why = Double.isNaN(v) ? i18n.t("levers.notANumber") : vm.setOverride(d.id(), k, v);
                if (why != null) {
                    javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, why);
                    a.setHeaderText(k.name(i18n));
                    a.show();
                }
                table.refresh();
            });
            table.getColumns().add(col);
        }
    }

    private static final double MIN_COLUMN = 100, MAX_LINE = 170;

    /**
     * A column header's lever name on at most two lines, broken at the space nearest its middle when it is wider than
     * a column should be, so that the header shows it whole ("Vouchers usable at / market centres", not "Vouchers usable …").
     */
    static String twoLines(String name) {
        if (textWidth(name) <= MAX_LINE) return name;
        int mid = name.length() / 2, best = -1;
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) == ' ' && (best < 0 || Math.abs(k - mid) < Math.abs(best - mid))) best = k;
        }
        if (best < 0) best = mid; // Chinese has no spaces: break in the middle
        return name.substring(0, best).trim() + "\n" + name.substring(best).trim();
    }

    /** Wide enough for the header's longest line, within reason. */
    private static double columnWidth(String header) {
        double w = 0;
        for (String line : header.split("\n")) w = Math.max(w, textWidth(line));
        return Math.max(MIN_COLUMN, Math.min(MAX_LINE + 30, w + 24));
    }

    private static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        return t.getLayoutBounds().getWidth();
    }

    /** A cell that shows whether its value is the district's own. */
    private final class OverrideCell extends TextFieldTableCell<DistrictEntry, String> {
        private final LeverRow key;

        OverrideCell(LeverRow key) {
            super(new DefaultStringConverter());
            this.key = key;
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.OVERRIDDEN);
            setContextMenu(null);
            setTooltip(null);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) return;
            DistrictEntry d = getTableRow().getItem();
            if (vm.isOverridden(d.id(), key)) {
                getStyleClass().add(Styles.OVERRIDDEN);
                MenuItem reset = new MenuItem(i18n.t("overrides.reset"));
                reset.setOnAction(e -> vm.resetOverride(d.id(), key));
                setContextMenu(new ContextMenu(reset));
                setTooltip(new Tooltip(i18n.t("overrides.overridden")));
            }
        }
    }
}
