package org.tuoyu.sandbox.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;

/**
 * A table whose label column and header rows stay in view: four panes (corner, header, labels, body) with the
 * header following the body's horizontal scroll and the labels its vertical scroll. Columns and rows have fixed
 * sizes in every pane so they line up; no column sorts (rows are the catalogue's order). Updating a table of the
 * same shape only changes texts.
 */
public final class FrozenGrid extends GridPane {

    static final double ROW = 24, HEADER_ROW = 24, LABEL_WIDTH = 190, MAX_LABEL_WIDTH = 300;
    /** Wider than a scroll bar: the header and labels can always scroll as far as the body. */
    private static final double SLACK = 24;

    private final GridPane corner = new GridPane(), header = new GridPane(), labels = new GridPane(), body = new GridPane();
    private final ScrollPane headerScroll = bare(header), labelScroll = bare(labels), bodyScroll = new ScrollPane(body);
    private final List<Label> bodyCells = new ArrayList<>();
    private final List<Label> rowLabels = new ArrayList<>();
    private GridTable shown;

    public FrozenGrid() {
        getStyleClass().add("frozen-grid");
        bodyScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        bodyScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        bodyScroll.setId("grid-body-scroll");
        bodyScroll.setStyle("-fx-padding: 0; -fx-background-insets: 0;"); // its 1 px inset would shift rows off their labels
        // pixel offsets, not the 0–1 values: the panes' viewports differ by the scroll bar's width
        bodyScroll.hvalueProperty().addListener((o, a, b) -> follow(bodyScroll, headerScroll, true));
        bodyScroll.vvalueProperty().addListener((o, a, b) -> follow(bodyScroll, labelScroll, false));
        bodyScroll.viewportBoundsProperty().addListener((o, a, b) -> {
            follow(bodyScroll, headerScroll, true);
            follow(bodyScroll, labelScroll, false);
        });
        add(corner, 0, 0);
        add(headerScroll, 1, 0);
        add(labelScroll, 0, 1);
        add(bodyScroll, 1, 1);
        GridPane.setHgrow(headerScroll, Priority.ALWAYS);
        GridPane.setHgrow(bodyScroll, Priority.ALWAYS);
        GridPane.setVgrow(bodyScroll, Priority.ALWAYS);
        GridPane.setVgrow(labelScroll, Priority.ALWAYS);
        setStyle("-fx-background-color: white;");
    }

    private static ScrollPane bare(GridPane content) {
        ScrollPane s = new ScrollPane(content);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.setPannable(false);
        s.setFitToHeight(false);
        s.setStyle("-fx-background-color: transparent; -fx-padding: 0;");
        // the wheel over a frozen pane scrolls the body, which the pane then follows
        return s;
    }

    private static void follow(ScrollPane from, ScrollPane to, boolean horizontal) {
        double content = horizontal ? from.getContent().getLayoutBounds().getWidth() : from.getContent().getLayoutBounds().getHeight();
        double view = horizontal ? from.getViewportBounds().getWidth() : from.getViewportBounds().getHeight();
        double px = (horizontal ? from.getHvalue() : from.getVvalue()) * Math.max(0, content - view);
        double toContent = horizontal ? to.getContent().getLayoutBounds().getWidth() : to.getContent().getLayoutBounds().getHeight();
        double toView = horizontal ? to.getViewportBounds().getWidth() : to.getViewportBounds().getHeight();
        double range = toContent - toView;
        double v = range <= 0 ? 0 : Math.min(1, px / range);
        if (horizontal) to.setHvalue(v);
        else to.setVvalue(v);
    }

    /** The table being shown. */
    public GridTable table() { return shown; }

    /** The body's scroll pane (tests scroll it). */
    public ScrollPane bodyScroll() { return bodyScroll; }

    /** The label of row {@code r} and the text of a body cell, as shown. */
    public Label rowLabel(int r) { return rowLabels.get(r); }

    public Label cell(int r, int c) { return bodyCells.get(r * shown.columns() + c); }

    public void show(GridTable t) {
        boolean sameShape = shown != null && shown.columns() == t.columns() && shown.rowLabels().size() == t.rowLabels().size()
                && shown.groups().equals(t.groups()) && shown.subHeaders().equals(t.subHeaders())
                && shown.rowLabels().equals(t.rowLabels());
        shown = t;
        if (!sameShape) rebuild(t);
        fitWidths(t);
        for (int r = 0; r < t.rowLabels().size(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                GridTable.Cell cell = t.cells().get(r).get(c);
                Label l = bodyCells.get(r * t.columns() + c);
                l.setText(cell.text());
                l.setTextFill(cell.tone() > 0 ? Color.web("#2f855a") : cell.tone() < 0 ? Color.web("#c53030") : Color.web("#1a202c"));
            }
        }
    }

    /**
     * Widens a column whose texts do not fit (English money reads "18.05 100m yuan/year"; a label "fiscal cost (sum of
     * the three accounts)"): columns only grow, so a table does not jump while a slider moves.
     */
    private void fitWidths(GridTable t) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(bodyCells.isEmpty() ? javafx.scene.text.Font.getDefault() : bodyCells.get(0).getFont());
        for (int c = 0; c < t.columns(); c++) {
            double need = width(probe, t.subHeaders().get(c));
            for (List<GridTable.Cell> row : t.cells()) need = Math.max(need, width(probe, row.get(c).text()));
            need += 16;
            ColumnConstraints body = this.body.getColumnConstraints().get(c);
            if (need > body.getPrefWidth()) {
                for (ColumnConstraints cc : List.of(body, header.getColumnConstraints().get(c))) {
                    cc.setMinWidth(need);
                    cc.setPrefWidth(need);
                    cc.setMaxWidth(need);
                }
            }
        }
        double label = LABEL_WIDTH;
        for (String l : t.rowLabels()) label = Math.max(label, Math.min(MAX_LABEL_WIDTH, width(probe, l) + 16));
        if (label > labels.getColumnConstraints().get(0).getPrefWidth()) {
            for (GridPane g : List.of(corner, labels)) {
                ColumnConstraints cc = g.getColumnConstraints().get(0);
                cc.setMinWidth(label);
                cc.setPrefWidth(label);
                cc.setMaxWidth(label);
            }
            for (Region r : List.of(corner, labelScroll)) { r.setMinWidth(label); r.setPrefWidth(label); r.setMaxWidth(label); }
        }
    }

    private static double width(javafx.scene.text.Text probe, String s) {
        probe.setText(s == null ? "" : s);
        return probe.getLayoutBounds().getWidth();
    }

    private void rebuild(GridTable t) {
        for (GridPane g : List.of(corner, header, labels, body)) {
            g.getChildren().clear();
            g.getColumnConstraints().clear();
            g.getRowConstraints().clear();
        }
        bodyCells.clear();
        rowLabels.clear();
        boolean twoRows = t.subHeaders().stream().anyMatch(s -> !s.isEmpty());
        int headerRows = twoRows ? 2 : 1;
        corner.getColumnConstraints().add(fixedColumn(LABEL_WIDTH));
        labels.getColumnConstraints().add(fixedColumn(LABEL_WIDTH));
        for (int r = 0; r < headerRows; r++) {
            corner.getRowConstraints().add(fixedRow(HEADER_ROW));
            header.getRowConstraints().add(fixedRow(HEADER_ROW));
        }
        Label cornerLabel = cellLabel(t.corner(), "grid-corner", Pos.CENTER_LEFT);
        cornerLabel.setId("grid-corner");
        cornerLabel.setWrapText(true); // a long scenario name (the multi-year table's) takes the header's two rows
        cornerLabel.setTooltip(new Tooltip(t.cornerTip()));
        corner.add(cornerLabel, 0, 0, 1, headerRows);
        // a ScrollPane's own preferred height would leave a gap between the headers and the first row
        double h = headerRows * HEADER_ROW;
        for (Region r : List.of(corner, headerScroll)) { r.setMinHeight(h); r.setPrefHeight(h); r.setMaxHeight(h); }
        for (Region r : List.of(corner, labelScroll)) { r.setMinWidth(LABEL_WIDTH); r.setPrefWidth(LABEL_WIDTH); r.setMaxWidth(LABEL_WIDTH); }
        for (double w : t.widths()) {
            header.getColumnConstraints().add(fixedColumn(w));
            body.getColumnConstraints().add(fixedColumn(w));
        }
        header.getColumnConstraints().add(fixedColumn(SLACK));
        int col = 0;
        for (GridTable.Group g : t.groups()) {
            header.add(groupHeader(g), col, 0, g.span(), 1);
            if (twoRows) {
                for (int k = 0; k < g.span(); k++) {
                    header.add(cellLabel(t.subHeaders().get(col + k), "grid-subheader", Pos.CENTER_RIGHT), col + k, 1);
                }
            }
            col += g.span();
        }
        for (int r = 0; r < t.rowLabels().size(); r++) {
            labels.getRowConstraints().add(fixedRow(ROW));
            body.getRowConstraints().add(fixedRow(ROW));
            Label name = cellLabel(t.rowLabels().get(r), "grid-row-label", Pos.CENTER_LEFT);
            name.setId("grid-row-" + r);
            if (!t.rowTips().get(r).isEmpty()) name.setTooltip(new Tooltip(t.rowTips().get(r)));
            rowLabels.add(name);
            labels.add(name, 0, r);
            for (int c = 0; c < t.columns(); c++) {
                Label l = cellLabel("", "grid-cell", Pos.CENTER_RIGHT);
                l.setId("grid-cell-" + r + "-" + c);
                bodyCells.add(l);
                body.add(l, c, r);
            }
        }
        labels.getRowConstraints().add(fixedRow(SLACK));
    }

    private static Label cellLabel(String text, String style, Pos pos) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setAlignment(pos);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setPadding(new Insets(0, 6, 0, 6));
        l.setMinWidth(0);
        l.setStyle("-fx-border-color: #e2e8f0; -fx-border-width: 0 0 1 0;");
        return l;
    }

    private static HBox groupHeader(GridTable.Group g) {
        Label l = new Label(g.text());
        l.setTooltip(new Tooltip(g.tooltip()));
        l.setMinWidth(0);
        l.setStyle("-fx-font-weight: bold;");
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER);
        if (g.colour() != null) {
            Rectangle swatch = new Rectangle(10, 10, Color.web(g.colour()));
            box.getChildren().add(swatch);
        }
        box.getChildren().add(l);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setPadding(new Insets(0, 4, 0, 4));
        box.setStyle("-fx-border-color: #cbd5e0; -fx-border-width: 0 0 1 1;");
        return box;
    }

    private static ColumnConstraints fixedColumn(double w) {
        ColumnConstraints c = new ColumnConstraints(w, w, w);
        c.setHgrow(Priority.NEVER);
        return c;
    }

    private static RowConstraints fixedRow(double h) {
        RowConstraints r = new RowConstraints(h, h, h);
        r.setVgrow(Priority.NEVER);
        return r;
    }
}
