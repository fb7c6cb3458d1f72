package org.tuoyu.sandbox.ui.scenarios;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.edit.Command;
import org.tuoyu.sandbox.ui.edit.UndoStack;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * App-wide UI state (JabRef's StateManager): the open scenarios (the first is the baseline), the
 * selected one, the year shown, the language, and the undo stack. Every edit goes through
 * {@link #edit} as a command that replaces a slot's immutable document.
 */
public final class Workspace {

    private final ObservableList<ScenarioSlot> slots = FXCollections.observableArrayList();
    private final ObservableList<ScenarioSlot> readOnlySlots = FXCollections.unmodifiableObservableList(slots);
    private final ReadOnlyObjectWrapper<ScenarioSlot> selected = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<I18n> i18n = new SimpleObjectProperty<>(new I18n(I18n.Lang.ZH));
    private final UndoStack undo = new UndoStack();
    private final Evaluations evaluations;
    private final javafx.beans.property.BooleanProperty editBaseline = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.ObjectProperty<ScenarioSlot> forked = new SimpleObjectProperty<>();

    /** Evaluations per {@link Evaluations.Policy#ADAPTIVE}. */
    public Workspace(Executor background, Executor ui) {
        this(background, ui, Evaluations.Policy.ADAPTIVE);
    }

    public Workspace(Executor background, Executor ui, Evaluations.Policy policy) {
        evaluations = new Evaluations(background, ui, policy);
    }

    public ObservableList<ScenarioSlot> slots() { return readOnlySlots; }

    public ScenarioSlot baseline() { return slots.isEmpty() ? null : slots.get(0); }

    public ReadOnlyObjectProperty<ScenarioSlot> selectedProperty() { return selected.getReadOnlyProperty(); }

    public ScenarioSlot selected() { return selected.get(); }

    public void select(ScenarioSlot s) { if (s == null || slots.contains(s)) selected.set(s); }

    public IntegerProperty yearProperty() { return year; }

    public ObjectProperty<I18n> i18nProperty() { return i18n; }

    public I18n i18n() { return i18n.get(); }

    public UndoStack undoStack() { return undo; }

    public Evaluations evaluations() { return evaluations; }

    /**
     * Off (the default) the baseline is read-only: a lever edit on it opens a new reform instead.
     * On, edits change the baseline itself, and with it every reform's comparison.
     */
    public javafx.beans.property.BooleanProperty editBaselineProperty() { return editBaseline; }

    /** The last reform opened by a lever edit on the read-only baseline (the view tells the user). */
    public ReadOnlyObjectProperty<ScenarioSlot> forkedProperty() { return forked; }

    /**
     * A region file that the open scenarios name but that is not written yet: an imported district table, until the
     * baseline is saved (decision 0043). {@code text} is what the region was read back from, and what gets written.
     */
    public record PendingRegion(org.tuoyu.sandbox.scenario.RegionDocument region, Path file, String text) {}

    private final ObjectProperty<PendingRegion> pendingRegion = new SimpleObjectProperty<>();

    /** The region file the next save of the baseline writes first, or null when every region named is on disk. */
    public ReadOnlyObjectProperty<PendingRegion> pendingRegionProperty() { return pendingRegion; }

    public PendingRegion pendingRegion() { return pendingRegion.get(); }

    /** After the region file is written (by a save): nothing is pending any more. */
    public void regionWritten() { pendingRegion.set(null); }

    /** An autosave restored with an imported table not saved yet: its region is pending again (no undo step). */
    public void restorePending(PendingRegion region) { pendingRegion.set(region); }

    /** Replaces everything with one baseline (start, Open as baseline, restore). */
    public void reset(ScenarioDocument baseline, Path file) {
        selected.set(null); // views reading the selection while the list is empty find none
        slots.clear();
        undo.clear();
        pendingRegion.set(null);
        ScenarioSlot s = addSlotQuietly(slots.size(), new ScenarioSlot(baseline, file));
        year.set(baseline.scenario().horizon().firstYear());
        selected.set(s);
    }

    /** Replaces everything with these slots, the baseline first (a workspace file opened); no undo step. */
    public void resetTo(java.util.List<ScenarioSlot> all, int selectedIndex, int shownYear) {
        selected.set(null);
        slots.clear();
        undo.clear();
        pendingRegion.set(null);
        for (ScenarioSlot s : all) addSlotQuietly(slots.size(), s);
        year.set(shownYear);
        selected.set(slots.get(selectedIndex));
    }

    /**
     * Opens a reform file at start: its baseline first, then the reform, selected, so its differences
     * are against the baseline it extends and not ±0 against itself. No undo step.
     */
    public void resetWithReform(ScenarioDocument reform, Path file) {
        ScenarioDocument base = reform.parent();
        var loc = base.location();
        reset(base, loc != null && !loc.isBuiltin() ? loc.path() : null);
        selected.set(addSlotQuietly(1, new ScenarioSlot(reform, file)));
    }

    ScenarioSlot addSlotQuietly(int index, ScenarioSlot s) {
        if (s.colour() == null) s.colourProperty().set(freeColour());
        slots.add(Math.min(index, slots.size()), s);
        s.documentProperty().addListener((o, a, b) -> evaluations.request(s));
        evaluations.request(s);
        return s;
    }

    /**
     * The first of the app's scenario colours (export.Palette, the workbook's) that no open scenario has: a scenario
     * keeps its colour while it is open, so deleting one does not recolour the others in every view.
     */
    private String freeColour() {
        java.util.List<String> palette = org.tuoyu.sandbox.export.Palette.scenarios();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (ScenarioSlot x : slots) if (x.colour() != null) taken.add(x.colour().toUpperCase(java.util.Locale.ROOT));
        for (String c : palette) if (!taken.contains(c.toUpperCase(java.util.Locale.ROOT))) return c;
        return org.tuoyu.sandbox.export.Palette.scenario(slots.size());
    }

    /** The scenario's colour in every view: its own (from a workspace file, or given when it joined). */
    public static String colourOf(ScenarioSlot s, int index) {
        return s.colour() != null ? s.colour() : org.tuoyu.sandbox.export.Palette.scenario(index);
    }

    void removeSlotQuietly(ScenarioSlot s) {
        slots.remove(s);
        if (selected.get() == s) selected.set(slots.isEmpty() ? null : slots.get(Math.max(0, slots.size() - 1)));
    }

    public void edit(Command c) { undo.execute(c); }

    /** The result this slot's numbers are compared with: the baseline's, or for the baseline itself, as opened. */
    public ScenarioResult referenceFor(ScenarioSlot s) {
        if (s == null || baseline() == null) return null;
        return s == baseline() ? s.openedResult() : baseline().result();
    }

    /** Lever values of the reference: the baseline's, or the baseline as opened. */
    public Levers referenceLevers(ScenarioSlot s) {
        ScenarioSlot b = baseline();
        if (b == null) return null;
        return s == b ? b.savedLevers() : b.document().scenario().levers();
    }

    public YearResult yearOf(ScenarioResult r) {
        if (r == null) return null;
        YearResult y = r.year(year.get());
        return y != null ? y : r.first();
    }

    // ---- edits --------------------------------------------------------------------------------

    /** Sets a lever region-wide (districtId null) or for one district, as one undoable step. */
    public void setLever(ScenarioSlot s, String districtId, LeverKey k, double v) {
        ScenarioDocument before = s.document();
        Levers l = before.scenario().levers();
        Levers nl = districtId == null ? l.withRegionWide(k, v) : l.withOverride(districtId, k, v);
        if (nl.equals(l) || sameValues(l, nl)) return;
        String what = i18n().lever(k) + (districtId == null ? "" : " · " + districtName(before, districtId));
        String mergeKey = "lever:" + districtId + ":" + k;
        if (isLocked(s)) {
            fork(reformOf(before).withLevers(nl), what, mergeKey);
            return;
        }
        edit(new DocumentEdit(s, before, before.withLevers(nl), i18n().t("edit.set", what), mergeKey));
    }

    private boolean isLocked(ScenarioSlot s) { return s == baseline() && !editBaseline.get(); }

    /**
     * A reform of {@code baseline} that changes nothing yet: the baseline as its parent, its levers, provenance and
     * calibration; no description, no stated behaviour. Not a copy of the baseline's own shape: saved alone, a copy
     * would be read back as a baseline (fitted again, its data-year leave taken from its own levers) and give other
     * numbers, where a reform file {@code extends:} the baseline and reads back as it was shown.
     */
    public static ScenarioDocument reformOf(ScenarioDocument baseline) {
        return ScenarioDocument.reformOf(baseline, baseline.location(), baseline.scenario())
                .name(baseline.name(), baseline.nameEn()).leverProvenance(baseline.leverProvenance())
                .willingnessStated(baseline.willingnessStated()).build();
    }

    /**
     * A lever edit on the read-only baseline: the edited copy joins as a new, named reform (one undo
     * step with the rest of the same drag) and is selected, so the baseline stays as it was.
     */
    private void fork(ScenarioDocument edited, String what, String mergeKey) {
        int n = 1;
        for (ScenarioSlot x : slots) if (x != baseline()) n++;
        String zh = I18n.text(I18n.Lang.ZH, "scenario.forkName", Integer.toString(n));
        String en = I18n.text(I18n.Lang.EN, "scenario.forkName", Integer.toString(n));
        ScenarioSlot slot = ScenarioSlot.unsaved(edited.withName(zh, en));
        undo.seal();
        edit(new SlotEdit(this, slot, true, i18n().t("edit.fork", i18n().pick(zh, en), what), mergeKey));
        forked.set(slot);
    }

    public void resetOverride(ScenarioSlot s, String districtId, LeverKey k) {
        ScenarioDocument before = s.document();
        Levers l = before.scenario().levers();
        if (!l.districtOverrides().getOrDefault(districtId, java.util.Map.of()).containsKey(k)) return;
        String what = i18n().lever(k) + " · " + districtName(before, districtId);
        undo.seal();
        if (isLocked(s)) {
            fork(reformOf(before).withLevers(l.withoutOverride(districtId, k)), what, null);
            undo.seal();
            return;
        }
        edit(new DocumentEdit(s, before, before.withLevers(l.withoutOverride(districtId, k)), i18n().t("edit.reset", what), null));
        undo.seal();
    }

    public void rename(ScenarioSlot s, String zh, String en) {
        ScenarioDocument before = s.document();
        undo.seal();
        edit(new DocumentEdit(s, before, before.withName(zh, en == null || en.isEmpty() ? zh : en), i18n().t("edit.rename"), null));
        undo.seal();
    }

    /** Replaces a scenario's description (both languages) as one undoable step; numbers do not change, so the baseline takes it too. */
    public void describe(ScenarioSlot s, String zh, String en) {
        ScenarioDocument before = s.document();
        if (before.descriptionZh().equals(zh) && before.descriptionEn().equals(en)) return;
        undo.seal();
        edit(new DocumentEdit(s, before, before.withDescription(zh, en), i18n().t("edit.describe"), null));
        undo.seal();
    }

    public void addScenario(ScenarioDocument doc) {
        undo.seal();
        edit(new SlotEdit(this, new ScenarioSlot(doc, null), true, i18n().t("edit.add", doc.name())));
        undo.seal();
    }

    public void deleteScenario(ScenarioSlot s) {
        if (s == baseline()) return;
        undo.seal();
        edit(new SlotEdit(this, s, false, i18n().t("edit.delete", s.name())));
        undo.seal();
    }

    /**
     * Replaces every open scenario's document at once, the baseline's first (a district table imported: all of them
     * now stand on the new districts), as one undo step. Nothing is written: the baseline is to be saved at
     * {@code baselineFile}, unsaved until then, and {@code region} is written first when it is; the others count as
     * changed. Undo puts back every document, file, saved state and pending region as it was (decision 0043).
     */
    public void replaceAll(java.util.List<ScenarioDocument> docs, Path baselineFile, PendingRegion region, String description) {
        if (docs.size() != slots.size()) throw new IllegalArgumentException(docs.size() + " documents for " + slots.size() + " scenarios");
        undo.seal();
        edit(new ReplaceAll(this, java.util.List.copyOf(docs), baselineFile, region, description));
        undo.seal();
    }

    /** Every slot's document replaced; the first slot (the baseline) to be saved at a new file, with its region. */
    static final class ReplaceAll implements Command {
        private final Workspace ws;
        private final java.util.List<ScenarioSlot> all;
        private final java.util.List<ScenarioDocument> after;
        private final java.util.List<ScenarioDocument> before = new java.util.ArrayList<>();
        private final java.util.List<ScenarioDocument> savedBefore = new java.util.ArrayList<>();
        private final java.util.List<Path> filesBefore = new java.util.ArrayList<>();
        private final PendingRegion pendingBefore;
        private final Path baselineFile;
        private final PendingRegion region;
        private final String description;

        ReplaceAll(Workspace ws, java.util.List<ScenarioDocument> after, Path baselineFile, PendingRegion region, String description) {
            this.ws = ws;
            this.all = new java.util.ArrayList<>(ws.slots);
            this.after = after;
            this.baselineFile = baselineFile;
            this.region = region;
            this.description = description;
            this.pendingBefore = ws.pendingRegion.get();
            for (ScenarioSlot s : all) {
                before.add(s.document());
                savedBefore.add(s.savedDocument());
                filesBefore.add(s.file());
            }
        }

        @Override public void execute() {
            ws.pendingRegion.set(region);
            all.get(0).restore(after.get(0), null, baselineFile);
            for (int k = 1; k < all.size(); k++) all.get(k).setDocument(after.get(k));
        }

        @Override public void undo() {
            for (int k = 0; k < all.size(); k++) all.get(k).restore(before.get(k), savedBefore.get(k), filesBefore.get(k));
            ws.pendingRegion.set(pendingBefore);
        }

        @Override public String description() { return description; }
    }

    private static boolean sameValues(Levers a, Levers b) {
        return a.regionWide().equals(b.regionWide()) && a.districtOverrides().equals(b.districtOverrides())
                && a.regionSchedules().equals(b.regionSchedules()) && a.districtSchedules().equals(b.districtSchedules());
    }

    private String districtName(ScenarioDocument d, String id) {
        var dist = d.region().region().district(id);
        return dist == null ? id : i18n().pick(dist.nameZh(), dist.nameEn());
    }

    /** Replaces a slot's document; merges with the next edit of the same lever during a drag. */
    static final class DocumentEdit implements Command {
        private final ScenarioSlot slot;
        private final ScenarioDocument before;
        private ScenarioDocument after;
        private final String description;
        private final String mergeKey;

        DocumentEdit(ScenarioSlot slot, ScenarioDocument before, ScenarioDocument after, String description, String mergeKey) {
            this.slot = slot;
            this.before = before;
            this.after = after;
            this.description = description;
            this.mergeKey = mergeKey;
        }

        @Override public void execute() { slot.setDocument(after); }

        @Override public void undo() { slot.setDocument(before); }

        @Override public String description() { return description; }

        @Override public boolean mergeWith(Command next) {
            if (mergeKey == null || !(next instanceof DocumentEdit)) return false;
            DocumentEdit n = (DocumentEdit) next;
            if (n.slot != slot || !mergeKey.equals(n.mergeKey) || n.before != after) return false;
            after = n.after;
            return true;
        }
    }

    /** Adds or removes a scenario slot. */
    static final class SlotEdit implements Command {
        private final Workspace ws;
        private final ScenarioSlot slot;
        private final boolean add;
        private final String description;
        private final String mergeKey;
        private int index = -1;

        SlotEdit(Workspace ws, ScenarioSlot slot, boolean add, String description) {
            this(ws, slot, add, description, null);
        }

        /** An added slot whose first edit was a lever drag: the rest of the drag merges into it. */
        SlotEdit(Workspace ws, ScenarioSlot slot, boolean add, String description, String mergeKey) {
            this.ws = ws;
            this.slot = slot;
            this.add = add;
            this.description = description;
            this.mergeKey = mergeKey;
        }

        @Override public boolean mergeWith(Command next) {
            // The slot keeps the drag's last document, so redo re-adds it as it was when undone.
            return add && mergeKey != null && next instanceof DocumentEdit
                    && ((DocumentEdit) next).slot == slot && mergeKey.equals(((DocumentEdit) next).mergeKey);
        }

        @Override public void execute() { if (add) doAdd(); else doRemove(); }

        @Override public void undo() { if (add) doRemove(); else doAdd(); }

        private void doAdd() {
            int at = index >= 0 ? index : ws.slots.size();
            if (ws.slots.contains(slot)) return;
            if (slot.result() == null) ws.addSlotQuietly(at, slot);
            else ws.slots.add(Math.min(at, ws.slots.size()), slot);
            ws.select(slot);
        }

        private void doRemove() {
            index = ws.slots.indexOf(slot);
            ws.removeSlotQuietly(slot);
        }

        @Override public String description() { return description; }
    }
}
