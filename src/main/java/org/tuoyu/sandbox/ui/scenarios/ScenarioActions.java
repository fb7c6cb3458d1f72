package org.tuoyu.sandbox.ui.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.export.Palette;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.WorkspaceDocument;
import org.tuoyu.sandbox.scenario.WorkspaceWriter;
import org.tuoyu.sandbox.ui.files.Recovery;

/**
 * What the menus do, without dialogs: new scenario from a preset or as a copy, open, save,
 * autosave. The view asks the user first and then calls these.
 */
public final class ScenarioActions {

    private final Workspace ws;

    public ScenarioActions(Workspace ws) { this.ws = ws; }

    /** One entry of the preset library as offered in the dialog. */
    public record Preset(Location location, ScenarioDocument document, String label) {
        @Override public String toString() { return label; }
    }

    private static List<ScenarioDocument> library;

    /** The preset library (scenarios/index.txt in the jar), loaded once. */
    public static synchronized List<ScenarioDocument> library() {
        if (library == null) {
            List<ScenarioDocument> l = new ArrayList<>();
            for (Location loc : ScenarioFiles.builtinScenarios()) {
                try {
                    l.add(ScenarioFiles.load(loc));
                } catch (ScenarioFileException e) {
                    // a broken preset is left out of the list; `validate` reports it
                }
            }
            library = List.copyOf(l);
        }
        return library;
    }

    /** Presets for the baseline's region, labelled in the user's language. */
    public List<Preset> presets() {
        List<Preset> r = new ArrayList<>();
        for (ScenarioDocument d : library()) {
            if (ws.baseline() != null && !sameRegion(d, ws.baseline().document())) continue;
            r.add(new Preset(d.location(), d, ws.i18n().pick(d.name(), d.nameEn())));
        }
        return r;
    }

    public void addPreset(Preset p) { ws.addScenario(p.document()); }

    public ScenarioDocument addPreset(Location preset) throws ScenarioFileException {
        ScenarioDocument d = ScenarioFiles.load(preset);
        ws.addScenario(d);
        return d;
    }

    /** A copy of the selected scenario, named "… (副本)". */
    public ScenarioDocument copySelected() {
        ScenarioSlot s = ws.selected();
        // a copy of the baseline is a reform of it: saved alone it reads back with the numbers shown
        ScenarioDocument d = s == ws.baseline() ? Workspace.reformOf(s.document()) : s.document();
        ScenarioDocument c = d.withName(ws.i18n().t("scenario.copyOf", d.name()), d.nameEn() + " (copy)");
        ws.addScenario(c);
        return c;
    }

    /** How an opened file joined the workspace. */
    public enum Opened { ADDED, REPLACED }

    /**
     * Loads a file; a file of the baseline's region joins as another scenario, any other becomes
     * the new baseline (the caller asks about unsaved work first). A broken file throws and
     * leaves the workspace untouched.
     */
    public Opened open(Path file, boolean replaceAllowed) throws ScenarioFileException {
        return open(ScenarioFiles.load(file), file, replaceAllowed);
    }

    /** {@link #open(Path, boolean)} for a document already read (off the FX thread). */
    public Opened open(ScenarioDocument d, Path file, boolean replaceAllowed) {
        if (ws.baseline() != null && sameRegion(d, ws.baseline().document())) {
            ws.undoStack().seal();
            ws.edit(new Workspace.SlotEdit(ws, new ScenarioSlot(d, file), true, ws.i18n().t("edit.open", d.name())));
            ws.undoStack().seal();
            return Opened.ADDED;
        }
        if (!replaceAllowed) return null;
        ws.reset(d, file);
        return Opened.REPLACED;
    }

    public boolean sameRegionAsBaseline(Path file) throws ScenarioFileException {
        return ws.baseline() != null && sameRegion(ScenarioFiles.load(file), ws.baseline().document());
    }

    public boolean sameRegionAsBaseline(ScenarioDocument d) { return ws.baseline() != null && sameRegion(d, ws.baseline().document()); }

    static boolean sameRegion(ScenarioDocument a, ScenarioDocument b) {
        return a.region().region().id().equals(b.region().region().id());
    }

    /**
     * Writes the scenario at {@code target} (decision 0043). The baseline of an imported district table writes its
     * region file first. A reform is written against the baseline file it extends as that file reads now, not
     * against the baseline as edited in the app, so that opening it again gives the numbers it showed (the edited
     * values it took from the baseline are written into it). A reform whose baseline is not on disk yet refuses:
     * {@link #baselineToSaveFirst} says which to save first.
     */
    public void save(ScenarioSlot s, Path target) throws IOException {
        ScenarioDocument before = s.document();
        ScenarioSlot first = baselineToSaveFirst(s);
        if (first != null) {
            throw new IOException(ws.i18n().t("save.baselineFirst", first.displayName(ws.i18n()), first.file()));
        }
        Workspace.PendingRegion pending = ws.pendingRegion();
        if (s == ws.baseline() && pending != null && before.region() == pending.region()) {
            org.tuoyu.sandbox.scenario.AtomicFiles.writeString(pending.file(), pending.text());
            ws.regionWritten();
        }
        ScenarioDocument saved = ScenarioFiles.save(againstSavedParent(before, new java.util.HashMap<>()), target);
        s.markSaved(before.withLocation(saved.location(), saved.sha256()), target);
        if (s == ws.baseline()) repointReforms(before, s.document());
    }

    /**
     * The baseline that must be saved before {@code s} can be (null when none): a reform standing on an imported
     * district table not written yet; for {@code s} null, what the workspace file needs first.
     */
    public ScenarioSlot baselineToSaveFirst(ScenarioSlot s) {
        Workspace.PendingRegion pending = ws.pendingRegion();
        ScenarioSlot b = ws.baseline();
        if (pending == null || b == null || s == b) return null;
        if (s == null || s.document().region() == pending.region()) return b;
        return null;
    }

    /**
     * A reform with the baseline it extends as that file reads now: the writer states every lever and behaviour that
     * differs from it, so what reads back is what was shown, whatever was edited in the baseline since it opened.
     */
    private static ScenarioDocument againstSavedParent(ScenarioDocument d, java.util.Map<Location, ScenarioDocument> read)
            throws IOException {
        if (d.parent() == null || d.parent().location() == null) return d;
        Location at = d.parent().location();
        ScenarioDocument onDisk = read.get(at);
        if (onDisk == null) {
            try {
                onDisk = ScenarioFiles.load(at);
            } catch (ScenarioFileException e) {
                throw new IOException(e.getMessage(), e);
            }
            read.put(at, onDisk);
        }
        if (!onDisk.region().location().equals(d.region().location())) return d; // the reader would refuse either way
        return d.toBuilder().parent(onDisk).build();
    }

    /**
     * The baseline saved at a new place where its old one is not on disk (an imported table's baseline saved
     * elsewhere than planned): the reforms standing on it now extend the new file. Not an undo step: the documents
     * give the same numbers, only the file they name changes.
     */
    private void repointReforms(ScenarioDocument old, ScenarioDocument saved) {
        Location was = old.location();
        if (was == null || was.equals(saved.location()) || was.isBuiltin() || java.nio.file.Files.exists(was.path())) return;
        for (ScenarioSlot x : ws.slots()) {
            if (x.document().parent() == old) x.setDocument(x.document().toBuilder().parent(saved).build());
        }
    }

    /** The open scenarios as a workspace file holds them: each with its file and colour, the year and the selection. */
    public WorkspaceDocument workspaceDocument() throws IOException {
        List<WorkspaceDocument.Entry> entries = new ArrayList<>();
        List<ScenarioSlot> all = ws.slots();
        java.util.Map<Location, ScenarioDocument> read = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ScenarioSlot s = all.get(i);
            entries.add(new WorkspaceDocument.Entry(againstSavedParent(s.document(), read), s.file(),
                    s.colour() != null ? s.colour() : Palette.scenario(i)));
        }
        return new WorkspaceDocument(entries, ws.yearProperty().get(), Math.max(0, all.indexOf(ws.selected())));
    }

    /**
     * Writes the workspace file; every scenario is then saved (the workspace holds it as it is). Refused while the
     * baseline of an imported table is not on disk: its reforms name it ({@link #baselineToSaveFirst}).
     */
    public void saveWorkspace(Path target) throws IOException {
        ScenarioSlot first = baselineToSaveFirst(null);
        if (first != null) {
            throw new IOException(ws.i18n().t("save.baselineFirst", first.displayName(ws.i18n()), first.file()));
        }
        WorkspaceWriter.write(workspaceDocument(), target);
        for (ScenarioSlot s : ws.slots()) s.markSaved(s.document(), s.file());
    }

    /** Replaces the open scenarios with a workspace file's (the caller asked about unsaved work first). */
    public void openWorkspace(WorkspaceDocument w) {
        List<ScenarioSlot> slots = new ArrayList<>();
        for (WorkspaceDocument.Entry e : w.scenarios()) {
            ScenarioSlot s = new ScenarioSlot(e.document(), e.file());
            s.colourProperty().set(e.colour());
            slots.add(s);
        }
        ws.resetTo(slots, w.selected(), w.year());
    }

    public List<ScenarioSlot> modified() {
        List<ScenarioSlot> r = new ArrayList<>();
        for (ScenarioSlot s : ws.slots()) if (s.isModified()) r.add(s);
        return r;
    }

    public void autosave(Recovery r) throws IOException {
        List<Recovery.Snapshot> snaps = new ArrayList<>();
        for (ScenarioSlot s : ws.slots()) {
            var origin = s.savedDocument() == null ? null : s.savedDocument().location();
            snaps.add(new Recovery.Snapshot(s.document(), s.file(), s.isModified(), origin == null ? null : origin.display()));
        }
        Workspace.PendingRegion pending = ws.pendingRegion();
        ScenarioSlot b = ws.baseline();
        // an imported table not saved yet is kept with its region's text, as it will read from the planned file
        r.write(snaps, pending == null || b == null || b.file() == null ? null
                : new Recovery.Pending(pending.file(), pending.text(), b.file()));
    }

    /** Replaces the workspace with what the recovery folder holds. */
    public void restore(List<Recovery.Entry> entries) {
        if (entries.isEmpty()) return;
        Recovery.Entry first = entries.get(0);
        ws.reset(first.document(), first.originalFile());
        if (first.modified()) {
            ScenarioSlot b = ScenarioSlot.restored(first.document(), first.originalFile(), true, first.original());
            ws.removeSlotQuietly(ws.baseline());
            ws.addSlotQuietly(0, b);
            ws.select(b);
        }
        for (int i = 1; i < entries.size(); i++) {
            Recovery.Entry e = entries.get(i);
            ws.addSlotQuietly(i, ScenarioSlot.restored(e.document(), e.originalFile(), e.modified(), e.original()));
        }
        Recovery.Pending p = first.pending();
        if (p != null) ws.restorePending(new Workspace.PendingRegion(ws.baseline().document().region(), p.regionFile(), p.regionText()));
        ws.select(ws.baseline());
        ws.undoStack().clear();
    }
}
