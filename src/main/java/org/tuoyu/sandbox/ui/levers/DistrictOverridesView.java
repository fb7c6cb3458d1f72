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
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Per-district overrides of one lever group: rows are districts, columns are levers. A double-click
 * edits a cell; an overridden cell is highlighted and its context menu resets it.
 */
public final class DistrictOverridesView extends BorderPane {

    private final LeversViewModel vm;
    private final I18n i18n;
    private final TableView<District> table = new TableView<>();
    private final ComboBox<LeverGroup> group = new ComboBox<>(FXCollections.observableArrayList(LeverGroup.values()));

    public DistrictOverridesView(LeversViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        table.setId("override-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        group.setId("override-group");
        group.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(LeverGroup g) { return g == null ? "" : i18n.group(g); }
            @Override public LeverGroup fromString(String s) { return null; }
        });
        group.valueProperty().addListener((o, a, b) -> buildColumns(b));
        Label hint = new Label(i18n.t("overrides.hint"));
        hint.setWrapText(true);
        javafx.scene.control.Button reset = new javafx.scene.control.Button(i18n.t("overrides.resetSelected"));
        reset.setId("override-reset");
        reset.setOnAction(e -> resetSelected());
        HBox top = new HBox(8, new Label(i18n.t("overrides.group")), group, reset, hint);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
        group.setValue(LeverGroup.DEMAND);
        table.setItems(FXCollections.observableArrayList(vm.districts()));
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
        if (!table.getItems().equals(vm.districts())) table.getItems().setAll(vm.districts());
        table.refresh();
    }

    public TableView<District> table() { return table; }

    /** Resets every selected overridden cell to the city-wide value. */
    private void resetSelected() {
        for (var pos : java.util.List.copyOf(table.getSelectionModel().getSelectedCells())) {
            Object k = pos.getTableColumn() == null ? null : pos.getTableColumn().getUserData();
            if (k instanceof LeverKey && pos.getRow() >= 0) vm.resetOverride(table.getItems().get(pos.getRow()).id(), (LeverKey) k);
        }
    }

    private void buildColumns(LeverGroup g) {
        table.getColumns().clear();
        TableColumn<District, String> name = new TableColumn<>(i18n.t("col.district"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.pick(c.getValue().nameZh(), c.getValue().nameEn())));
        name.setEditable(false);
        name.setPrefWidth(80);
        table.getColumns().add(name);
        for (LeverKey k : vm.keys(g)) {
            TableColumn<District, String> col = new TableColumn<>(i18n.lever(k) + (k.unit().labelZh().isEmpty() ? "" : "\n" + i18n.unit(k.unit())));
            col.setId("ov-" + k.name());
            col.setUserData(k);
            col.setPrefWidth(110);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(k, vm.value(c.getValue().id(), k))));
            col.setCellFactory(c -> new OverrideCell(k));
            col.setOnEditCommit(e -> {
                District d = e.getRowValue();
                double v = parse(k, e.getNewValue());
                String why = Double.isNaN(v) ? i18n.t("levers.notANumber") : vm.setOverride(d.id(), k, v);
                if (why != null) {
                    javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, why);
                    a.setHeaderText(i18n.lever(k));
                    a.show();
                }
                table.refresh();
            });
            table.getColumns().add(col);
        }
    }

    private String text(LeverKey k, double v) {
        if (k.unit() == org.tuoyu.sandbox.engine.LeverUnit.CHOICE) return i18n.choice(k, (int) v);
        if (k.unit() == org.tuoyu.sandbox.engine.LeverUnit.FLAG) return v != 0 ? i18n.t("levers.yes") : i18n.t("levers.no");
        return Fmt.leverNumber(k, v);
    }

    private double parse(LeverKey k, String s) {
        if (s == null) return Double.NaN;
        String t = s.trim();
        if (k.unit() == org.tuoyu.sandbox.engine.LeverUnit.CHOICE) {
            for (int i = 0; i < k.choices().size(); i++) {
                if (t.equals(k.choices().get(i)) || t.equals(i18n.choice(k, i))) return i;
            }
        }
        if (k.unit() == org.tuoyu.sandbox.engine.LeverUnit.FLAG) {
            if (t.equals(i18n.t("levers.yes")) || t.equalsIgnoreCase("true")) return 1;
            if (t.equals(i18n.t("levers.no")) || t.equalsIgnoreCase("false")) return 0;
        }
        return Fmt.parseLever(k, t);
    }

    /** A cell that shows whether its value is the district's own. */
    private final class OverrideCell extends TextFieldTableCell<District, String> {
        private final LeverKey key;

        OverrideCell(LeverKey key) {
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
            District d = getTableRow().getItem();
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
