package org.tuoyu.sandbox.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** Four JFreeChart charts in a grid; {@link #show} swaps in new datasets (one redraw each). */
public final class ChartsView extends GridPane {

    private static final Color[] PALETTE = {
            new Color(0x2b6cb0), new Color(0xdd6b20), new Color(0x38a169), new Color(0xd53f8c), new Color(0x805ad5),
            new Color(0x319795), new Color(0xd69e2e), new Color(0xe53e3e), new Color(0x718096), new Color(0x2c5282)};

    private final I18n i18n;
    private final JFreeChart fiscal;
    private final JFreeChart enrolment;
    private final JFreeChart quintile;
    private final JFreeChart breakEven;
    private Object lastSource;
    private java.util.function.Consumer<String> onQuintile;

    /** Called with the column key (Q1…Q5, see ChartsViewModel.group) of the bar the user clicked in the quintile chart. */
    public void setOnQuintileClicked(java.util.function.Consumer<String> action) {
        onQuintile = action;
    }

    public ChartsView(I18n i18n) {
        this.i18n = i18n;
        fiscal = chart(i18n.t("chart.fiscal.title"), i18n.t("chart.year"), i18n.t("chart.yi"), true);
        enrolment = chart(i18n.t("chart.enrolment.title"), null, "%", false);
        quintile = chart(i18n.t("chart.quintile.title"), null, "%", false);
        breakEven = chart(i18n.t("chart.breakEven.title"), null, "%", false);
        ((CategoryPlot) fiscal.getPlot()).getDomainAxis().setMaximumCategoryLabelWidthRatio(3f);
        ((CategoryPlot) fiscal.getPlot()).getDomainAxis().setTickLabelFont(ChartFonts.plain(9));
        ((CategoryPlot) enrolment.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ((CategoryPlot) breakEven.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ChartViewer[] viewers = {viewer(fiscal, "chart-fiscal", i18n), viewer(enrolment, "chart-enrolment", i18n),
                viewer(quintile, "chart-quintile", i18n), viewer(breakEven, "chart-breakeven", i18n)};
        evenGrid(this, 2, 2);
        // Clicking a quintile's bar explains that income group.
        viewers[2].addChartMouseListener(new org.jfree.chart.fx.interaction.ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(org.jfree.chart.fx.interaction.ChartMouseEventFX e) {
                if (e.getEntity() instanceof org.jfree.chart.entity.CategoryItemEntity && onQuintile != null) {
                    Object key = ((org.jfree.chart.entity.CategoryItemEntity) e.getEntity()).getColumnKey();
                    onQuintile.accept(key.toString());
                }
            }

            @Override
            public void chartMouseMoved(org.jfree.chart.fx.interaction.ChartMouseEventFX e) { }
        });
        add(viewers[0], 0, 0);
        add(viewers[1], 1, 0);
        add(viewers[2], 0, 1);
        add(viewers[3], 1, 1);
        setHgap(4);
        setVgap(4);
    }

    /** Splits a grid into equal columns and rows that grow with the window. */
    static void evenGrid(javafx.scene.layout.GridPane grid, int columns, int rows) {
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
    }

    /** A chart viewer with remembered text sizes (see MeasuredText). */
    public static ChartViewer viewer(JFreeChart c, String id) {
        ChartViewer v = new ChartViewer(c);
        MeasuredText.install(v);
        v.setId(id);
        v.setMinSize(200, 150);
        return v;
    }

    /** As {@link #viewer(JFreeChart, String)}, with the export menu (PNG, SVG, clipboard, print) on right-click. */
    public static ChartViewer viewer(JFreeChart c, String id, I18n i18n) {
        ChartViewer v = viewer(c, id);
        ChartExport.install(v, c.getTitle() == null ? id : c.getTitle().getText(), i18n);
        return v;
    }

    private JFreeChart chart(String title, String x, String y, boolean stacked) {
        DefaultCategoryDataset empty = new DefaultCategoryDataset();
        JFreeChart c = stacked
                ? ChartFactory.createStackedBarChart(title, x, y, empty, PlotOrientation.VERTICAL, true, true, false)
                : ChartFactory.createBarChart(title, x, y, empty, PlotOrientation.VERTICAL, true, true, false);
        c.getTitle().setFont(ChartFonts.bold(14));
        c.setBackgroundPaint(Color.WHITE);
        CategoryPlot p = (CategoryPlot) c.getPlot();
        p.setBackgroundPaint(new Color(0xf7fafc));
        p.setRangeGridlinePaint(new Color(0xcbd5e0));
        p.setRangeGridlineStroke(new BasicStroke(0.5f));
        CategoryAxis ax = p.getDomainAxis();
        ax.setTickLabelFont(ChartFonts.plain(11));
        ax.setLabelFont(ChartFonts.plain(11));
        p.getRangeAxis().setTickLabelFont(ChartFonts.plain(11));
        p.getRangeAxis().setLabelFont(ChartFonts.plain(11));
        BarRenderer r = (BarRenderer) p.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.02);
        for (int i = 0; i < PALETTE.length; i++) r.setSeriesPaint(i, PALETTE[i]);
        LegendTitle legend = c.getLegend();
        if (legend != null) legend.setItemFont(ChartFonts.plain(11));
        c.setAntiAlias(true);
        return c;
    }

    /** Shows prepared datasets: the horizon chart only changes when the scenario's result does. */
    public void show(ChartsViewModel.Charts d) {
        if (d == null) return;
        if (d.source() != lastSource) {
            CategoryPlot p = (CategoryPlot) fiscal.getPlot();
            for (int k = 0; k < d.fiscalColours().size(); k++) p.getRenderer().setSeriesPaint(k, d.fiscalColours().get(k));
            p.setDataset(d.fiscal());
            lastSource = d.source();
        }
        ((CategoryPlot) enrolment.getPlot()).setDataset(d.enrolment());
        ((CategoryPlot) quintile.getPlot()).setDataset(d.quintile());
        ((CategoryPlot) breakEven.getPlot()).setDataset(d.breakEven());
    }

    public JFreeChart fiscalChart() { return fiscal; }

}
