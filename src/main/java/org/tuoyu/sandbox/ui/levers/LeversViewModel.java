package org.tuoyu.sandbox.ui.levers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * The levers of the selected scenario, grouped as the policy study groups them, and the
 * per-district overrides. Edits go to the workspace as commands; this class only reads records.
 */
public final class LeversViewModel {

    private final Workspace ws;
    private final Map<LeverKey, LeverRow> rows = new EnumMap<>(LeverKey.class);
    private ScenarioSlot watched;
    private final javafx.beans.property.ReadOnlyLongWrapper revision = new javafx.beans.property.ReadOnlyLongWrapper();
    private final ChangeListener<ScenarioDocument> docListener = (o, a, b) -> refresh();

    public LeversViewModel(Workspace ws) {
        this.ws = ws;
        for (LeverKey k : LeverKey.values()) rows.put(k, new LeverRow(k));
        ws.selectedProperty().addListener((o, a, b) -> watch(b));
        ws.slots().addListener((javafx.collections.ListChangeListener<ScenarioSlot>) c -> refresh());
        watch(ws.selected());
    }

    private void watch(ScenarioSlot s) {
        if (watched != null) watched.documentProperty().removeListener(docListener);
        watched = s;
        if (s != null) s.documentProperty().addListener(docListener);
        refresh();
    }

    private void refresh() {
        if (watched == null) return;
        Levers l = watched.document().scenario().levers();
        Levers ref = ws.referenceLevers(watched);
        for (LeverKey k : LeverKey.values()) {
            rows.get(k).update(l.regionWide().get(k), ref == null ? l.regionWide().get(k) : ref.regionWide().get(k));
        }
        revision.set(revision.get() + 1);
    }

    /** Ticks whenever the levers shown may have changed (an edit, undo, redo, another scenario): fields resync. */
    public javafx.beans.property.ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** True while the selected scenario is the baseline and edits to it open a new reform. */
    public boolean baselineLocked() { return watched != null && watched == ws.baseline() && !ws.editBaselineProperty().get(); }

    public LeverRow row(LeverKey k) { return rows.get(k); }

    public List<LeverKey> keys(LeverGroup g) {
        List<LeverKey> r = new ArrayList<>();
        for (LeverKey k : LeverKey.values()) if (k.group() == g) r.add(k);
        return r;
    }

    /** Sets a lever region-wide; returns why the value is refused, or null. */
    public String set(LeverKey k, double v) {
        if (watched == null) return null;
        String why = ws.i18n().refusal(k, v);
        if (why != null) return why;
        ws.setLever(watched, null, k, v);
        return null;
    }

    /** The slider was released or the field committed: the next change is a new undo step. */
    public void endEdit() { ws.undoStack().seal(); }

    // ---- district table -------------------------------------------------------------------------

    public List<District> districts() {
        return watched == null ? List.of() : watched.document().region().region().districts();
    }

    public double value(String districtId, LeverKey k) {
        return watched.document().scenario().levers().forDistrict(districtId).get(k);
    }

    public boolean isOverridden(String districtId, LeverKey k) {
        return watched != null
                && watched.document().scenario().levers().districtOverrides().getOrDefault(districtId, Collections.emptyMap()).containsKey(k);
    }

    public String setOverride(String districtId, LeverKey k, double v) {
        if (watched == null) return null;
        String why = ws.i18n().refusal(k, v);
        if (why != null) return why;
        ws.undoStack().seal();
        ws.setLever(watched, districtId, k, v);
        ws.undoStack().seal();
        return null;
    }

    public void resetOverride(String districtId, LeverKey k) {
        if (watched != null) ws.resetOverride(watched, districtId, k);
    }

    public Workspace workspace() { return ws; }
}
