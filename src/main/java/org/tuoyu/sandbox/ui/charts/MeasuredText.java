package org.tuoyu.sandbox.ui.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.fx.FXFontMetrics;
import org.jfree.fx.FXGraphics2D;

/**
 * Speeds up chart redraws: fxgraphics2d measures every string with a JavaFX text layout, which
 * was half the cost of redrawing our charts on each slider move. The labels repeat from frame to
 * frame (district names, tick numbers), so their sizes are remembered. Installed by swapping the
 * chart canvas's Graphics2D for a subclass; if that ever fails, charts still draw, only slower.
 */
final class MeasuredText {

    private static final int MAX = 4000;
    private static final Map<String, Rectangle2D> BOUNDS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Rectangle2D> e) { return size() > MAX; }
    };

    private MeasuredText() {}

    static void install(ChartViewer viewer) {
        ChartCanvas canvas = viewer.getCanvas();
        try {
            Field f = ChartCanvas.class.getDeclaredField("g2");
            f.setAccessible(true);
            f.set(canvas, new Graphics(canvas));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep the library's own measuring
        }
    }

    private static String key(Font f, String s) { return f.getFamily() + '\u0001' + f.getStyle() + '\u0001' + f.getSize2D() + '\u0001' + s; }

    /** The canvas's Graphics2D with remembering font metrics. */
    static final class Graphics extends FXGraphics2D {
        Graphics(ChartCanvas canvas) { super(canvas.getGraphicsContext2D()); }

        @Override
        public FontMetrics getFontMetrics(Font f) { return new Metrics(f, this); }
    }

    static final class Metrics extends FXFontMetrics {
        private final Font font;

        Metrics(Font f, Graphics2D g2) {
            super(f, g2);
            this.font = f;
        }

        @Override
        public Rectangle2D getStringBounds(String s, java.awt.Graphics g) {
            String k = key(font, s);
            Rectangle2D r;
            synchronized (BOUNDS) {
                r = BOUNDS.get(k);
            }
            if (r == null) {
                r = super.getStringBounds(s, g);
                synchronized (BOUNDS) {
                    BOUNDS.put(k, (Rectangle2D) r.clone());
                }
                return r;
            }
            return (Rectangle2D) r.clone();
        }

        @Override
        public int stringWidth(String s) { return (int) Math.round(getStringBounds(s, null).getWidth()); }
    }
}
