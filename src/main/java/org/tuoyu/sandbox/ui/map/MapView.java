package org.tuoyu.sandbox.ui.map;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
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
import javafx.scene.text.TextAlignment;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * A map of the region's districts, coloured by a chosen indicator, drawn on a Canvas with a
 * lon/lat projection. A click selects a district.
 */
public final class MapView extends BorderPane {

    private final I18n i18n;
    private final DistrictShapes shapes;
    private final Canvas canvas = new Canvas();
    private final ComboBox<MapIndicator> indicator = new ComboBox<>(FXCollections.observableArrayList(MapIndicator.values()));
    private final Label note = new Label();
    private YearResult current;
    private YearResult reference;
    private Region region;
    private String selected;

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
            if (shapes == null || region == null) return;
            DistrictShapes.Projection p = shapes.fit(canvas.getWidth(), canvas.getHeight(), 20);
            double lon = (e.getX() - p.ox()) / (p.k() * p.scale()) + p.lon0();
            double lat = p.lat0() - (e.getY() - p.oy()) / p.scale();
            String code = shapes.codeAt(lon, lat);
            for (District d : region.districts()) {
                if (d.code() != null && d.code().equals(code)) {
                    selected = d.id();
                    draw();
                    onSelect.accept(d.id());
                }
            }
        });
        setCenter(holder);
    }

    public void show(Region region, YearResult current, YearResult reference, String selectedDistrict) {
        this.region = region;
        this.current = current;
        this.reference = reference;
        this.selected = selectedDistrict;
        draw();
    }

    public ComboBox<MapIndicator> indicator() { return indicator; }

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
        double[] range = scaleRange(lo, hi);
        lo = range[0];
        hi = range[1];
        boolean matched = false;
        for (DistrictShapes.Shape s : shapes.shapes()) matched |= byCode.containsKey(s.code());
        note.setText(matched ? "" : i18n.t("map.otherRegion"));
        double legendW = 140;
        DistrictShapes.Projection p = shapes.fit(w - legendW, h, 20);
        g.setLineWidth(1);
        for (DistrictShapes.Shape s : shapes.shapes()) {
            Double v = byCode.get(s.code());
            g.setFill(v == null ? Color.gray(0.9) : colour(v, lo, hi));
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
        // selection outline and labels on top
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(11));
        for (DistrictShapes.Shape s : shapes.shapes()) {
            DistrictResult d = resultByCode.get(s.code());
            if (d == null) continue;
            double[][] big = s.rings().get(0);
            for (double[][] r : s.rings()) if (r[0].length > big[0].length) big = r;
            double cx = 0, cy = 0;
            for (int i = 0; i < big[0].length; i++) { cx += big[0][i]; cy += big[1][i]; }
            cx /= big[0].length;
            cy /= big[0].length;
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
            double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
            g.setFill(t > 0.6 ? Color.WHITE : Color.web("#1a202c"));
            g.fillText(i18n.pick(d.nameZh(), d.nameEn()), p.x(cx), p.y(cy) - 7);
            g.fillText(m.format(v, i18n), p.x(cx), p.y(cy) + 7);
        }
        // legend
        double lx = w - legendW + 10, ly = 30;
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.web("#1a202c"));
        g.fillText(i18n.t(m.key()), lx, ly - 14);
        for (int i = 0; i < 100; i++) {
            g.setFill(colour(lo + (hi - lo) * (1 - i / 99.0), lo, hi));
            g.fillRect(lx, ly + i * 1.6, 16, 1.7);
        }
        g.setFill(Color.web("#1a202c"));
        g.fillText(m.format(hi, i18n), lx + 22, ly + 4);
        g.fillText(m.format(lo, i18n), lx + 22, ly + 158);
    }

    /** Light yellow to dark blue. */
    /**
     * The colour scale's ends for values between lo and hi. Near-equal values should look near-equal:
     * the scale spans at least 10% of their size, so 10.5% against 10.6% is not drawn as the palest
     * against the darkest.
     */
    public static double[] scaleRange(double lo, double hi) {
        double span = Math.max(Math.abs(lo), Math.abs(hi)) * 0.1;
        if (hi - lo >= span) return new double[] {lo, hi};
        double mid = (lo + hi) / 2;
        return new double[] {mid - span / 2, mid + span / 2};
    }

    public static Color colour(double v, double lo, double hi) {
        double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        t = Math.max(0, Math.min(1, t));
        Color a = Color.web("#fff7bc"), b = Color.web("#41b6c4"), c = Color.web("#253494");
        return t < 0.5 ? a.interpolate(b, t * 2) : b.interpolate(c, (t - 0.5) * 2);
    }
}
