package org.tuoyu.sandbox.ui.workbook;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.tuoyu.sandbox.export.ExportTargetException;
import org.tuoyu.sandbox.ui.files.FileDialogs;
import org.tuoyu.sandbox.ui.files.SandboxHome;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * The export's dialogs: the save dialog, a progress window with a Cancel button (shown when an
 * export takes longer than a moment), and the error dialog, which shows the workbook library's
 * own message (it names the file and says what to do).
 */
public final class ExportView {

    /** Exports quicker than this finish without a progress window flashing up. */
    static final Duration SHOW_PROGRESS_AFTER = Duration.millis(250);

    private final ExportViewModel vm;
    private final Window owner;
    private final SandboxHome home;
    private final java.util.function.Supplier<I18n> i18n;
    private final java.util.function.Consumer<String> status;

    public ExportView(ExportViewModel vm, Window owner, SandboxHome home, java.util.function.Supplier<I18n> i18n,
                      java.util.function.Consumer<String> status) {
        this.vm = vm;
        this.owner = owner;
        this.home = home;
        this.i18n = i18n;
        this.status = status;
        vm.setTargetChooser(this::chooseTarget);
    }

    private Path chooseTarget(String suggested) {
        boolean brief = suggested.endsWith(".docx");
        String ext = brief ? ".docx" : ".xlsx";
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.get().t(brief ? "brief.title" : "export.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get().t(brief ? "brief.filter" : "export.filter"), "*" + ext));
        fc.setInitialFileName(suggested);
        String last = home.get("lastExportDir", home.get("lastDir", null));
        if (last != null && new java.io.File(last).isDirectory()) fc.setInitialDirectory(new java.io.File(last));
        java.io.File f = fc.showSaveDialog(owner);
        if (f == null) return null;
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
            p = p.resolveSibling(p.getFileName() + ext);
        }
        if (p.toAbsolutePath().getParent() != null) home.put("lastExportDir", p.toAbsolutePath().getParent().toString());
        return p;
    }

    /** Menu item and toolbar button: ask for a file, export, show progress and the outcome. */
    public void exportNow() { follow(vm.exportWithChooser(), "export"); }

    /** Menu item and toolbar button: ask for a .docx and write the brief of the open scenarios. */
    public void briefNow() { follow(vm.briefWithChooser(), "brief"); }

    /** Shows the progress and the outcome of a running export; {@code kind} picks the messages (export / brief). */
    private void follow(Task<Path> task, String kind) {
        if (task == null) return;
        I18n i = i18n.get();
        Stage dialog = progressWindow(task, i);
        PauseTransition later = new PauseTransition(SHOW_PROGRESS_AFTER);
        later.setOnFinished(e -> { if (task.isRunning()) dialog.show(); });
        later.play();
        status.accept(i.t(kind + ".running"));
        task.stateProperty().addListener((o, a, s) -> {
            switch (s) {
                case SUCCEEDED -> {
                    later.stop();
                    dialog.close();
                    status.accept(i.t("export.done", task.getValue()));
                    org.tuoyu.sandbox.ui.files.WrittenFileDialog.show(owner, task.getValue(), i, vm.opener(), vm.openerThread());
                }
                case CANCELLED -> {
                    later.stop();
                    dialog.close();
                    status.accept(i.t("export.cancelled"));
                }
                case FAILED -> {
                    later.stop();
                    dialog.close();
                    Throwable ex = task.getException();
                    String text = ex instanceof ExportTargetException ? ex.getMessage()
                            : ex == null ? "" : ex.getClass().getSimpleName() + ": " + ex.getMessage();
                    status.accept(i.t(kind + ".failed"));
                    var alert = FileDialogs.error(owner, i.t(kind + ".failed"), text, i);
                    alert.getDialogPane().setId("export-error");
                    alert.show();
                }
                default -> { }
            }
        });
    }

    private Stage progressWindow(Task<Path> task, I18n i) {
        Stage s = new Stage();
        if (owner != null) {
            s.initOwner(owner);
            s.initModality(Modality.WINDOW_MODAL);
        }
        s.setTitle(i.t("export.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        Button cancel = new Button(i.t("export.cancel"));
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox box = new VBox(8, new Label(i.t("export.progress")), bar, what, buttons);
        box.setPadding(new Insets(12));
        s.setScene(new Scene(box));
        s.setOnCloseRequest(e -> vm.cancel());
        return s;
    }
}
