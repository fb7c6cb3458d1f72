package org.tuoyu.sandbox.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.WorkspaceDocument;
import org.tuoyu.sandbox.scenario.WorkspaceReader;
import org.tuoyu.sandbox.scenario.WorkspaceWriter;
import org.tuoyu.sandbox.ui.files.Loads;
import org.tuoyu.sandbox.ui.files.Recovery;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel;

/**
 * What the File and Edit menus do: open, save, ask about unsaved work, autosave, recovery, presets,
 * rename, delete. Every question goes through a {@link DialogService}, so a test can answer it.
 */
public final class FileActions {

    private final AppContext ctx;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Runnable changed;
    private final Loads loads;
    private Path workspaceFile;

    /**
     * @param status  shows a message in the status bar
     * @param changed called after a save (the title loses its unsaved mark)
     */
    public FileActions(AppContext ctx, DialogService dialogs, Consumer<String> status, Runnable changed) {
        this(ctx, dialogs, Loads.INLINE, status, changed);
    }

    /** @param loads how files are read: off the FX thread with progress in the app ({@code FxLoads}) */
    public FileActions(AppContext ctx, DialogService dialogs, Loads loads, Consumer<String> status, Runnable changed) {
        this.loads = loads;
        this.ctx = ctx;
        this.dialogs = dialogs;
        this.status = status;
        this.changed = changed;
    }

    private Workspace ws() { return ctx.workspace(); }

    private I18n i18n() { return ws().i18n(); }

    static int parseInt(String s, int def) {
        try {
            return s == null ? def : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    /** Open… : one or several files at once, each as if opened alone. */
    public void openChosen() { openAll(dialogs.chooseScenarioFiles()); }

    /** Opens a file (a workspace file too); a broken one shows the error dialog and changes nothing. */
    public void open(Path file) {
        if (isWorkspaceFile(file)) openWorkspace(file);
        else openAll(List.of(file));
    }

    /** A file read, or why it could not be. */
    private record Read(Path file, ScenarioDocument doc, ScenarioFileException problem) {}

    /**
     * Reads the files through {@link Loads} (off the FX thread in the app), then opens each that could be read, in
     * order; each broken one shows the error dialog and changes nothing.
     */
    private void openAll(List<Path> chosen) {
        if (chosen.isEmpty()) return;
        List<Path> files = List.copyOf(chosen);
        loads.run(i18n().t("load.title"), p -> {
            List<Read> out = new ArrayList<>();
            for (int k = 0; k < files.size() && !p.cancelled(); k++) {
                p.step(String.valueOf(files.get(k).getFileName()), k, files.size());
                try {
                    out.add(new Read(files.get(k), ScenarioFiles.load(files.get(k)), null));
                } catch (ScenarioFileException e) {
                    out.add(new Read(files.get(k), null, e));
                }
            }
            return out;
        }, reads -> {
            for (Read r : reads) {
                if (r.problem() != null) dialogs.showBrokenFile(r.problem());
                else opened(r.file(), r.doc());
            }
        }, dialogs::showBrokenFile);
    }

    private void opened(Path file, ScenarioDocument d) {
        if (!ctx.actions().sameRegionAsBaseline(d) && !confirmDiscard()) return;
        ctx.actions().open(d, file, true);
        ctx.home().addRecent(file);
        if (file.toAbsolutePath().getParent() != null) ctx.home().put("lastDir", file.toAbsolutePath().getParent().toString());
    }

    static boolean isWorkspaceFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(WorkspaceWriter.EXTENSION);
    }

    /** The workspace file last opened or saved, or null: where Save workspace writes without asking. */
    public Path workspaceFile() { return workspaceFile; }

    /** 打开工作区… */
    public void openWorkspaceChosen() {
        Path p = dialogs.chooseWorkspaceFile();
        if (p != null) openWorkspace(p);
    }

    /**
     * Replaces the open scenarios with a workspace file's, after asking about unsaved work; a broken file
     * shows the error dialog (file, line, key, value) and changes nothing.
     */
    public void openWorkspace(Path file) {
        loads.run(i18n().t("load.title"), p -> {
            p.step(String.valueOf(file.getFileName()), 0, 1);
            return WorkspaceReader.read(file);
        }, w -> {
            if (confirmDiscard()) adopt(w, file);
        }, dialogs::showBrokenFile);
    }

    /** Shows a workspace already read (at start, `gui FILE.tuoyu`): no question asked. */
    public void adopt(WorkspaceDocument w, Path file) {
        ctx.actions().openWorkspace(w);
        workspaceOpened(file);
    }

    private void workspaceOpened(Path file) {
        workspaceFile = file.toAbsolutePath();
        ctx.home().addRecentWorkspace(file);
        if (workspaceFile.getParent() != null) ctx.home().put("lastDir", workspaceFile.getParent().toString());
        status.accept(i18n().t("status.workspace", workspaceFile.getFileName()));
        changed.run();
    }

    /** Saves the whole workspace (asking where the first time, or for Save As); false when cancelled or failed. */
    public boolean saveWorkspace(boolean as) {
        if (!baselineSavedFirst(null)) return false;
        Path target = workspaceFile;
        if (as || target == null) {
            target = dialogs.chooseWorkspaceSaveTarget(i18n().t("file.workspaceName") + WorkspaceWriter.EXTENSION);
            if (target == null) return false;
            if (!isWorkspaceFile(target)) target = target.resolveSibling(target.getFileName() + WorkspaceWriter.EXTENSION);
        }
        try {
            ctx.actions().saveWorkspace(target);
        } catch (IOException e) {
            dialogs.showError(i18n().t("error.save", target), e.getMessage());
            return false;
        }
        workspaceOpened(target);
        return true;
    }

    /**
     * The baseline that {@code s} (or the workspace, for null) extends saved first when it is not on disk yet (an
     * imported district table, decision 0043), after asking with its name and file; false when the user declined or
     * that save failed.
     */
    private boolean baselineSavedFirst(ScenarioSlot s) {
        ScenarioSlot b = ctx.actions().baselineToSaveFirst(s);
        if (b == null) return true;
        return dialogs.confirmSaveBaselineFirst(b.displayName(i18n()), b.file()) && save(b, false);
    }

    /** Saves (or Save As); false when the user cancelled or the write failed. */
    public boolean save(ScenarioSlot s, boolean as) {
        if (s == null) return false;
        if (!baselineSavedFirst(s)) return false;
        Path target = s.file();
        if (as || target == null) {
            target = dialogs.chooseSaveTarget(s.document().location() != null ? s.document().location().fileName() : "scenario.yaml");
            if (target == null) return false;
        }
        try {
            ctx.actions().save(s, target);
            ctx.home().addRecent(target);
            changed.run();
            return true;
        } catch (IOException e) {
            dialogs.showError(i18n().t("error.save", target), e.getMessage());
            return false;
        }
    }

    /** Asks about unsaved scenarios; true when it is fine to go on. */
    public boolean confirmDiscard() {
        List<ScenarioSlot> modified = ctx.actions().modified();
        if (modified.isEmpty()) return true;
        List<String> names = new ArrayList<>();
        for (ScenarioSlot s : modified) names.add(s.displayName(i18n()));
        DialogService.Unsaved r = dialogs.askUnsaved(names);
        if (r == DialogService.Unsaved.CANCEL) return false;
        if (r == DialogService.Unsaved.SAVE && workspaceFile != null) return saveWorkspace(false);
        if (r == DialogService.Unsaved.SAVE) {
            for (ScenarioSlot s : modified) if (!save(s, false)) return false;
        }
        return true;
    }

    private final org.tuoyu.sandbox.ui.files.AutosaveSchedule autosaveSchedule = new org.tuoyu.sandbox.ui.files.AutosaveSchedule();

    /**
     * An edit happened: true when the autosave is due at once (edits have kept coming for ten
     * seconds), else the caller waits for two quiet seconds.
     */
    public boolean autosaveDue() { return autosaveSchedule.edited(System.nanoTime()); }

    /** Writes every open scenario to the recovery folder (or clears it when nothing is unsaved). */
    public void autosaveNow() {
        autosaveSchedule.saved();
        if (ctx.recovery() == null) return;
        try {
            if (ctx.actions().modified().isEmpty()) ctx.recovery().clear();
            else ctx.actions().autosave(ctx.recovery());
        } catch (IOException e) {
            status.accept(i18n().t("status.autosaveFailed", e.getMessage()));
        }
    }

    /**
     * Offers, one by one, the autosaves of runs that did not end well (never those of a window still
     * running); true when any was restored. What cannot be loaded is listed; the rest is restored.
     */
    public boolean offerRecovery() {
        if (ctx.recovery() == null) return false;
        List<Recovery.Entry> restored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Recovery.Orphan> done = new ArrayList<>();
        for (Recovery.Orphan o : ctx.recovery().orphans()) {
            try {
                if (dialogs.askRestore()) {
                    Recovery.Contents c = o.read();
                    restored.addAll(c.entries());
                    problems.addAll(c.problems());
                }
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
            done.add(o);
        }
        if (!restored.isEmpty()) {
            ctx.actions().restore(restored);
            autosaveNow(); // into this instance's own slot before the old one goes
        }
        for (Recovery.Orphan o : done) {
            try {
                o.discard();
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) dialogs.showError(i18n().t("recovery.failed"), String.join("\n", problems));
        return !restored.isEmpty();
    }

    /** A clean exit: this instance's recovery slot goes. */
    public void clearRecovery() {
        if (ctx.recovery() == null) return;
        try {
            ctx.recovery().close();
        } catch (IOException e) {
            // nothing to do on the way out
        }
    }

    public void newFromPreset() { dialogs.choosePreset(ctx.actions().presets()).ifPresent(ctx.actions()::addPreset); }

    /** Renames the selected scenario in the user's language; the other language's name stays. */
    public void rename() {
        ScenarioSlot s = ws().selected();
        if (s == null) return;
        boolean en = i18n().english();
        dialogs.askName(s.displayName(i18n())).ifPresent(t -> ws().rename(s, en ? s.name() : t, en ? t : s.nameEn()));
    }

    /** 方案说明… : edits the selected scenario's description (undoable; saved with the file and the workspace). */
    public void describe() {
        ScenarioSlot s = ws().selected();
        if (s == null) return;
        var d = s.document();
        dialogs.askDescription(s.displayName(i18n()), new DialogService.Description(d.descriptionZh(), d.descriptionEn()), d.source())
                .ifPresent(n -> ws().describe(s, n.zh(), n.en()));
    }

    public void delete() {
        ScenarioSlot s = ws().selected();
        if (s == null) return;
        if (s == ws().baseline()) {
            dialogs.tellBaselineCannotBeDeleted();
            return;
        }
        if (dialogs.confirmDelete(s.displayName(i18n()))) ws().deleteScenario(s);
    }

    public void draws() {
        UncertaintyViewModel u = ctx.uncertainty();
        dialogs.askDraws(u.draws(), UncertaintyViewModel.MIN_DRAWS, UncertaintyViewModel.MAX_DRAWS).ifPresent(n -> {
            u.setDraws(n);
            ctx.home().put("draws", Integer.toString(u.draws()));
        });
    }
}
