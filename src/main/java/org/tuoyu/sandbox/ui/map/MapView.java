package org.tuoyu.sandbox.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * A map of the region's districts, coloured by a chosen indicator, drawn on a Canvas with a
 * lon/lat projection. A click selects a district: the click is mapped back through the very
 * projection the last drawing used, so the district under the pointer is the one selected.
 */
public final class MapView extends BorderPane {

    private static final double LEGEND_MIN_W = 150;
    private static final Font LABEL_FONT = Font.font(11);

    private final I18n i18n;
    private DistrictShapes shapes;
    private final Canvas canvas = new Canvas();
    private final ComboBox<MapIndicator> indicator = new ComboBox<>(FXCollections.observableArrayList(MapIndicator.values()));
    private final Label note = new Label();
    private List<MapViewModel.Area> areas;
    private List<Bounds> labelBoxes = List.of();
    private String selected;
    private String legendScenario, legendColour;
    private DistrictShapes.Projection projection;

    public MapView(I18n i18n, DistrictShapes shapes, Consumer<String> onSelect) {
        this.i18n = i18n;
        this.shapes = shapes;
        indicator.setId("map-indicator");
        indicator.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(MapIndicator m) { return m == null ? "" : m.label(i18n); }
            @Override public MapIndicator fromString(String s) { return null; }
        });
        indicator.setValue(MapIndicator.ENROLMENT_RATE);
        indicator.valueProperty().addListener((o, a, b) -> draw());
        Label colourBy = new Label(i18n.t("map.colourBy"));
        colourBy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setWrapText(true);
        note.setMinWidth(0);
        HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(8, colourBy, indicator, note);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(4));
        setTop(top);
        Pane holder = new Pane(canvas);
        holder.setMinSize(100, 100);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        canvas.setId("map-canvas");
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY) return; // right-click is the export menu
            String id = districtAt(e.getX(), e.getY());
            if (id == null) return;
            selected = id;
            draw();
            onSelect.accept(id);
        });
        setCenter(holder);
        org.tuoyu.sandbox.ui.charts.ChartExport.installOnNode(canvas, i18n.t("tab.map"), i18n);
    }

    /** Draws prepared areas (MapViewModel.areas) on the region's map (null: none) with one district outlined. */
    public void show(List<MapViewModel.Area> areas, DistrictShapes map, String selectedDistrict) {
        show(areas, map, selectedDistrict, null, null);
    }

    /**
     * The same, the legend headed by the scenario shown: its name beside a swatch of its colour ("#RRGGBB", the
     * slot's, as in the comparison and its charts).
     */
    public void show(List<MapViewModel.Area> areas, DistrictShapes map, String selectedDistrict, String scenario, String colour) {
        this.legendScenario = scenario;
        this.legendColour = colour;
        this.areas = areas;
        this.shapes = map;
        this.selected = selectedDistrict;
        draw();
    }

    public ComboBox<MapIndicator> indicator() { return indicator; }

    public Canvas canvas() { return canvas; }

    /** The projection of the last drawing (null before the first); clicks are read through it. */
    public DistrictShapes.Projection projection() { return projection; }

    /** Where the last drawing put each district's name and value (canvas coordinates). */
    public List<Bounds> labelBoxes() { return List.copyOf(labelBoxes); }

    /** The colour of the scenario the legend names ("#RRGGBB"), or null. */
    public String legendColour() { return legendColour; }

    /** The district drawn selected, or null. */
    public String selectedDistrict() { return selected; }

    /** The region's district under a canvas point, or null. */
    public String districtAt(double x, double y) {
        if (shapes == null || areas == null || projection == null) return null;
        String code = shapes.codeAt(projection.lon(x), projection.lat(y));
        if (code == null) return null;
        for (MapViewModel.Area a : areas) if (code.equals(a.code())) return a.id();
        return null;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (shapes == null || areas == null || w < 50 || h < 50) {
            note.setText(shapes == null ? i18n.t("map.none") : "");
            return;
        }
        MapIndicator m = indicator.getValue();
        Map<String, Double> byCode = new HashMap<>();
        Map<String, MapViewModel.Area> resultByCode = new HashMap<>();
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (MapViewModel.Area d : areas) {
            double v = d.value(m);
            byCode.put(d.code(), v);
            resultByCode.put(d.code(), d);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] range = scaleRange(m, lo, hi);
        boolean matched = false;
        for (DistrictShapes.Shape s : shapes.shapes()) matched |= byCode.containsKey(s.code());
        note.setText(matched ? "" : i18n.t("map.otherRegion"));
        List<String> title = wrap(m.label(i18n), LEGEND_MIN_W - 16);
        double legendW = LEGEND_MIN_W;
        projection = shapes.fit(w - legendW, h, 20);
        drawShapes(g, m, byCode, range);
        drawLabels(g, m, byCode, resultByCode, range);
        drawLegend(g, m, title, range, w - legendW + 8);
    }

    private void drawShapes(GraphicsContext g, MapIndicator m, Map<String, Double> byCode, double[] range) {
        MapPainter.fill(g, shapes, projection, code -> {
            Double v = byCode.get(code);
            return v == null ? null : colour(m, v, range[0], range[1]);
        }, 1);
    }

    /** Outline of the selected district, then names and values; a label that would overlap another moves to a free place. */
    private void drawLabels(GraphicsContext g, MapIndicator m, Map<String, Double> byCode,
                            Map<String, MapViewModel.Area> resultByCode, double[] range) {
        DistrictShapes.Projection p = projection;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(LABEL_FONT);
        List<Bounds> placed = new ArrayList<>();
        List<Placed> labels = new ArrayList<>();
        labelBoxes = placed;
        for (DistrictShapes.Shape s : shapes.shapes()) {
            MapViewModel.Area d = resultByCode.get(s.code());
            if (d == null) continue;
            if (d.id().equals(selected)) MapPainter.outline(g, s, p, 2.5);
            double v = byCode.get(s.code());
            String name = d.name();
            String value = m.format(v, i18n);
            double[] c = DistrictShapes.interiorPoint(s);
            double x = p.x(c[0]), y = p.y(c[1]);
            double bw = Math.max(textWidth(name), textWidth(value)) + 4;
            Bounds box = free(x, y, bw, placed);
            placed.add(box);
            labels.add(new Placed(name, value, x, y, box, v, projectedWidth(s, p) < bw));
        }
        // leader lines first, then the cards and texts over them, so no line crosses a name
        for (Placed l : labels) {
            if (!l.moved()) continue;
            g.setStroke(Color.web("#4a5568"));
            g.setLineWidth(0.8);
            double ly = l.box().getMinY() + 14;
            g.strokeLine(l.cx(), l.cy(), l.box().getMinX() + l.box().getWidth() / 2, ly + (ly > l.cy() ? -14 : 14));
            g.setLineWidth(1);
        }
        for (Placed l : labels) {
            double x = l.box().getMinX() + l.box().getWidth() / 2, y = l.box().getMinY() + 14;
            double t = range[1] > range[0] ? (l.v() - range[0]) / (range[1] - range[0]) : 0.5;
            boolean dark = m.diverging() ? Math.abs(t - 0.5) > 0.35 : t > 0.6;
            if (l.moved() || l.tooSmall()) { // on a neighbour's colour or across borders: on a white card instead
                g.setFill(Color.rgb(255, 255, 255, 0.85));
                g.fillRoundRect(l.box().getMinX(), l.box().getMinY(), l.box().getWidth(), l.box().getHeight(), 4, 4);
                dark = false;
            }
            g.setFill(dark ? Color.WHITE : Color.web("#1a202c"));
            g.fillText(l.name(), x, y - 7);
            g.fillText(l.value(), x, y + 7);
        }
    }

    /** How wide a district is drawn, in pixels: a label wider than that runs across its neighbours' borders. */
    private static double projectedWidth(DistrictShapes.Shape s, DistrictShapes.Projection p) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (double[][] r : s.rings()) {
            for (double lon : r[0]) {
                lo = Math.min(lo, p.x(lon));
                hi = Math.max(hi, p.x(lon));
            }
        }
        return hi - lo;
    }

    /** A district's label where it was placed; (cx, cy) is the district's interior point. */
    private record Placed(String name, String value, double cx, double cy, Bounds box, double v, boolean tooSmall) {
        boolean moved() { return Math.hypot(box.getMinX() + box.getWidth() / 2 - cx, box.getMinY() + 14 - cy) > 12; }
    }

    /**
     * The first place for a label near (x, y) that no placed label covers: rings of candidates around the district's
     * interior point, nearest first (below, above, right, left, then diagonals); the small central districts of
     * Beijing need up to about 60 px.
     */
    private static Bounds free(double x, double y, double bw, List<Bounds> placed) {
        double[][] dirs = {{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}};
        Bounds first = new BoundingBox(x - bw / 2, y - 14, bw, 28);
        if (!overlaps(first, placed)) return first;
        for (int ring = 1; ring <= 8; ring++) {
            for (double[] d : dirs) {
                double nx = x + d[0] * ring * (bw / 2 + 2) * 0.5, ny = y + d[1] * ring * 15;
                Bounds b = new BoundingBox(nx - bw / 2, ny - 14, bw, 28);
                if (!overlaps(b, placed)) return b;
            }
        }
        return first;
    }

    private static boolean overlaps(Bounds b, List<Bounds> placed) {
        for (Bounds o : placed) if (o.intersects(b)) return true;
        return false;
    }

    private void drawLegend(GraphicsContext g, MapIndicator m, List<String> title, double[] range, double lx) {
        double ly = 16;
        if (legendScenario != null && legendColour != null) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(Color.web(legendColour));
            g.fillRect(lx, ly - 6, 12, 12);
            g.setFill(MapPainter.INK);
            for (String line : wrap(legendScenario, LEGEND_MIN_W - 34)) {
                g.fillText(line, lx + 16, ly);
                ly += 15;
            }
            ly += 4;
        }
        MapPainter.legend(g, m, title, range, lx, ly, 160, i18n);
    }

    /** Greedy line breaks so the legend title fits its column (Chinese has no spaces: break anywhere). */
    public static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<=[\\s（(])|(?<=\\p{IsHan})")) {
            if (line.length() > 0 && textWidth(line + word) > width) {
                lines.add(line.toString().trim());
                line.setLength(0);
            }
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString().trim());
        return lines;
    }

    private static double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(LABEL_FONT);
        return t.getLayoutBounds().getWidth();
    }

    /**
     * The colour scale's ends for values between lo and hi. Levels run from zero to a round number
     * at or above the largest value, so 12.5% and 13.9% look alike, as they are; changes run
     * symmetrically around zero (at least ±0.5 百分点 or ±1 万元), so no change is neutral.
     */
    public static double[] scaleRange(MapIndicator m, double lo, double hi) {
        if (m.diverging()) {
            double a = niceCeil(Math.max(Math.max(Math.abs(lo), Math.abs(hi)), m.smallestScale()));
            return new double[] {-a, a};
        }
        double top = niceCeil(Math.max(hi, 0));
        double bottom = lo < 0 ? -niceCeil(-lo) : 0;
        if (top <= bottom) top = bottom + 1;
        return new double[] {bottom, top};
    }

    /** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 times a power of ten at or above x. */
    static double niceCeil(double x) {
        if (x <= 0) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double f : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) if (f * p >= x * (1 - 1e-12)) return f * p;
        return 10 * p;
    }

    /** Levels: light yellow to dark blue; changes: orange (down) through white to blue (up). */
    public static Color colour(MapIndicator m, double v, double lo, double hi) {
        double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        t = Math.max(0, Math.min(1, t));
        if (m.diverging()) {
            Color a = Color.web("#b35806"), b = Color.web("#f7f7f7"), c = Color.web("#2166ac");
            return t < 0.5 ? a.interpolate(b, t * 2) : b.interpolate(c, (t - 0.5) * 2);
        }
        Color a = Color.web("#fff7bc"), b = Color.web("#41b6c4"), c = Color.web("#253494");
        return t < 0.5 ? a.interpolate(b, t * 2) : b.interpolate(c, (t - 0.5) * 2);
    }
}
