package org.tuoyu.sandbox.ui.files;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Reads files on a thread of their own. The window stays responsive; a load that takes longer than a moment shows
 * a progress window (the file being read, n of m) with Cancel, which drops the load's result when it arrives:
 * parsing is not interruptible, but nothing is opened from a cancelled load.
 */
public final class FxLoads implements Loads {

    /** Loads quicker than this finish without a progress window flashing up. */
    static final Duration SHOW_PROGRESS_AFTER = Duration.millis(250);

    private final Window owner;
    private final Supplier<I18n> i18n;

    public FxLoads(Window owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<ScenarioFileException> broken) {
        I18n i = i18n.get();
        Task<T> task = new Task<>() {
            @Override protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override public void step(String what, int d, int of) {
                        updateMessage(of > 1 ? i.t("load.step", what, d + 1, of) : what);
                        if (of > 1) updateProgress(d, of);
                    }

                    @Override public boolean cancelled() { return isCancelled(); }
                });
            }
        };
        Stage dialog = progressWindow(title, task, i);
        PauseTransition later = new PauseTransition(SHOW_PROGRESS_AFTER);
        later.setOnFinished(e -> { if (task.isRunning()) dialog.show(); });
        task.stateProperty().addListener((o, a, s) -> {
            switch (s) {
                case SUCCEEDED -> { later.stop(); dialog.close(); done.accept(task.getValue()); }
                case CANCELLED -> { later.stop(); dialog.close(); }
                case FAILED -> {
                    later.stop();
                    dialog.close();
                    Throwable ex = task.getException();
                    if (ex instanceof ScenarioFileException sfe) {
                        broken.accept(sfe);
                    } else {
                        // out of memory or a bug in a reader: one line, not a stack trace
                        String text = ex == null ? "" : ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
                        FileDialogs.error(owner, i.t("load.failed"), text, i).show();
                    }
                }
                default -> { }
            }
        });
        Thread t = new Thread(task, "file-load");
        t.setDaemon(true);
        t.start();
        later.play();
    }

    private Stage progressWindow(String title, Task<?> task, I18n i) {
        Stage s = new Stage();
        if (owner != null) {
            s.initOwner(owner);
            s.initModality(Modality.WINDOW_MODAL);
        }
        s.setTitle(title);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("load-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.setId("load-step");
        what.setWrapText(true);
        what.setMaxWidth(360);
        what.textProperty().bind(task.messageProperty());
        Button cancel = new Button(i.t("load.cancel"));
        cancel.setId("load-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, new Label(i.t("load.progress")), bar, what, buttons);
        box.setPadding(new Insets(12));
        s.setScene(new Scene(box));
        s.setOnCloseRequest(e -> task.cancel());
        return s;
    }
}
