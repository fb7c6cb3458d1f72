package org.tuoyu.sandbox.ui.files;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * After an export: where the file went, with 打开文件 / 在文件夹中显示 (open the file / show in folder). Not
 * modal, so the window goes on working under it. The launcher runs off the FX thread (it may take a moment to
 * answer); a failure comes back as an error dialog naming the file and why.
 */
public final class WrittenFileDialog {

    /** What a launch does; {@link FileOpener#open} or {@link FileOpener#showInFolder}. */
    private interface Launch { void run(Path file) throws IOException; }

    private WrittenFileDialog() {}

    /** Shows the dialog (without waiting) and returns it. */
    public static Dialog<ButtonType> show(Window owner, Path file, I18n i, FileOpener opener, Executor background) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle(i.t("written.title"));
        d.setHeaderText(i.t("written.header"));
        Label where = new Label(file.toAbsolutePath().toString());
        where.setId("written-path");
        where.setWrapText(true);
        where.setMaxWidth(520);
        d.getDialogPane().setContent(where);
        d.getDialogPane().setId("written-dialog");
        ButtonType open = new ButtonType(i.t("written.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType folder = new ButtonType(i.t("written.folder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(i.t("written.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(open, folder, close);
        d.getDialogPane().lookupButton(open).setId("written-open");
        d.getDialogPane().lookupButton(folder).setId("written-folder");
        d.getDialogPane().lookupButton(close).setId("written-close");
        d.setOnHidden(e -> {
            ButtonType r = d.getResult();
            if (r == open) launch(owner, file, i, opener::open, "written.openFailed", background);
            else if (r == folder) launch(owner, file, i, opener::showInFolder, "written.folderFailed", background);
        });
        d.show();
        return d;
    }

    private static void launch(Window owner, Path file, I18n i, Launch what, String failedKey, Executor background) {
        background.execute(() -> {
            try {
                what.run(file);
            } catch (IOException e) {
                String why = e instanceof NoSuchFileException ? i.t("written.missing") : e.getMessage();
                Platform.runLater(() -> {
                    var a = FileDialogs.error(owner, i.t(failedKey, file.toAbsolutePath()), why, i);
                    a.getDialogPane().setId("written-error");
                    a.show();
                });
            }
        });
    }

    /** A new daemon thread per launch: launches are rare and must never keep the app alive. */
    public static Executor launcherThread() {
        return r -> {
            Thread t = new Thread(r, "open-file");
            t.setDaemon(true);
            t.start();
        };
    }
}
