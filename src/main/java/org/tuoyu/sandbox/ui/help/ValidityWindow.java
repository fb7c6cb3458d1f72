package org.tuoyu.sandbox.ui.help;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.Validity;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/**
 * 帮助 › 基线效度表: the baseline's validity table, as {@code run} prints it — each figure's kind (input, identity,
 * fitted, predicted), the model beside the observed value, the source in short and why the row can or cannot test
 * the model.
 */
final class ValidityWindow {

    private ValidityWindow() {}

    static Stage show(ScenarioSlot baseline, Window owner, I18n i) {
        List<ValidityRows.Line> rows = List.of();
        String name = "";
        if (baseline != null) {
            ScenarioResult r = baseline.result() != null ? baseline.result() : Evaluator.evaluate(baseline.document().scenario());
            rows = ValidityRows.of(baseline.document(), r, i);
            name = baseline.displayName(i);
        }
        TableView<ValidityRows.Line> t = new TableView<>(FXCollections.observableArrayList(rows));
        t.setId("validity-table");
        t.setPlaceholder(new Label(i.t("validity.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().addAll(List.of(TextColumns.wrapping(TextColumns.column(i.t("validity.figure"), ValidityRows.Line::figure, 190)),
                TextColumns.column(i.t("validity.year"), ValidityRows.Line::year, 50),
                TextColumns.column(i.t("validity.kind"), ValidityRows.Line::kind, 60),
                TextColumns.column(i.t("validity.model"), ValidityRows.Line::model, 80),
                TextColumns.column(i.t("validity.observed"), ValidityRows.Line::observed, 80),
                TextColumns.column(i.t("validity.difference"), ValidityRows.Line::difference, 90),
                TextColumns.wrapping(TextColumns.column(i.t("validity.source"), ValidityRows.Line::source, 230)),
                TextColumns.wrapping(TextColumns.column(i.t("validity.note"), ValidityRows.Line::note, 330))));
        for (TableColumn<ValidityRows.Line, ?> c : t.getColumns()) c.setSortable(false);
        List<String> header = t.getColumns().stream().map(TableColumn::getText).toList();
        final List<ValidityRows.Line> shown = rows;
        Button copy = TextColumns.copyButton(i.t("glossary.copy"), "validity-copy", () -> ValidityRows.tsv(shown, header));
        Label legend = new Label(Validity.legend(i.english() ? Language.EN : Language.ZH));
        legend.setWrapText(true);
        Label note = new Label(i.t("validity.of", name));
        HBox bar = new HBox(10, copy, note);
        bar.setPadding(new Insets(6));
        VBox top = new VBox(legend);
        top.setPadding(new Insets(6));
        BorderPane root = new BorderPane(t, top, null, bar, null);
        root.setId("validity");
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(i.t("menu.validity"));
        Scene scene = new Scene(root, 1280, 640);
        var css = ValidityWindow.class.getResource("/org/tuoyu/sandbox/ui/app.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        s.setScene(scene);
        s.show();
        return s;
    }

}
