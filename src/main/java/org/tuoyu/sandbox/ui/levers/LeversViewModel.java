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
import org.tuoyu.sandbox.ui.i18n.I18n;
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

    /** One titled section of levers, as the policy study groups them (补供方, 补需方, 假期, 托位). */
    public record Section(String id, String title, List<LeverRow> rows) {}

    /** The lever groups in the study's order, titled in the UI's language. */
    public List<Section> sections(I18n i) {
        List<Section> out = new ArrayList<>();
        for (LeverGroup g : LeverGroup.values()) {
            out.add(new Section(g.key(), i.group(g), keys(g).stream().map(rows::get).toList()));
        }
        return out;
    }

    /** Sets a lever region-wide; returns why the value is refused (in the UI's language), or null. */
    public String set(LeverRow row, double v) { return set(row.key(), v); }

    /**
     * What the lever is, its unit, the range it accepts and where the selected scenario's value comes from (its
     * source and flag), read when the tooltip shows.
     */
    public String tooltip(LeverRow row, I18n i) {
        StringBuilder b = new StringBuilder(row.name(i));
        if (!row.unit(i).isEmpty()) b.append('\n').append(i.t("levers.tipUnit", row.unit(i)));
        if (row.range(i) != null) b.append('\n').append(row.range(i));
        var p = watched == null ? null : watched.document().provenanceOf(row.key());
        b.append('\n').append(p == null || p.source() == null || p.source().isBlank()
                ? i.t("levers.tipNoSource") : i.t("levers.tipSource", p.source(), p.flag()));
        return b.toString();
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

    /** A district as the override table lists it: its id and its name in the UI's language. */
    public record DistrictEntry(String id, String name) {}

    /** The selected scenario's districts, in the region file's order. */
    public List<DistrictEntry> districts(I18n i) {
        if (watched == null) return List.of();
        List<DistrictEntry> out = new ArrayList<>();
        for (District d : watched.document().region().region().districts()) {
            out.add(new DistrictEntry(d.id(), i.pick(d.nameZh(), d.nameEn())));
        }
        return out;
    }

    /** The lever's value in one district: its own, or the region-wide value. */
    public double value(String districtId, LeverRow row) { return value(districtId, row.key()); }

    public boolean isOverridden(String districtId, LeverRow row) { return isOverridden(districtId, row.key()); }

    /** Gives one district its own value; returns why the value is refused, or null. One undo step. */
    public String setOverride(String districtId, LeverRow row, double v) { return setOverride(districtId, row.key(), v); }

    public void resetOverride(String districtId, LeverRow row) { resetOverride(districtId, row.key()); }

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
