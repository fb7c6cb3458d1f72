package org.tuoyu.sandbox.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import javafx.scene.layout.GridPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Fan charts over the horizon: fiscal cost and enrolment rate by year, the P5–P95 band of the
 * Monte Carlo draws shaded, its P50 as a line (both in the scenario's colour), and the central estimate (the
 * scenario as given) dashed.
 */
public final class FanChartsView extends GridPane {

    private static final Color BAND = new Color(0x2b6cb0), CENTRAL = Color.decode(org.tuoyu.sandbox.export.Palette.INK);

    private final I18n i18n;
    private final JFreeChart fiscal;
    private final JFreeChart enrolment;

    public FanChartsView(I18n i18n) {
        this.i18n = i18n;
        fiscal = chart(i18n.t("fan.fiscal.title"), i18n.t("chart.yi"));
        enrolment = chart(i18n.t("fan.enrolment.title"), "%");
        ChartViewer a = ChartsView.viewer(fiscal, "chart-fan-fiscal", i18n);
        ChartViewer b = ChartsView.viewer(enrolment, "chart-fan-enrolment", i18n);
        ChartsView.evenGrid(this, 2, 1);
        add(a, 0, 0);
        add(b, 1, 0);
        setHgap(4);
    }

    private JFreeChart chart(String title, String unit) {
        NumberAxis x = new NumberAxis(i18n.t("chart.year"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0")); // 2026, not 2,026
        NumberAxis y = new NumberAxis(unit);
        y.setAutoRangeIncludesZero(false);
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, BAND);
        r.setSeriesFillPaint(0, BAND);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesPaint(1, CENTRAL);
        r.setSeriesFillPaint(1, CENTRAL);
        r.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
        r.setAlpha(0.25f);
        XYPlot p = new XYPlot(new YIntervalSeriesCollection(), x, y, r);
        p.setBackgroundPaint(new Color(0xf7fafc));
        p.setRangeGridlinePaint(new Color(0xcbd5e0));
        p.setDomainGridlinePaint(new Color(0xcbd5e0));
        for (NumberAxis ax : new NumberAxis[] {x, y}) {
            ax.setTickLabelFont(ChartFonts.plain(11));
            ax.setLabelFont(ChartFonts.plain(11));
        }
        JFreeChart c = new JFreeChart(title, ChartFonts.bold(14), p, true);
        c.setBackgroundPaint(Color.WHITE);
        c.getLegend().setItemFont(ChartFonts.plain(11));
        c.addSubtitle(new TextTitle("", ChartFonts.plain(10)));
        c.setAntiAlias(true);
        return c;
    }

    /** Draws prepared fans (ChartsViewModel.fans). */
    public void show(ChartsViewModel.Fans f) {
        if (f == null) return;
        // the band and its P50 in the scenario's colour; the central estimate stays dashed in ink beside it
        Color band = f.colour() == null ? BAND : Color.decode(f.colour());
        for (JFreeChart c : new JFreeChart[] {fiscal, enrolment}) {
            DeviationRenderer r = (DeviationRenderer) ((XYPlot) c.getPlot()).getRenderer();
            r.setSeriesPaint(0, band);
            r.setSeriesFillPaint(0, band);
        }
        ((XYPlot) fiscal.getPlot()).setDataset(f.fiscal());
        ((XYPlot) enrolment.getPlot()).setDataset(f.enrolment());
        ((TextTitle) fiscal.getSubtitle(1)).setText(f.note());
        ((TextTitle) enrolment.getSubtitle(1)).setText(f.note());
    }

    public JFreeChart fiscalChart() { return fiscal; }

    public JFreeChart enrolmentChart() { return enrolment; }
}
