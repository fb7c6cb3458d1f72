package org.tuoyu.sandbox.export.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts drawn as PNG images at print resolution (JFreeChart), for the brief. The one package of export that
 * uses java.awt (LayeringTest): everything else in export stays free of a toolkit. Colours come in as the
 * Palette's hex strings; fonts are the first CJK face installed, so Chinese labels never show as boxes.
 */
public final class ChartImages {

    /** One series: its legend name, colour ("#RRGGBB") and one value per category. */
    public record Series(String name, String hex, double[] values) { }

    /**
     * Drawn at this size in points and rendered at four times that; the brief prints them at 74% (7.8 × 5.6 cm, two to
     * a row), so about 390 dpi.
     */
    public static final int WIDTH = 300, HEIGHT = 215, SCALE = 4;

    private static final List<String> FACES = List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
            "Microsoft YaHei", "PingFang SC", "SimHei", "SansSerif");

    private ChartImages() {}

    /** Clustered columns, one group per category (title null for none: a caption under the image says it); the value axis titled with its unit, formatted as {@code format}. */
    public static byte[] bars(String title, List<String> categories, List<Series> series, String xTitle, String yTitle,
                              String format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int c = 0; c < categories.size(); c++) data.addValue(s.values()[c], s.name(), categories.get(c));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, xTitle, yTitle, data, PlotOrientation.VERTICAL, true, false, false);
        style(chart, format); // the theme first: it resets the series' paints
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        for (int k = 0; k < series.size(); k++) r.setSeriesPaint(k, Color.decode(series.get(k).hex()));
        return png(chart);
    }

    /** One line per series over the years. */
    public static byte[] lines(String title, List<Integer> years, List<Series> series, String xTitle, String yTitle,
                               String format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int c = 0; c < years.size(); c++) data.addValue(s.values()[c], s.name(), years.get(c));
        }
        JFreeChart chart = ChartFactory.createLineChart(title, xTitle, yTitle, data, PlotOrientation.VERTICAL, true, false, false);
        style(chart, format);
        // Eleven years do not fit side by side at this width: slanted, each year stays whole.
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        for (int k = 0; k < series.size(); k++) {
            r.setSeriesPaint(k, Color.decode(series.get(k).hex()));
            r.setSeriesStroke(k, new BasicStroke(2f));
        }
        return png(chart);
    }

    private static JFreeChart style(JFreeChart chart, String format) {
        String face = face();
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(face, Font.BOLD, 13));
        theme.setLargeFont(new Font(face, Font.PLAIN, 10));
        theme.setRegularFont(new Font(face, Font.PLAIN, 9));
        theme.setSmallFont(new Font(face, Font.PLAIN, 8));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle t = chart.getTitle();
        if (t != null) t.setPaint(Color.decode("#1A202C"));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.decode("#CBD5E0"));
        plot.setOutlineVisible(false);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT)));
        CategoryAxis x = plot.getDomainAxis();
        x.setMaximumCategoryLabelLines(3); // long labels wrap instead of rotating or being cut
        x.setCategoryMargin(0.2);
        return chart;
    }

    /** The first face of {@link #FACES} installed here; Java's logical SansSerif as the last resort. */
    static String face() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        for (String f : FACES) if (installed.contains(f)) return f;
        return "SansSerif";
    }

    private static byte[] png(JFreeChart chart) {
        BufferedImage img = chart.createBufferedImage(WIDTH * SCALE, HEIGHT * SCALE, WIDTH, HEIGHT, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeBufferedImageAsPNG(out, img);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return out.toByteArray();
    }
}
