package org.tuoyu.sandbox.ui.scenarios;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The side-by-side table: baseline, then each reform's value and its difference from the baseline. */
public final class CompareView extends BorderPane {

    private final CompareViewModel vm;
    private final I18n i18n;
    private final TableView<CompareViewModel.Indicator> table = new TableView<>();
    private boolean dirty = true;

    public CompareView(CompareViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        table.setId("compare-table");
        table.getItems().setAll(CompareViewModel.indicators(i18n));
        Label hint = new Label(i18n.t("compare.hint"));
        hint.setWrapText(true);
        setTop(hint);
        setCenter(table);
        // Its own listener, so the order in which listeners were added cannot leave the table stale.
        vm.revisionProperty().addListener((o, a, b) -> {
            dirty = true;
            if (shown) rebuild();
        });
        rebuild();
    }

    private boolean shown;

    /** While shown the table follows every result at once; hidden, it catches up when shown again. */
    public void setShown(boolean on) {
        shown = on;
        if (on) rebuild();
    }

    public TableView<CompareViewModel.Indicator> table() { return table; }

    /** A scenario's column header: its name on up to two lines, in full in the tooltip. */
    private static void header(TableColumn<?, ?> c, String name) {
        c.setText(name);
        Label l = new Label(name);
        l.setWrapText(true);
        l.setMaxWidth(115);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        l.setTooltip(new javafx.scene.control.Tooltip(name));
        c.setGraphic(l);
        c.setStyle(c.getStyle());
        c.getStyleClass().add("scenario-column");
    }

    /** Rebuilds the columns when the list of scenarios changed, otherwise refreshes values. */
    public void rebuild() {
        if (!dirty) return;
        dirty = false;
        int expected = 1 + vm.slots().size() * 2 - 1;
        boolean sameColumns = table.getColumns().size() == expected;
        if (sameColumns) {
            for (int k = 0; k < vm.slots().size(); k++) {
                if (table.getColumns().get(k == 0 ? 1 : 2 * k).getUserData() != vm.slots().get(k)) sameColumns = false;
            }
        }
        if (sameColumns) {
            for (int k = 0; k < vm.slots().size(); k++) {
                header(table.getColumns().get(k == 0 ? 1 : 2 * k), vm.slots().get(k).displayName(i18n));
            }
            table.refresh();
            return;
        }
        table.getColumns().clear();
        TableColumn<CompareViewModel.Indicator, String> name = new TableColumn<>(i18n.t("compare.indicator"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.t(c.getValue().key())));
        name.setPrefWidth(140);
        table.getColumns().add(name);
        for (ScenarioSlot s : vm.slots()) {
            TableColumn<CompareViewModel.Indicator, String> v = new TableColumn<>();
            header(v, s.displayName(i18n));
            v.setUserData(s);
            v.setId("cmp-value-" + vm.slots().indexOf(s));
            v.setCellValueFactory(c -> {
                CompareViewModel.Cell cell = vm.cell(c.getValue(), s);
                return new ReadOnlyStringWrapper(cell == null ? "…" : cell.value());
            });
            v.setStyle("-fx-alignment: CENTER-RIGHT;");
            v.setPrefWidth(120);
            table.getColumns().add(v);
            if (s == vm.workspace().baseline()) continue;
            TableColumn<CompareViewModel.Indicator, String> d = new TableColumn<>(i18n.t("compare.delta"));
            d.setId("cmp-delta-" + vm.slots().indexOf(s));
            d.setCellValueFactory(c -> {
                CompareViewModel.Cell cell = vm.cell(c.getValue(), s);
                return new ReadOnlyStringWrapper(cell == null ? "" : cell.delta());
            });
            d.setCellFactory(col -> new TableCell<>() {
                @Override protected void updateItem(String t, boolean empty) {
                    super.updateItem(t, empty);
                    setText(empty ? null : t);
                    getStyleClass().remove(Styles.CHANGED);
                    if (!empty && t != null && !t.startsWith("±") && !t.isEmpty()) getStyleClass().add(Styles.CHANGED);
                }
            });
            d.setStyle("-fx-alignment: CENTER-RIGHT;");
            d.setPrefWidth(100);
            table.getColumns().add(d);
        }
    }
}
