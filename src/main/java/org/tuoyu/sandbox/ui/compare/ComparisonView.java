package org.tuoyu.sandbox.ui.compare;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * A {@link GridTable} with its tool bar: a hint, a year picker (the window's year) and "copy as TSV" (also Ctrl+C).
 * Used for the N-scenario comparison and for the multi-year table; it redraws while shown and catches up when shown
 * again.
 */
public final class ComparisonView extends BorderPane {

    private final FrozenGrid grid = new FrozenGrid();
    private final Supplier<GridTable> table;
    private final Label copied = new Label();
    private boolean shown, dirty = true;
    private ComboBox<Integer> yearPicker;
    private Supplier<List<Integer>> years;
    private IntegerProperty year;

    /**
     * @param id    the view's id ("compare-grid" or "years-grid")
     * @param hint  the line above the table
     * @param year  the year the table shows, or null when it shows every year
     * @param years the years to pick from
     * @param table what to show, asked afresh on every redraw
     * @param extra more controls for the bar (the multi-year table's values/differences switch), may be empty
     */
    public ComparisonView(String id, I18n i18n, String hint, IntegerProperty year, Supplier<List<Integer>> years,
                          Supplier<GridTable> table, List<javafx.scene.Node> extra) {
        this.table = table;
        setId(id);
        grid.setId(id + "-table");
        Label h = new Label(hint);
        h.setWrapText(true);
        h.setMinWidth(0);
        HBox bar = new HBox(8, h);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 4, 4, 4));
        HBox.setHgrow(h, Priority.ALWAYS);
        this.year = year;
        if (year != null) {
            ComboBox<Integer> pick = new ComboBox<>();
            yearPicker = pick;
            this.years = years;
            pick.setId(id + "-year");
            pick.getItems().setAll(years.get());
            pick.setValue(year.get());
            pick.setMinWidth(Region.USE_PREF_SIZE);
            pick.valueProperty().addListener((o, a, b) -> { if (b != null) year.set(b); });
            org.tuoyu.sandbox.ui.i18n.ViewListeners.onChange(pick, year, (o, a, b) -> pick.setValue(b.intValue()));
            Label yl = new Label(i18n.t("main.year"));
            yl.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().addAll(yl, pick);
        }
        bar.getChildren().addAll(extra);
        Button copy = new Button(i18n.t("grid.copyTsv"));
        copy.setId(id + "-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> copy(i18n));
        copied.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(copy, copied);
        setTop(bar);
        setCenter(grid);
        KeyCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        setOnKeyPressed(e -> { if (ctrlC.match(e)) copy(i18n); });
    }

    /** Puts the whole table on the clipboard as tab-separated text (paste into Excel or WPS). */
    public String copy(I18n i18n) {
        refresh();
        String tsv = grid.table().tsv();
        ClipboardContent c = new ClipboardContent();
        c.putString(tsv);
        Clipboard.getSystemClipboard().setContent(c);
        copied.setText(i18n.t("grid.copied", grid.table().rowLabels().size()));
        return tsv;
    }

    public FrozenGrid grid() { return grid; }

    /** Something it shows has changed. */
    public void invalidate() {
        dirty = true;
        if (shown) refresh();
    }

    public void setShown(boolean on) {
        shown = on;
        if (on && dirty) refresh();
    }

    /** Redraws now. */
    public void refresh() {
        dirty = false;
        if (yearPicker != null && !yearPicker.getItems().equals(years.get())) {
            yearPicker.getItems().setAll(years.get()); // another region's horizon
            yearPicker.setValue(year.get());
        }
        grid.show(table.get());
    }
}
