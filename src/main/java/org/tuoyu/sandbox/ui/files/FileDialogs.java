package org.tuoyu.sandbox.ui.files;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The error dialog for a file that cannot be used: file, line, key, value and the problem. */
public final class FileDialogs {

    private FileDialogs() {}

    public static Alert brokenFile(Window owner, ScenarioFileException e, I18n i) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        if (owner != null) a.initOwner(owner);
        a.setTitle(i.t("error.title"));
        a.setHeaderText(i.t("error.header"));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        int r = 0;
        r = row(g, r, i.t("error.file"), e.file(), "error-file");
        r = row(g, r, i.t("error.line"), e.line() > 0 ? Integer.toString(e.line()) : "—", "error-line");
        r = row(g, r, i.t("error.key"), e.keyPath() == null || e.keyPath().isEmpty() ? "—" : e.keyPath(), "error-key");
        r = row(g, r, i.t("error.value"), e.value() == null ? "—" : e.value(), "error-value");
        row(g, r, i.t("error.problem"), e.problem(), "error-problem");
        a.getDialogPane().setContent(g);
        a.getDialogPane().setId("file-error");
        a.getDialogPane().setMinWidth(520);
        return a;
    }

    private static int row(GridPane g, int r, String label, String value, String id) {
        Label l = new Label(label);
        l.setStyle("-fx-font-weight: bold;");
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        v.setMaxWidth(460);
        g.addRow(r, l, v);
        return r + 1;
    }

    public static Alert error(Window owner, String header, String text, I18n i) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        if (owner != null) a.initOwner(owner);
        a.setTitle(i.t("error.title"));
        a.setHeaderText(header);
        return a;
    }
}
