package org.tuoyu.sandbox.ui.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * District boundaries read from a GeoJSON FeatureCollection (Polygon and MultiPolygon features),
 * keyed by the administrative code (adcode) that region files also carry.
 */
public final class DistrictShapes {

    /** The Beijing map shipped in the jar. */
    public static final String BEIJING = "/assets/beijing-districts.geojson";

    /** One district: its code, its name in the file, and its rings as {lon[], lat[]} pairs. */
    public record Shape(String code, String name, List<double[][]> rings) {}

    private final List<Shape> shapes;
    private final double minLon, maxLon, minLat, maxLat;

    private DistrictShapes(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
        double a = Double.MAX_VALUE, b = -Double.MAX_VALUE, c = Double.MAX_VALUE, d = -Double.MAX_VALUE;
        for (Shape s : shapes) {
            for (double[][] r : s.rings()) {
                for (int i = 0; i < r[0].length; i++) {
                    a = Math.min(a, r[0][i]);
                    b = Math.max(b, r[0][i]);
                    c = Math.min(c, r[1][i]);
                    d = Math.max(d, r[1][i]);
                }
            }
        }
        minLon = a;
        maxLon = b;
        minLat = c;
        maxLat = d;
    }

    public static DistrictShapes load(String resource) throws IOException {
        try (InputStream in = DistrictShapes.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no resource " + resource);
            return parse(in);
        }
    }

    public static DistrictShapes parse(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Shape> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode props = f.path("properties");
            String code = props.path("adcode").asText(f.path("id").asText());
            String name = props.path("name").asText("");
            JsonNode g = f.path("geometry");
            List<double[][]> rings = new ArrayList<>();
            String type = g.path("type").asText();
            if (type.equals("Polygon")) {
                addPolygon(g.path("coordinates"), rings);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode poly : g.path("coordinates")) addPolygon(poly, rings);
            }
            if (!rings.isEmpty()) out.add(new Shape(code, name, rings));
        }
        return new DistrictShapes(out);
    }

    private static void addPolygon(JsonNode poly, List<double[][]> rings) {
        for (JsonNode ring : poly) {
            double[][] r = new double[2][ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                r[0][i] = ring.get(i).get(0).asDouble();
                r[1][i] = ring.get(i).get(1).asDouble();
            }
            rings.add(r);
        }
    }

    public List<Shape> shapes() { return shapes; }

    public double minLon() { return minLon; }

    public double maxLon() { return maxLon; }

    public double minLat() { return minLat; }

    public double maxLat() { return maxLat; }

    /**
     * An equirectangular projection that keeps shapes true at the map's middle latitude
     * (longitude shrunk by cos(latitude)), fitted into a w x h box with a margin.
     */
    public Projection fit(double w, double h, double margin) {
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = (maxLon - minLon) * k, spanY = maxLat - minLat;
        double s = Math.min((w - 2 * margin) / spanX, (h - 2 * margin) / spanY);
        double ox = (w - spanX * s) / 2, oy = (h - spanY * s) / 2;
        return new Projection(k, s, ox, oy, minLon, maxLat);
    }

    /** lon/lat to screen x/y. */
    public record Projection(double k, double scale, double ox, double oy, double lon0, double lat0) {
        public double x(double lon) { return ox + (lon - lon0) * k * scale; }

        public double y(double lat) { return oy + (lat0 - lat) * scale; }

        /** Screen x back to longitude: the inverse of {@link #x}, so clicks hit what was drawn. */
        public double lon(double x) { return (x - ox) / (k * scale) + lon0; }

        /** Screen y back to latitude. */
        public double lat(double y) { return lat0 - (y - oy) / scale; }

        /** The same projection drawn dx, dy further on (one small map among several on a canvas). */
        public Projection shifted(double dx, double dy) { return new Projection(k, scale, ox + dx, oy + dy, lon0, lat0); }
    }

    /**
     * A point inside the district's largest ring, as {lon, lat}: its area centroid when that lies
     * inside, otherwise the middle of the widest inside stretch of the centroid's latitude (a
     * crescent-shaped district's centroid can fall outside it). Labels and tests use it.
     */
    public static double[] interiorPoint(Shape s) {
        double[][] big = s.rings().get(0);
        for (double[][] r : s.rings()) if (Math.abs(area(r)) > Math.abs(area(big))) big = r;
        double a = area(big), cx = 0, cy = 0;
        int n = big[0].length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double f = big[0][j] * big[1][i] - big[0][i] * big[1][j];
            cx += (big[0][j] + big[0][i]) * f;
            cy += (big[1][j] + big[1][i]) * f;
        }
        cx /= 6 * a;
        cy /= 6 * a;
        if (contains(big, cx, cy)) return new double[] {cx, cy};
        java.util.List<Double> xs = new ArrayList<>();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = big[1][i], yj = big[1][j];
            if ((yi > cy) != (yj > cy)) xs.add(big[0][i] + (cy - yi) / (yj - yi) * (big[0][j] - big[0][i]));
        }
        java.util.Collections.sort(xs);
        double best = -1, bx = cx;
        for (int i = 0; i + 1 < xs.size(); i += 2) {
            if (xs.get(i + 1) - xs.get(i) > best) {
                best = xs.get(i + 1) - xs.get(i);
                bx = (xs.get(i) + xs.get(i + 1)) / 2;
            }
        }
        return new double[] {bx, cy};
    }

    /** Signed area of a ring (shoelace), in degrees squared. */
    private static double area(double[][] r) {
        double a = 0;
        int n = r[0].length;
        for (int i = 0, j = n - 1; i < n; j = i++) a += r[0][j] * r[1][i] - r[0][i] * r[1][j];
        return a / 2;
    }

    /** True when the point lies inside the ring (even-odd rule). */
    public static boolean contains(double[][] ring, double lon, double lat) {
        boolean in = false;
        int n = ring[0].length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[0][i], yi = ring[1][i], xj = ring[0][j], yj = ring[1][j];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) in = !in;
        }
        return in;
    }

    /** The code of the district at a lon/lat, or null. */
    public String codeAt(double lon, double lat) {
        for (Shape s : shapes) {
            boolean in = false;
            for (double[][] r : s.rings()) if (contains(r, lon, lat)) in = !in;
            if (in) return s.code();
        }
        return null;
    }
}
