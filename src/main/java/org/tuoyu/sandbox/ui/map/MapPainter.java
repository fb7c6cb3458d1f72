package org.tuoyu.sandbox.ui.map;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Drawing shared by the map and the small multiples of the comparison: districts filled through a projection, a
 * district's outline, and the colour legend. Every drawing goes through a {@link DistrictShapes.Projection} that the
 * caller keeps, so that clicks are read back through the very transform that drew.
 */
public final class MapPainter {

    /** The text colour of labels and legends. */
    public static final Color INK = Color.web("#1a202c");

    private MapPainter() {}

    /** Fills every district with its colour (null: no data, light grey), with thin white borders. */
    public static void fill(GraphicsContext g, DistrictShapes shapes, DistrictShapes.Projection p, Function<String, Color> colourOfCode,
                            double borderWidth) {
        g.setLineWidth(borderWidth);
        g.setStroke(Color.WHITE);
        for (DistrictShapes.Shape s : shapes.shapes()) {
            Color c = colourOfCode.apply(s.code());
            g.setFill(c == null ? Color.gray(0.9) : c);
            for (double[][] r : s.rings()) {
                double[] xs = xs(r, p), ys = ys(r, p);
                g.fillPolygon(xs, ys, xs.length);
                g.strokePolygon(xs, ys, xs.length);
            }
        }
        g.setLineWidth(1);
    }

    /** A district drawn selected: a dark outline. */
    public static void outline(GraphicsContext g, DistrictShapes.Shape s, DistrictShapes.Projection p, double width) {
        g.setStroke(INK);
        g.setLineWidth(width);
        for (double[][] r : s.rings()) {
            double[] xs = xs(r, p), ys = ys(r, p);
            g.strokePolygon(xs, ys, xs.length);
        }
        g.setLineWidth(1);
    }

    /**
     * The legend at (lx, top): the title's lines, then a colour bar barH high running from the range's top down to its
     * bottom, with five values beside it in the indicator's unit. Returns the y under the legend.
     */
    public static double legend(GraphicsContext g, MapIndicator m, List<String> title, double[] range, double lx, double top,
                                double barH, I18n i18n) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(INK);
        double ly = top;
        for (String line : title) {
            g.fillText(line, lx, ly);
            ly += 15;
        }
        ly += 6;
        for (int i = 0; i < 100; i++) {
            g.setFill(MapView.colour(m, range[0] + (range[1] - range[0]) * (1 - i / 99.0), range[0], range[1]));
            g.fillRect(lx, ly + i * barH / 100, 16, barH / 100 + 0.1);
        }
        g.setFill(INK);
        for (int k = 0; k <= 4; k++) {
            double v = range[1] - (range[1] - range[0]) * k / 4;
            g.fillText(m.format(v, i18n), lx + 22, ly + barH * k / 4);
        }
        return ly + barH + 8;
    }

    private static double[] xs(double[][] ring, DistrictShapes.Projection p) {
        double[] xs = new double[ring[0].length];
        for (int i = 0; i < xs.length; i++) xs[i] = p.x(ring[0][i]);
        return xs;
    }

    private static double[] ys(double[][] ring, DistrictShapes.Projection p) {
        double[] ys = new double[ring[1].length];
        for (int i = 0; i < ys.length; i++) ys[i] = p.y(ring[1][i]);
        return ys;
    }
}
