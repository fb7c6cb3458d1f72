package org.tuoyu.sandbox.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.WorkspaceWriter;
import org.tuoyu.sandbox.ui.edit.Descriptions;
import org.tuoyu.sandbox.ui.files.FileDialogs;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;

/** The dialogs of {@link DialogService}: file choosers that remember the last folder, alerts, input dialogs. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final SandboxHome home;
    private final Supplier<I18n> i18n;

    public FxDialogService(Window owner, SandboxHome home, Supplier<I18n> i18n) {
        this.owner = owner;
        this.home = home;
        this.i18n = i18n;
    }

    private I18n i() { return i18n.get(); }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i().t("file.yaml"), "*.yaml", "*.yml"));
        String last = home.get("lastDir", null);
        if (last != null && new File(last).isDirectory()) fc.setInitialDirectory(new File(last));
        return fc;
    }

    @Override public List<Path> chooseScenarioFiles() {
        List<File> fs = chooser(i().t("menu.open")).showOpenMultipleDialog(owner);
        List<Path> out = new ArrayList<>();
        if (fs != null) for (File f : fs) out.add(f.toPath());
        return out;
    }

    @Override public Path chooseSaveTarget(String suggestedFileName) {
        FileChooser fc = chooser(i().t("menu.saveAs"));
        fc.setInitialFileName(suggestedFileName);
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    private FileChooser workspaceChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i().t("file.workspace"), "*" + WorkspaceWriter.EXTENSION));
        String last = home.get("lastDir", null);
        if (last != null && new File(last).isDirectory()) fc.setInitialDirectory(new File(last));
        return fc;
    }

    @Override public Path chooseWorkspaceFile() {
        File f = workspaceChooser(i().t("menu.openWorkspace")).showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    @Override public Path chooseWorkspaceSaveTarget(String suggestedFileName) {
        FileChooser fc = workspaceChooser(i().t("menu.saveWorkspaceAs"));
        fc.setInitialFileName(suggestedFileName);
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    @Override public Unsaved askUnsaved(List<String> names) {
        ButtonType save = new ButtonType(i().t("close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i().t("close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i().t("close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        StringBuilder text = new StringBuilder();
        for (String n : names) text.append("• ").append(n).append('\n');
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text.toString(), save, discard, cancel);
        a.initOwner(owner);
        a.setHeaderText(i().t("close.header"));
        a.getDialogPane().setId("unsaved-dialog");
        ButtonType r = a.showAndWait().orElse(cancel);
        return r == save ? Unsaved.SAVE : r == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override public void showBrokenFile(ScenarioFileException e) { FileDialogs.brokenFile(owner, e, i()).show(); }

    @Override public void showError(String header, String text) { FileDialogs.error(owner, header, text, i()).showAndWait(); }

    /** The presets by name, and below the list the selected one's description with its sources. */
    @Override public Optional<ScenarioActions.Preset> choosePreset(List<ScenarioActions.Preset> presets) {
        if (presets.isEmpty()) return Optional.empty();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i().t("preset.title"));
        d.setHeaderText(i().t("preset.header"));
        d.getDialogPane().setId("preset-dialog");
        ListView<ScenarioActions.Preset> list = new ListView<>(FXCollections.observableArrayList(presets));
        list.setId("preset-list");
        list.setPrefSize(560, 220);
        TextArea about = new TextArea();
        about.setId("preset-description");
        about.setEditable(false);
        about.setWrapText(true);
        about.setPrefRowCount(8);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> about.setText(p == null ? "" : Descriptions.text(p.document(), i())));
        list.getSelectionModel().select(0);
        d.getDialogPane().setContent(new VBox(8, list, about));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        list.setOnMouseClicked(e -> { if (e.getClickCount() == 2) ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).fire(); });
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> list.getSelectionModel().getSelectedItem());
    }

    @Override public Optional<Description> askDescription(String name, Description current, String source) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i().t("menu.describe"));
        d.setHeaderText(i().t("description.header", name));
        d.getDialogPane().setId("description-dialog");
        TextArea zh = new TextArea(current.zh());
        zh.setId("description-zh");
        TextArea en = new TextArea(current.en());
        en.setId("description-en");
        for (TextArea t : List.of(zh, en)) {
            t.setWrapText(true);
            t.setPrefRowCount(7);
            t.setPrefColumnCount(48);
        }
        VBox box = new VBox(6, new Label(i().t("description.zh")), zh, new Label(i().t("description.en")), en);
        if (!source.isBlank()) {
            Label s = new Label(i().t("description.source", source));
            s.setWrapText(true);
            s.setMaxWidth(560);
            box.getChildren().add(s);
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Description(zh.getText().strip(), en.getText().strip()));
    }

    @Override public Optional<String> askName(String current) {
        TextInputDialog d = new TextInputDialog(current);
        d.initOwner(owner);
        d.setTitle(i().t("rename.title"));
        d.setHeaderText(i().t("rename.header"));
        d.getDialogPane().setId("rename-dialog");
        return d.showAndWait().map(String::trim).filter(t -> !t.isEmpty());
    }

    @Override public boolean confirmSaveBaselineFirst(String baseline, Path file) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i().t("save.baselineFirst.text", baseline, file), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(i().t("save.baselineFirst.header"));
        a.getDialogPane().setId("save-baseline-first-dialog");
        a.getDialogPane().setMinWidth(520);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override public boolean confirmDelete(String name) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i().t("delete.text", name), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(i().t("delete.header"));
        a.getDialogPane().setId("delete-dialog");
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override public void tellBaselineCannotBeDeleted() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, i().t("delete.baseline"));
        a.initOwner(owner);
        a.showAndWait();
    }

    @Override public Optional<Integer> askDraws(int current, int min, int max) {
        TextInputDialog d = new TextInputDialog(Integer.toString(current));
        d.initOwner(owner);
        d.setTitle(i().t("menu.draws"));
        d.setHeaderText(i().t("draws.header", Integer.toString(min), Integer.toString(max)));
        d.getDialogPane().setId("draws-dialog");
        return d.showAndWait().map(t -> FileActions.parseInt(t.replace(",", ""), -1)).filter(n -> n > 0);
    }

    @Override public boolean askRestore() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i().t("recovery.text"), ButtonType.YES, ButtonType.NO);
        a.initOwner(owner);
        a.setHeaderText(i().t("recovery.header"));
        a.getDialogPane().setId("recovery-dialog");
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }
}
