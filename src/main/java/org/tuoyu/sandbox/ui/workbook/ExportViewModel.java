package org.tuoyu.sandbox.ui.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.Brief;
import org.tuoyu.sandbox.export.ComparisonWorkbook;
import org.tuoyu.sandbox.export.ExportOptions;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.FiscalBands;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.PairedBands;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * Exports the open scenarios (the baseline first, then its reforms) to one .xlsx through
 * {@link ComparisonWorkbook}, as a JavaFX {@link Task} on a background thread. The documents are
 * taken as they are when the export starts; later edits do not change a running export. Monte
 * Carlo bands go in when they have been computed for the documents as exported, with the paired bands of each
 * reform's difference drawn with the same seed and number of draws (as the command line writes them).
 */
public final class ExportViewModel {

    /** Asks where to write; null when the user cancelled. The window shows a save dialog; tests replace it. */
    public interface TargetChooser { Path choose(String suggestedFileName); }

    private final Workspace ws;
    private final ReadOnlyObjectWrapper<Task<Path>> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>();
    private Function<List<ScenarioSlot>, FiscalBands> bands = slots -> null;
    private TargetChooser chooser = name -> null;
    private Consumer<Runnable> launcher = r -> {
        Thread t = new Thread(r, "export");
        t.setDaemon(true);
        t.start();
    };

    public ExportViewModel(Workspace ws) { this.ws = ws; }

    /** Where the bands come from (the uncertainty view-model); null bands for scenarios without a current run. */
    public void setBands(Function<List<ScenarioSlot>, FiscalBands> bands) { this.bands = bands; }

    /** The save dialog (or, in tests, a fixed path). */
    public void setTargetChooser(TargetChooser c) { this.chooser = c; }

    public TargetChooser targetChooser() { return chooser; }

    private org.tuoyu.sandbox.ui.files.FileOpener opener = org.tuoyu.sandbox.ui.files.FileOpener.system();
    private java.util.concurrent.Executor openerThread = org.tuoyu.sandbox.ui.files.WrittenFileDialog.launcherThread();

    /** What "open the file" and "show in folder" use after an export (tests record instead of launching). */
    public void setOpener(org.tuoyu.sandbox.ui.files.FileOpener o, java.util.concurrent.Executor thread) {
        this.opener = o;
        this.openerThread = thread;
    }

    public org.tuoyu.sandbox.ui.files.FileOpener opener() { return opener; }

    public java.util.concurrent.Executor openerThread() { return openerThread; }

    /** How the task is run; by default on a new daemon thread. */
    public void setLauncher(Consumer<Runnable> l) { this.launcher = l; }

    public ReadOnlyObjectProperty<Task<Path>> currentProperty() { return current.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** The last workbook or brief written successfully. */
    public ReadOnlyObjectProperty<Path> lastWrittenProperty() { return lastWritten.getReadOnlyProperty(); }

    /** The workbook's language follows the UI's. */
    public Language language() { return ws.i18n().english() ? Language.EN : Language.ZH; }

    /** A file name from the baseline's name, e.g. "北京 2025 基线 比较.xlsx". */
    public String suggestedFileName() { return ws.i18n().t("export.fileName", fileNameStem()); }

    private String fileNameStem() {
        ScenarioSlot b = ws.baseline();
        String name = b == null ? "scenarios" : b.displayName(ws.i18n());
        return name.replaceAll("[\\\\/:*?\"<>|]", "_").trim();
    }

    /** Asks for a target and starts the export; null when the user cancelled or one is running. */
    public Task<Path> exportWithChooser() {
        if (running.get()) return null;
        Path out = chooser.choose(suggestedFileName());
        return out == null ? null : start(out);
    }

    /** The brief's file name: the workbook's with .docx and 简报 / brief. */
    public String suggestedBriefName() { return ws.i18n().t("export.briefName", fileNameStem()); }

    /** Asks for a .docx and starts writing the brief; null when the user cancelled, one is running, or no reform is open. */
    public Task<Path> briefWithChooser() {
        if (running.get() || ws.slots().size() < 2) return null;
        Path out = chooser.choose(suggestedBriefName());
        return out == null ? null : startBrief(out);
    }

    /** Starts writing the brief of the open scenarios to {@code out}; call on the UI thread. */
    public Task<Path> startBrief(Path out) {
        if (running.get() || ws.slots().size() < 2) return null;
        List<ScenarioSlot> slots = new ArrayList<>(ws.slots());
        List<ScenarioDocument> docs = new ArrayList<>();
        for (ScenarioSlot s : slots) docs.add(s.document());
        FiscalBands fb = bands.apply(slots);
        Language lang = language();
        Task<Path> task = new Task<>() {
            @Override protected Path call() throws Exception {
                updateProgress(0, 2);
                List<ScenarioResult> results = new ArrayList<>(docs.size());
                for (ScenarioDocument d : docs) results.add(Evaluator.evaluate(d.scenario()));
                if (isCancelled()) return null;
                FiscalBands banded = withDifferences(docs, fb);
                if (isCancelled()) return null;
                updateProgress(1, 2);
                Brief.write(docs, results, banded, ExportOptions.DEFAULT, out, lang);
                updateProgress(2, 2);
                return out;
            }
        };
        return launch(task);
    }

    /** Starts exporting the open scenarios to {@code out}; call on the UI thread. */
    public Task<Path> start(Path out) {
        if (running.get()) return null;
        List<ScenarioSlot> slots = new ArrayList<>(ws.slots());
        List<ScenarioDocument> docs = new ArrayList<>();
        for (ScenarioSlot s : slots) docs.add(s.document());
        FiscalBands fb = bands.apply(slots);
        Language lang = language();
        Task<Path> task = new Task<>() {
            @Override protected Path call() throws Exception {
                updateProgress(0, 1);
                // Evaluated afresh so that every result belongs to the document exported beside it.
                List<ScenarioResult> results = new ArrayList<>(docs.size());
                for (ScenarioDocument d : docs) results.add(Evaluator.evaluate(d.scenario()));
                ExportProgress p = new ExportProgress() {
                    @Override public void progress(int done, int total, String step) {
                        updateProgress(done, total);
                        updateMessage(step);
                    }

                    @Override public boolean cancelled() { return isCancelled(); }
                };
                FiscalBands banded = withDifferences(docs, fb);
                if (isCancelled()) return null;
                ComparisonWorkbook.write(docs, results, banded, out, lang, p);
                return out;
            }
        };
        return launch(task);
    }

    /**
     * The bands of each reform's difference from the baseline, from paired draws with the seed and number of draws of the
     * uncertainty view's run, as {@code compare --draws} writes them: without them the app's workbook and brief would
     * carry only each scenario's own band, and a reform's Δ none. Null bands (no run yet) stay null.
     */
    static FiscalBands withDifferences(List<ScenarioDocument> docs, FiscalBands own) {
        if (own == null || docs.size() < 2 || own.differences() != null) return own;
        return own.withDifferences(PairedBands.run(docs, own.draws(), own.seed(), Runtime.getRuntime().availableProcessors()));
    }

    private Task<Path> launch(Task<Path> task) {
        task.setOnSucceeded(e -> { lastWritten.set(task.getValue()); finish(); });
        task.setOnFailed(e -> finish());
        task.setOnCancelled(e -> finish());
        current.set(task);
        running.set(true);
        launcher.accept(task);
        return task;
    }

    private void finish() { running.set(false); }

    /** Asks the running export to stop at its next step; the previous file, if any, is left as it was. */
    public void cancel() {
        Task<Path> t = current.get();
        if (t != null && t.isRunning()) t.cancel(false);
    }
}
