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
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.YearResult;
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
    private final DistrictShapes shapes;
    private final Canvas canvas = new Canvas();
    private final ComboBox<MapIndicator> indicator = new ComboBox<>(FXCollections.observableArrayList(MapIndicator.values()));
    private final Label note = new Label();
    private YearResult current;
    private YearResult reference;
    private Region region;
    private String selected;
    private DistrictShapes.Projection projection;

    public MapView(I18n i18n, DistrictShapes shapes, Consumer<String> onSelect) {
        this.i18n = i18n;
        this.shapes = shapes;
        indicator.setId("map-indicator");
        indicator.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(MapIndicator m) { return m == null ? "" : i18n.t(m.key()); }
            @Override public MapIndicator fromString(String s) { return null; }
        });
        indicator.setValue(MapIndicator.ENROLMENT_RATE);
        indicator.valueProperty().addListener((o, a, b) -> draw());
        HBox top = new HBox(8, new Label(i18n.t("map.colourBy")), indicator, note);
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

    public void show(Region region, YearResult current, YearResult reference, String selectedDistrict) {
        this.region = region;
        this.current = current;
        this.reference = reference;
        this.selected = selectedDistrict;
        draw();
    }

    public ComboBox<MapIndicator> indicator() { return indicator; }

    public Canvas canvas() { return canvas; }

    /** The projection of the last drawing (null before the first); clicks are read through it. */
    public DistrictShapes.Projection projection() { return projection; }

    /** The district drawn selected, or null. */
    public String selectedDistrict() { return selected; }

    /** The region's district under a canvas point, or null. */
    public String districtAt(double x, double y) {
        if (shapes == null || region == null || projection == null) return null;
        String code = shapes.codeAt(projection.lon(x), projection.lat(y));
        if (code == null) return null;
        for (District d : region.districts()) if (code.equals(d.code())) return d.id();
        return null;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (shapes == null || current == null || region == null || w < 50 || h < 50) {
            note.setText(shapes == null ? i18n.t("map.none") : "");
            return;
        }
        MapIndicator m = indicator.getValue();
        Map<String, Double> byCode = new HashMap<>();
        Map<String, DistrictResult> resultByCode = new HashMap<>();
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (DistrictResult d : current.districts()) {
            District dist = region.district(d.id());
            if (dist == null || dist.code() == null) continue;
            double v = m.value(d, reference == null ? null : reference.district(d.id()));
            byCode.put(dist.code(), v);
            resultByCode.put(dist.code(), d);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] range = scaleRange(m, lo, hi);
        boolean matched = false;
        for (DistrictShapes.Shape s : shapes.shapes()) matched |= byCode.containsKey(s.code());
        note.setText(matched ? "" : i18n.t("map.otherRegion"));
        List<String> title = wrap(i18n.t(m.key()), LEGEND_MIN_W - 16);
        double legendW = LEGEND_MIN_W;
        projection = shapes.fit(w - legendW, h, 20);
        drawShapes(g, m, byCode, range);
        drawLabels(g, m, byCode, resultByCode, range);
        drawLegend(g, m, title, range, w - legendW + 8);
    }

    private void drawShapes(GraphicsContext g, MapIndicator m, Map<String, Double> byCode, double[] range) {
        DistrictShapes.Projection p = projection;
        g.setLineWidth(1);
        for (DistrictShapes.Shape s : shapes.shapes()) {
            Double v = byCode.get(s.code());
            g.setFill(v == null ? Color.gray(0.9) : colour(m, v, range[0], range[1]));
            g.setStroke(Color.WHITE);
            for (double[][] r : s.rings()) {
                double[] xs = new double[r[0].length], ys = new double[r[0].length];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = p.x(r[0][i]);
                    ys[i] = p.y(r[1][i]);
                }
                g.fillPolygon(xs, ys, xs.length);
                g.strokePolygon(xs, ys, xs.length);
            }
        }
    }

    /** Outline of the selected district, then names and values; a label that would overlap another moves down. */
    private void drawLabels(GraphicsContext g, MapIndicator m, Map<String, Double> byCode,
                            Map<String, DistrictResult> resultByCode, double[] range) {
        DistrictShapes.Projection p = projection;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(LABEL_FONT);
        List<Bounds> placed = new ArrayList<>();
        for (DistrictShapes.Shape s : shapes.shapes()) {
            DistrictResult d = resultByCode.get(s.code());
            if (d == null) continue;
            if (d.id().equals(selected)) {
                g.setStroke(Color.web("#1a202c"));
                g.setLineWidth(2.5);
                for (double[][] r : s.rings()) {
                    double[] xs = new double[r[0].length], ys = new double[r[0].length];
                    for (int i = 0; i < xs.length; i++) { xs[i] = p.x(r[0][i]); ys[i] = p.y(r[1][i]); }
                    g.strokePolygon(xs, ys, xs.length);
                }
                g.setLineWidth(1);
            }
            double v = byCode.get(s.code());
            String name = i18n.pick(d.nameZh(), d.nameEn());
            String value = m.format(v, i18n);
            double[] c = DistrictShapes.interiorPoint(s);
            double x = p.x(c[0]), y = p.y(c[1]);
            double bw = Math.max(textWidth(name), textWidth(value)) + 4;
            Bounds box = new BoundingBox(x - bw / 2, y - 14, bw, 28);
            for (int tries = 0; tries < 6 && overlaps(box, placed); tries++) {
                y += 15;
                box = new BoundingBox(x - bw / 2, y - 14, bw, 28);
            }
            placed.add(box);
            double t = range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 0.5;
            boolean dark = m.diverging() ? Math.abs(t - 0.5) > 0.35 : t > 0.6;
            g.setFill(dark ? Color.WHITE : Color.web("#1a202c"));
            g.fillText(name, x, y - 7);
            g.fillText(value, x, y + 7);
        }
    }

    private static boolean overlaps(Bounds b, List<Bounds> placed) {
        for (Bounds o : placed) if (o.intersects(b)) return true;
        return false;
    }

    private void drawLegend(GraphicsContext g, MapIndicator m, List<String> title, double[] range, double lx) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.web("#1a202c"));
        double ly = 16;
        for (String line : title) {
            g.fillText(line, lx, ly);
            ly += 15;
        }
        ly += 6;
        double barH = 160;
        for (int i = 0; i < 100; i++) {
            g.setFill(colour(m, range[0] + (range[1] - range[0]) * (1 - i / 99.0), range[0], range[1]));
            g.fillRect(lx, ly + i * barH / 100, 16, barH / 100 + 0.1);
        }
        g.setFill(Color.web("#1a202c"));
        for (int k = 0; k <= 4; k++) {
            double v = range[1] - (range[1] - range[0]) * k / 4;
            g.fillText(m.format(v, i18n), lx + 22, ly + barH * k / 4);
        }
    }

    /** Greedy line breaks so the legend title fits its column (Chinese has no spaces: break anywhere). */
    static List<String> wrap(String text, double width) {
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
     * symmetrically around zero (at least ±0.5 of the indicator's unit step), so no change is neutral.
     */
    public static double[] scaleRange(MapIndicator m, double lo, double hi) {
        if (m.diverging()) {
            double a = niceCeil(Math.max(Math.max(Math.abs(lo), Math.abs(hi)), 0.005));
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
