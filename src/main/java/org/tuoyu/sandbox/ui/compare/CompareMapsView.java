package org.tuoyu.sandbox.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.tuoyu.sandbox.ui.charts.ChartExport;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.map.MapIndicator;
import org.tuoyu.sandbox.ui.map.MapPainter;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.map.MapViewModel;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/**
 * Small multiples: one map per reform, side by side on one canvas, each district coloured by its change against the
 * baseline on one shared scale centred on zero, with one legend. A click on any map selects that district in all of
 * them (outlined) and reads every reform's change there; the click goes back through the projection that drew the map
 * under the pointer. The map tab uses the same view for every open scenario, levels as well as changes
 * ({@link Kind#EVERY_SCENARIO}); the selected scenario's map is framed in its colour.
 */
public final class CompareMapsView extends BorderPane {

    private static final double LEGEND_W = 176;
    private static final double TITLE_H = 20;
    private static final Font TITLE_FONT = Font.font(12);

    /** Which small multiples: the comparison's reforms (changes only), or the map tab's every open scenario (any indicator). */
    public enum Kind {
        REFORMS("cmp", "compare-maps", "cmpMap.note"),
        EVERY_SCENARIO("all", "all-maps", "allMaps.note");

        final String prefix, id, noteKey;

        Kind(String prefix, String id, String noteKey) {
            this.prefix = prefix;
            this.id = id;
            this.noteKey = noteKey;
        }
    }

    /** One drawn map: whose it is, where on the canvas, and the projection that drew it. */
    public record SmallMap(CompareMapsViewModel.Panel panel, Bounds box, DistrictShapes.Projection projection) {}

    private final I18n i18n;
    private final Supplier<CompareMapsViewModel.Data> source;
    private final Canvas canvas = new Canvas();
    private final Kind kind;
    private final ComboBox<MapIndicator> indicator;
    private final Label note = new Label();
    private final Label readout = new Label();
    private CompareMapsViewModel.Data data;
    private List<SmallMap> maps = List.of();
    private double[] range = {-1, 1};
    private String selected;
    private BiConsumer<ScenarioSlot, String> onPick = (slot, district) -> { };

    public CompareMapsView(I18n i18n, Supplier<CompareMapsViewModel.Data> source) { this(i18n, source, Kind.REFORMS); }

    public CompareMapsView(I18n i18n, Supplier<CompareMapsViewModel.Data> source, Kind kind) {
        this.i18n = i18n;
        this.source = source;
        this.kind = kind;
        indicator = new ComboBox<>(FXCollections.observableArrayList(kind == Kind.REFORMS ? MapIndicator.changes()
                : List.of(MapIndicator.values())));
        setId(kind.id);
        indicator.setId(kind.prefix + "-map-indicator");
        indicator.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(MapIndicator m) { return m == null ? "" : m.label(i18n); }
            @Override public MapIndicator fromString(String s) { return null; }
        });
        indicator.setValue(kind == Kind.REFORMS ? MapIndicator.ENROLMENT_RATE_CHANGE : MapIndicator.ENROLMENT_RATE);
        indicator.valueProperty().addListener((o, a, b) -> { draw(); read(); });
        note.setId(kind.prefix + "-map-note");
        Label colourBy = new Label(i18n.t("map.colourBy"));
        colourBy.setMinWidth(Region.USE_PREF_SIZE);
        note.setWrapText(true); // its own line, wrapped: at 1366 px in English it does not fit beside the picker
        HBox picker = new HBox(8, colourBy, indicator);
        picker.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(2, picker, note);
        top.setPadding(new Insets(4));
        setTop(top);
        Pane holder = new Pane(canvas);
        holder.setMinSize(100, 100);
        canvas.setId(kind.prefix + "-maps-canvas");
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return; // right-click is the export menu
            String id = districtAt(e.getX(), e.getY());
            if (id == null) return;
            ScenarioSlot slot = mapAt(e.getX(), e.getY()).panel().slot();
            selected = id;
            draw();
            read();
            onPick.accept(slot, id); // the window selects that reform and district everywhere, the explanation too
        });
        Tooltip tip = new Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(300));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(hover(e.getX(), e.getY())));
        setCenter(holder);
        readout.setId(kind.prefix + "-map-readout");
        readout.setWrapText(true);
        readout.setPadding(new Insets(4));
        setBottom(readout);
        ChartExport.installOnNode(canvas, i18n.t(kind == Kind.REFORMS ? "cmpMap.title" : "allMaps.title"), i18n);
    }

    /** Reads the maps afresh (a result, the year or the list of scenarios changed) and draws them. */
    public void refresh() {
        data = source.get();
        draw();
        read();
    }

    public ComboBox<MapIndicator> indicator() { return indicator; }

    public Canvas canvas() { return canvas; }

    /** The maps of the last drawing, in the scenarios' order. */
    public List<SmallMap> maps() { return maps; }

    /** The shared colour scale of the last drawing (its two ends). */
    public double[] range() { return range.clone(); }

    public String selectedDistrict() { return selected; }

    /** Told the reform and the district of every click on a map (the window selects both everywhere). */
    public void setOnPick(BiConsumer<ScenarioSlot, String> onPick) { this.onPick = onPick; }

    /** Outlines a district selected elsewhere (the big map, the district table), or none (null). */
    public void select(String district) {
        if (java.util.Objects.equals(district, selected)) return;
        selected = district;
        draw();
        read();
    }

    /** The map under a canvas point, or null. */
    public SmallMap mapAt(double x, double y) {
        for (SmallMap m : maps) if (m.box().contains(x, y)) return m;
        return null;
    }

    /** The district under a canvas point on any of the maps, or null. */
    public String districtAt(double x, double y) {
        if (data == null || data.shapes() == null) return null;
        for (SmallMap m : maps) {
            if (!m.box().contains(x, y)) continue;
            String code = data.shapes().codeAt(m.projection().lon(x), m.projection().lat(y));
            if (code == null) return null;
            for (MapViewModel.Area a : m.panel().areas()) if (code.equals(a.code())) return a.id();
        }
        return null;
    }

    /** What the pointer is over: a map's title gives the reform's full name, a district its change in that reform. */
    String hover(double x, double y) {
        for (SmallMap m : maps) {
            if (!m.box().contains(x, y)) continue;
            if (y < m.box().getMinY() + TITLE_H) return m.panel().fullName();
            String id = districtAt(x, y);
            MapViewModel.Area a = id == null ? null : m.panel().area(id);
            MapIndicator ind = indicator.getValue();
            if (a != null) return i18n.t("cmpMap.readout", a.name(), m.panel().name() + " " + ind.format(a.value(ind), i18n));
            return m.panel().fullName();
        }
        return null;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        maps = List.of();
        if (data == null || w < 50 || h < 50) return;
        MapIndicator m = indicator.getValue();
        List<CompareMapsViewModel.Panel> panels = data.panels(m);
        if (data.shapes() == null || panels.isEmpty()) {
            note.setText(i18n.t(data.shapes() == null ? "map.none" : "cmpChart.noReform"));
            return;
        }
        note.setText(i18n.t(kind.noteKey, Integer.toString(data.year())) + (kind == Kind.EVERY_SCENARIO && m.diverging()
                ? i18n.t("allMaps.noBaseline") : ""));
        range = data.range(m);
        maps = layout(panels, data.shapes(), w - LEGEND_W, h);
        for (SmallMap s : maps) drawMap(g, s, m);
        MapPainter.legend(g, m, MapView.wrap(m.label(i18n), LEGEND_W - 24), range, w - LEGEND_W + 12, 16,
                Math.max(60, Math.min(200, h - 120)), i18n);
    }

    /** The grid of maps (columns and rows) that draws them largest in the space given. */
    static List<SmallMap> layout(List<CompareMapsViewModel.Panel> panels, DistrictShapes shapes, double w, double h) {
        DistrictShapes.Projection unit = shapes.fit(1000, 1000, 0);
        double spanX = unit.x(shapes.maxLon()) - unit.x(shapes.minLon());
        double spanY = unit.y(shapes.minLat()) - unit.y(shapes.maxLat());
        int n = panels.size(), best = 1;
        double bestScale = -1;
        for (int c = 1; c <= n; c++) {
            int rows = (n + c - 1) / c;
            double s = Math.min(w / c / spanX, (h / rows - TITLE_H) / spanY);
            if (s > bestScale) { bestScale = s; best = c; }
        }
        int cols = best, rows = (n + cols - 1) / cols;
        double cw = w / cols, ch = h / rows;
        List<SmallMap> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double x0 = (k % cols) * cw, y0 = (k / cols) * ch;
            DistrictShapes.Projection p = shapes.fit(cw, ch - TITLE_H, 6).shifted(x0, y0 + TITLE_H);
            out.add(new SmallMap(panels.get(k), new BoundingBox(x0, y0, cw, ch), p));
        }
        return out;
    }

    private void drawMap(GraphicsContext g, SmallMap s, MapIndicator m) {
        MapPainter.fill(g, data.shapes(), s.projection(), code -> {
            Double v = s.panel().value(code, m);
            return v == null ? null : MapView.colour(m, v, range[0], range[1]);
        }, 0.6);
        if (selected != null) {
            MapViewModel.Area a = s.panel().area(selected);
            for (DistrictShapes.Shape shape : data.shapes().shapes()) {
                if (a != null && shape.code().equals(a.code())) MapPainter.outline(g, shape, s.projection(), 2);
            }
        }
        if (s.panel().slot() == data.selected()) { // the selected scenario's map, framed in its colour
            g.setStroke(Color.web(s.panel().colour()));
            g.setLineWidth(2);
            g.strokeRect(s.box().getMinX() + 1, s.box().getMinY() + 1, s.box().getWidth() - 2, s.box().getHeight() - 2);
            g.setLineWidth(1);
        }
        double x = s.box().getMinX() + 6, y = s.box().getMinY() + TITLE_H / 2;
        g.setFill(Color.web(s.panel().colour()));
        g.fillRect(x, y - 5, 10, 10);
        g.setFill(MapPainter.INK);
        g.setFont(TITLE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(fit(s.panel().name(), s.box().getWidth() - 24), x + 14, y);
    }

    /** A title cut with "…" to fit a map's width. */
    private static String fit(String s, double width) {
        if (width(s) <= width) return s;
        String t = s;
        while (t.length() > 1 && width(t + "…") > width) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    private static double width(String s) {
        Text t = new Text(s);
        t.setFont(TITLE_FONT);
        return t.getLayoutBounds().getWidth();
    }

    /** The selected district's change in every reform, in the scenarios' order, or the hint to click one. */
    private void read() {
        MapIndicator m = indicator.getValue();
        List<CompareMapsViewModel.Panel> panels = data == null ? List.of() : data.panels(m);
        if (selected == null || panels.isEmpty()) {
            readout.setText(panels.isEmpty() ? "" : i18n.t(kind == Kind.REFORMS ? "cmpMap.hint" : "allMaps.hint"));
            return;
        }
        List<String> parts = new ArrayList<>();
        String name = selected;
        for (CompareMapsViewModel.Panel p : panels) {
            MapViewModel.Area a = p.area(selected);
            if (a == null) continue;
            name = a.name();
            parts.add(i18n.t("cmpMap.value", p.name(), m.format(a.value(m), i18n)));
        }
        readout.setText(i18n.t("cmpMap.readout", name, String.join(i18n.t("cmpMap.separator"), parts)));
    }
}
