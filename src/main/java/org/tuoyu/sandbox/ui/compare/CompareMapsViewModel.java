package org.tuoyu.sandbox.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.map.MapIndicator;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.map.MapViewModel;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * The small multiples of the comparison: one map per reform of its districts' change against the baseline in the
 * selected year, all on one colour scale centred on zero, so that the same colour means the same change in every map.
 * For the map tab's "every open scenario" mode the baseline has a map too, for levels (its changes are all zero).
 */
public final class CompareMapsViewModel {

    /**
     * One reform's map: its short and full name, its slot's colour (the comparison table's), its districts' values, and
     * the slot itself (a click on the map selects it).
     */
    public record Panel(String name, String fullName, String colour, List<MapViewModel.Area> areas, ScenarioSlot slot,
                        boolean baseline) {
        /** The district's value, or null when the reform has no such district on the map. */
        public Double value(String code, MapIndicator m) {
            for (MapViewModel.Area a : areas) if (a.code().equals(code)) return a.value(m);
            return null;
        }

        public MapViewModel.Area area(String id) {
            for (MapViewModel.Area a : areas) if (a.id().equals(id)) return a;
            return null;
        }
    }

    /** The baseline region's map (null: none), every scenario with a result, the year shown, the selected scenario. */
    public record Data(DistrictShapes shapes, List<Panel> panels, int year, ScenarioSlot selected) {
        /** The maps an indicator draws: a change against the baseline has none for the baseline itself. */
        public List<Panel> panels(MapIndicator m) {
            return m.diverging() ? panels.stream().filter(p -> !p.baseline()).toList() : panels;
        }

        /**
         * The shared scale for an indicator over every map it draws: a change symmetric around zero, reaching the
         * largest change in any map; a level from zero to a round number at or above the largest value in any map.
         */
        public double[] range(MapIndicator m) {
            double lo = 0, hi = 0;
            for (Panel p : panels(m)) {
                for (MapViewModel.Area a : p.areas()) {
                    lo = Math.min(lo, a.value(m));
                    hi = Math.max(hi, a.value(m));
                }
            }
            return MapView.scaleRange(m, lo, hi);
        }
    }

    private final Workspace ws;
    private final boolean withBaseline;

    /** The reforms only (the comparison charts). */
    public CompareMapsViewModel(Workspace ws) { this(ws, false); }

    /** With the baseline's own map first when {@code withBaseline} (the map tab's every-scenario mode). */
    public CompareMapsViewModel(Workspace ws, boolean withBaseline) {
        this.ws = ws;
        this.withBaseline = withBaseline;
    }

    /** The maps now; reforms still being computed are left out until their result is in. */
    public Data data() {
        I18n i = ws.i18n();
        ScenarioSlot base = ws.baseline();
        YearResult b = base == null ? null : ws.yearOf(base.result());
        List<Panel> panels = new ArrayList<>();
        List<ScenarioSlot> slots = ws.slots();
        for (int k = withBaseline ? 0 : 1; k < slots.size() && b != null; k++) {
            ScenarioSlot s = slots.get(k);
            YearResult y = ws.yearOf(s.result());
            if (y == null) continue;
            String name = ComparisonViewModel.label(ws, s);
            panels.add(new Panel(name, s.displayName(i), Workspace.colourOf(s, k),
                    MapViewModel.areas(s.document().region().region(), y, b, i), s, k == 0));
        }
        DistrictShapes shapes = base == null ? null : MapViewModel.shapes(base.document().region().mapResource());
        return new Data(shapes, panels, ws.yearProperty().get(), ws.selected());
    }
}
