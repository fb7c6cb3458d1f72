package org.tuoyu.sandbox.ui.help;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Text;

/**
 * Text columns of the help windows' tables (the lever glossary, the validity table): one way to make and wrap them,
 * and to copy the table for a spreadsheet.
 */
final class TextColumns {

    private TextColumns() {}

    static <R> TableColumn<R, String> column(String title, Function<R, String> f, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Long texts (sources, notes) wrap in their cell instead of ending in "…". */
    static <R> TableColumn<R, String> wrapping(TableColumn<R, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();
            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setGraphic(text);
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
            }
        });
        return c;
    }

    /** A button that puts {@code tsv} on the clipboard, for pasting the table into a spreadsheet. */
    static Button copyButton(String text, String id, Supplier<String> tsv) {
        Button copy = new Button(text);
        copy.setId(id);
        copy.setOnAction(e -> {
            ClipboardContent cc = new ClipboardContent();
            cc.putString(tsv.get());
            Clipboard.getSystemClipboard().setContent(cc);
        });
        return copy;
    }
}
