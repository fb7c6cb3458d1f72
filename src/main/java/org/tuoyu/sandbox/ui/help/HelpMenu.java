package org.tuoyu.sandbox.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tuoyu.sandbox.export.BuildInfo;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * 帮助 Help: the lever glossary, the model documentation, the keyboard shortcuts (read from the menus themselves,
 * so they cannot drift) and About (version and build, runtime, licences).
 */
public final class HelpMenu {

    /** Third-party components and their licences, one "name\tlicence\twhat for" a line (HelpTest checks the pom's). */
    static final String LICENCES = "org/tuoyu/sandbox/ui/help/licences.tsv";

    private final Workspace ws;
    private final Window owner;
    private final Supplier<List<Menu>> menus;

    /** @param menus the menu bar's menus, read when the shortcuts are shown */
    public HelpMenu(Workspace ws, Window owner, Supplier<List<Menu>> menus) {
        this.ws = ws;
        this.owner = owner;
        this.menus = menus;
    }

    private I18n i() { return ws.i18n(); }

    public Menu menu() {
        I18n i = i();
        Menu m = new Menu(i.t("menu.help"));
        m.setId("menu-help");
        m.getItems().addAll(item("mi-glossary", i.t("menu.glossary"), "F1", this::showGlossary),
                item("mi-model", i.t("menu.model"), null, this::showModel),
                item("mi-shortcuts", i.t("menu.shortcuts"), null, this::showShortcuts),
                item("mi-validity", i.t("menu.validity"), null, this::showValidity),
                new SeparatorMenuItem(),
                item("mi-about", i.t("menu.about"), null, this::showAbout));
        return m;
    }

    private static MenuItem item(String id, String text, String accel, Runnable r) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accel != null) m.setAccelerator(javafx.scene.input.KeyCombination.keyCombination(accel));
        m.setOnAction(e -> r.run());
        return m;
    }

    private Stage window(String id, String title, javafx.scene.Parent content, double w, double h) {
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(title);
        Scene scene = new Scene(content, w, h);
        var css = HelpMenu.class.getResource("/org/tuoyu/sandbox/ui/app.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        content.setId(id);
        s.setScene(scene);
        s.show();
        return s;
    }

    public Stage showGlossary() {
        I18n i = i();
        List<LeverGlossary.Row> rows = LeverGlossary.rows(ws.baseline() == null ? null : ws.baseline().document(), i);
        TableView<LeverGlossary.Row> t = new TableView<>(FXCollections.observableArrayList(rows));
        t.setId("glossary-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().addAll(List.of(TextColumns.column(i.t("glossary.lever"), LeverGlossary.Row::name, 170),
                TextColumns.column(i.t("glossary.group"), LeverGlossary.Row::group, 70),
                TextColumns.wrapping(TextColumns.column(i.t("glossary.what"), LeverGlossary.Row::what, 330)),
                TextColumns.column(i.t("glossary.unit"), LeverGlossary.Row::unit, 60),
                TextColumns.column(i.t("glossary.range"), LeverGlossary.Row::range, 130),
                TextColumns.column(i.t("glossary.baseline"), LeverGlossary.Row::baseline, 80),
                TextColumns.wrapping(TextColumns.column(i.t("glossary.source"), LeverGlossary.Row::source, 260))));
        for (TableColumn<LeverGlossary.Row, ?> c : t.getColumns()) c.setSortable(false);
        Button copy = TextColumns.copyButton(i.t("glossary.copy"), "glossary-copy", () -> LeverGlossary.tsv(rows, i));
        Label note = new Label(i.t("glossary.note", ws.baseline() == null ? "" : ws.baseline().displayName(i)));
        note.setWrapText(true);
        HBox bar = new HBox(10, copy, note);
        bar.setPadding(new Insets(6));
        BorderPane root = new BorderPane(t, null, null, bar, null);
        return window("glossary", i.t("menu.glossary"), root, 1180, 720);
    }

    /** The baseline's validity table: what each reported figure is, beside what was observed, and its source. */
    public Stage showValidity() { return ValidityWindow.show(ws.baseline(), owner, i()); }

    public Stage showModel() {
        I18n i = i();
        String md = MarkdownView.modelText();
        javafx.scene.Parent body;
        if (md == null) {
            body = new Label(i.t("model.missing"));
        } else {
            ScrollPane sp = new ScrollPane(MarkdownView.render(md, 860));
            sp.setFitToWidth(true);
            body = sp;
        }
        VBox root = new VBox(new Label(" " + i.t("model.note")), body);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        return window("model-doc", i.t("menu.model"), root, 920, 760);
    }

    /** Every menu item with a key, in menu order, plus the keys that live in the views. */
    public List<String[]> shortcuts() {
        List<String[]> out = new ArrayList<>();
        for (Menu m : menus.get()) collect(m, m.getText(), out);
        I18n i = i();
        out.add(new String[] {i.t("shortcut.table"), "Ctrl+C"});
        out.add(new String[] {i.t("shortcut.field"), "Enter"});
        return out;
    }

    private static void collect(Menu m, String path, List<String[]> out) {
        for (MenuItem it : m.getItems()) {
            if (it instanceof Menu sub) collect(sub, path + " › " + sub.getText(), out);
            else if (it.getAccelerator() != null) out.add(new String[] {path + " › " + it.getText(), it.getAccelerator().getDisplayText()});
        }
    }

    public Stage showShortcuts() {
        I18n i = i();
        TableView<String[]> t = new TableView<>(FXCollections.observableArrayList(shortcuts()));
        t.setId("shortcuts-table");
        TableColumn<String[], String> what = new TableColumn<>(i.t("shortcut.what"));
        what.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()[0]));
        what.setPrefWidth(330);
        TableColumn<String[], String> key = new TableColumn<>(i.t("shortcut.key"));
        key.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()[1]));
        key.setPrefWidth(140);
        t.getColumns().addAll(List.of(what, key));
        return window("shortcuts", i.t("menu.shortcuts"), new BorderPane(t), 500, 520);
    }

    /** The text About shows: name, version and build, runtime, then the licences. */
    public String aboutText() {
        I18n i = i();
        StringBuilder b = new StringBuilder();
        b.append(i.t("app.title")).append('\n');
        b.append(i.t("about.version", BuildInfo.describe())).append('\n');
        b.append(i.t("about.runtime", System.getProperty("java.version", "?"), System.getProperty("javafx.runtime.version", "?"))).append("\n\n");
        b.append(i.t("about.data")).append("\n\n");
        b.append(i.t("about.licences")).append('\n');
        for (String line : licences()) {
            String[] f = line.split("\t");
            if (f.length >= 2) b.append("• ").append(f[0]).append(" — ").append(f[1]).append(f.length > 2 ? " (" + f[2] + ")" : "").append('\n');
        }
        return b.toString();
    }

    static List<String> licences() {
        List<String> out = new ArrayList<>();
        try (InputStream in = HelpMenu.class.getClassLoader().getResourceAsStream(LICENCES)) {
            if (in == null) return out;
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    public void showAbout() {
        I18n i = i();
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) a.initOwner(owner);
        a.setTitle(i.t("menu.about"));
        a.setHeaderText(i.t("app.title") + "  " + BuildInfo.describe());
        TextArea text = new TextArea(aboutText());
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 360);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("about-dialog");
        a.show();
    }
}
