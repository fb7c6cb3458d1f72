package org.tuoyu.sandbox.ui.explain;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The explanation panel: title, then one line per step with its formula and value. */
public final class ExplainView extends BorderPane {

    public ExplainView(ExplainViewModel vm, I18n i18n) {
        getStyleClass().add(Styles.EXPLAIN);
        Label head = new Label(i18n.t("explain.heading"));
        head.getStyleClass().add(Styles.SECTION_TITLE);
        Label title = new Label();
        title.setId("explain-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        setTop(new VBox(2, head, title));
        TableView<ExplainViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("explain-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ExplainViewModel.Row, String> label = new TableColumn<>(i18n.t("explain.item"));
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(120);
        label.setMinWidth(84);
        TableColumn<ExplainViewModel.Row, String> value = new TableColumn<>(i18n.t("explain.value"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        value.setPrefWidth(95);
        // "4,577 yuan/month" wraps between number and unit, never inside them ("4,577 yuan/mont" + "h" at 1366 px)
        value.setMinWidth(80);
        TableColumn<ExplainViewModel.Row, String> formula = new TableColumn<>(i18n.t("explain.formula"));
        formula.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().formula()));
        formula.setPrefWidth(240);
        for (TableColumn<ExplainViewModel.Row, String> col : java.util.List.of(label, value, formula)) {
            wrapping(col);
            col.setSortable(false); // the rows are a calculation chain: their order is the explanation
        }
        table.getColumns().addAll(label, value, formula);
        Label pick = new Label(i18n.t("explain.pick"));
        pick.setWrapText(true); // the hint is a sentence; in English it is wider than the panel
        pick.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        table.setPlaceholder(pick);
        setCenter(table);
    }

    /** Cells that wrap their text to the column's width, so no item, value or formula is cut off. */
    private static void wrapping(TableColumn<ExplainViewModel.Row, String> col) {
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(10));
                setGraphic(text);
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override protected void updateItem(String t, boolean empty) {
                super.updateItem(t, empty);
                text.setText(empty || t == null ? "" : t);
            }
        });
    }
}
