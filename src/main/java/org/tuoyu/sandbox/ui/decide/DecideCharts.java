package org.tuoyu.sandbox.ui.decide;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tuoyu.sandbox.decide.Frontier;
import org.tuoyu.sandbox.decide.Tornado;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.ui.charts.ChartFonts;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * The Find a policy window's two charts, built from results alone (no JavaFX), so a test can read what they show: the
 * least-cost frontier with every reform placed on it (dominated ones marked, with the line and the amount by which
 * they cost more than the frontier at their level), and the tornado of what drives a number.
 */
public final class DecideCharts {

    /** Series of the frontier chart, in order. */
    static final int CURVE = 0;
    static final int ON_FRONTIER = 1;
    static final int DOMINATED = 2;
    static final int BEYOND = 3;

    private static final Color CURVE_COLOUR = new Color(0x2b6cb0);
    private static final Color ON_COLOUR = new Color(0x2f855a);
    private static final Color DOMINATED_COLOUR = new Color(0xc53030);
    private static final Color BEYOND_COLOUR = new Color(0x718096);
    // The app's other charts' plot background and grid (ChartsView).
    private static final Color PLOT_BACKGROUND = new Color(0xf7fafc);
    private static final Color GRID = new Color(0xcbd5e0);

    private DecideCharts() {}

    public static JFreeChart emptyFrontier(I18n i) {
        JFreeChart c = ChartFactory.createXYLineChart(i.t("decide.chart.frontierTitle"),
                i.t("decide.chart.targetIndicator"), i.t("decide.chart.costYi"),
                new XYSeriesCollection(), PlotOrientation.VERTICAL, true, true, false);
        style(c);
        return c;
    }

    public static JFreeChart emptyTornado(I18n i) {
        JFreeChart c = ChartFactory.createBarChart(i.t("decide.chart.tornadoTitle"),
                "", i.t("decide.chart.change"), new DefaultCategoryDataset(),
                PlotOrientation.HORIZONTAL, true, true, false);
        style(c);
        CategoryPlot p = (CategoryPlot) c.getPlot();
        p.getDomainAxis().setTickLabelFont(ChartFonts.plain(11));
        // Parameter names are long ("… (re-solved by calibration)"): give them up to 40% of the width.
        p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        p.getRangeAxis().setLabelFont(ChartFonts.plain(11));
        p.getRangeAxis().setTickLabelFont(ChartFonts.plain(11));
        return c;
    }

    /** The frontier, and each placed reform as a point named beside it; a dominated one with its excess drawn. */
    public static JFreeChart frontier(DecideViewModel.FrontierView f, I18n i) {
        Indicator ind = f.result().measure().indicator();
        boolean share = ind.unit() == IndicatorUnit.SHARE;
        double scale = share ? 100 : 1;
        XYSeries curve = new XYSeries(i.t("decide.chart.cheapestMix"), false);
        for (Frontier.Point p : f.result().points()) curve.add(p.level() * scale, p.cost() / 1e8);
        XYSeries on = new XYSeries(i.t("decide.chart.onFrontier"), false);
        XYSeries dominated = new XYSeries(i.t("decide.chart.dominated"), false);
        XYSeries beyond = new XYSeries(i.t("decide.chart.beyond"), false);
        JFreeChart c = emptyFrontier(i);
        XYPlot plot = c.getXYPlot();
        // Reforms cluster near the frontier's cheap end: each point carries a number, the names go in a list below.
        StringBuilder list = new StringBuilder();
        int n = 0;
        for (Frontier.Placement p : f.placed()) {
            double x = p.level() * scale;
            double y = p.cost() / 1e8;
            String number = String.valueOf(++n);
            String verdict;
            if (p.dominated()) {
                dominated.add(x, y);
                plot.addAnnotation(new XYLineAnnotation(x, p.frontierCost() / 1e8, x, y, DASHED, DOMINATED_COLOUR));
                verdict = i.t("decide.verdict.dominated", Units.money(p.excess(), i.english()));
            } else if (Double.isNaN(p.frontierCost())) {
                beyond.add(x, y);
                verdict = i.t("decide.verdict.beyond");
            } else {
                on.add(x, y);
                verdict = i.t("decide.verdict.on");
            }
            XYTextAnnotation a = new XYTextAnnotation(" " + number, x, y);
            a.setFont(ChartFonts.bold(11));
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            a.setPaint(p.dominated() ? DOMINATED_COLOUR : Color.DARK_GRAY);
            plot.addAnnotation(a);
            list.append(list.length() > 0 ? "\n" : "").append(number).append("  ").append(p.name()).append(" — ").append(verdict);
        }
        if (list.length() > 0) {
            TextTitle names = new TextTitle(list.toString(), ChartFonts.plain(11));
            names.setPosition(RectangleEdge.BOTTOM);
            names.setHorizontalAlignment(HorizontalAlignment.LEFT);
            names.setTextAlignment(HorizontalAlignment.LEFT);
            c.addSubtitle(names);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(on);
        data.addSeries(dominated);
        data.addSeries(beyond);
        plot.setDataset(data);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesStroke(CURVE, new BasicStroke(2f));
        r.setSeriesPaint(CURVE, CURVE_COLOUR);
        r.setSeriesPaint(ON_FRONTIER, ON_COLOUR);
        r.setSeriesPaint(DOMINATED, DOMINATED_COLOUR);
        r.setSeriesPaint(BEYOND, BEYOND_COLOUR);
        for (int s = ON_FRONTIER; s <= BEYOND; s++) r.setSeriesLinesVisible(s, false);
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.getDomainAxis().setLabel(i.label(ind) + (share ? " (%)" : "")
                + " " + f.result().measure().year());
        return c;
    }

    /** Low and high ends as bars from the central value; parameters calibration re-solves, and ends the data rule out, named so. */
    public static JFreeChart tornado(Tornado.Result t, I18n i) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String low = i.t("decide.chart.low");
        String high = i.t("decide.chart.high");
        Indicator ind = t.measure().indicator();
        boolean share = ind.unit() == IndicatorUnit.SHARE;
        boolean money = ind.unit() == IndicatorUnit.YUAN_PER_YEAR;
        // Rates move in percentage points, money in 亿元 (the house units).
        double scale = share ? 100 : money ? 1e-8 : 1;
        boolean missed = false;
        for (Tornado.Bar b : t.bars()) {
            String name = category(b, i);
            missed |= !b.fitsLow() || !b.fitsHigh();
            data.addValue((b.atLow() - t.central()) * scale, low, name);
            data.addValue((b.atHigh() - t.central()) * scale, high, name);
        }
        JFreeChart c = emptyTornado(i);
        CategoryPlot plot = (CategoryPlot) c.getPlot();
        plot.setDataset(data);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, CURVE_COLOUR);
        r.setSeriesPaint(1, new Color(0xdd6b20));
        plot.getRangeAxis().setLabel(i.t(share ? "decide.chart.changePoints" : money ? "decide.chart.changeYi"
                : "decide.chart.change"));
        c.setTitle(i.t(t.difference() ? "decide.chart.tornadoOfDifference" : "decide.chart.tornadoOf", i.label(ind),
                Integer.toString(t.measure().year())));
        c.getTitle().setFont(ChartFonts.bold(14));
        String central = share ? Units.percent(t.central())
                : money ? Units.money(t.central(), i.english()) : Units.decimal(t.central(), 2);
        String note = i.t(missed ? "decide.chart.centralMissed" : "decide.chart.central", central);
        TextTitle sub = new TextTitle(note, ChartFonts.plain(11));
        c.addSubtitle(sub);
        return c;
    }

    private static String category(Tornado.Bar b, I18n i) {
        String name = i.label(b.parameter());
        if (b.calibrated()) return i.t("decide.chart.calibrated", name);
        if (!b.fitsLow() || !b.fitsHigh()) return name + " *";
        return name;
    }

    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);

    private static void style(JFreeChart c) {
        c.getTitle().setFont(ChartFonts.bold(14));
        c.setBackgroundPaint(Color.WHITE);
        if (c.getLegend() != null) c.getLegend().setItemFont(ChartFonts.plain(11));
        Font f = ChartFonts.plain(11);
        if (c.getPlot() instanceof XYPlot p) {
            p.getDomainAxis().setLabelFont(f);
            p.getRangeAxis().setLabelFont(f);
        }
        c.getPlot().setBackgroundPaint(PLOT_BACKGROUND);
        if (c.getPlot() instanceof XYPlot p) {
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
        } else if (c.getPlot() instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(GRID);
        }
    }
}
