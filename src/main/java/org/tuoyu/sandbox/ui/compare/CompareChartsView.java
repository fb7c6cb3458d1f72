package org.tuoyu.sandbox.ui.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tuoyu.sandbox.ui.charts.ChartFonts;
import org.tuoyu.sandbox.ui.charts.ChartsView;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Every reform against the baseline at once, four charts: by income quintile, by district, by account and over the
 * years; each reform keeps its colour from the comparison table. Right-click exports a chart. A switch above shows
 * instead one map per reform of the change by district ({@link CompareMapsView}).
 */
public final class CompareChartsView extends BorderPane {

    private final JFreeChart quintile, district, account, years;
    private final I18n i18n;
    private boolean shown, dirty = true;
    private final java.util.function.Supplier<CompareChartsViewModel.Data> data;
    private final GridPane grid = new GridPane();
    private final CompareMapsView maps;
    private final ToggleButton showMaps;

    public CompareChartsView(I18n i18n, java.util.function.Supplier<CompareChartsViewModel.Data> data,
                             java.util.function.Supplier<CompareMapsViewModel.Data> mapData) {
        this.i18n = i18n;
        this.data = data;
        this.maps = new CompareMapsView(i18n, mapData);
        setId("compare-charts");
        ToggleButton showCharts = new ToggleButton(i18n.t("cmpChart.showCharts"));
        showMaps = new ToggleButton(i18n.t("cmpChart.showMaps"));
        showCharts.setId("cmp-show-charts");
        showMaps.setId("cmp-show-maps");
        ToggleGroup mode = new ToggleGroup();
        showCharts.setToggleGroup(mode);
        showMaps.setToggleGroup(mode);
        showCharts.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) { a.setSelected(true); return; } // one of the two is always on
            setCenter(b == showMaps ? maps : grid);
            if (shown) refresh();
        });
        HBox switcher = new HBox(showCharts, showMaps);
        switcher.setPadding(new Insets(2, 4, 2, 4));
        setTop(switcher);
        setCenter(grid);
        quintile = bars(i18n.t("cmpChart.quintile.title"), i18n.t("cmpChart.quintile.axis"));
        district = bars(i18n.t("cmpChart.district.title"), i18n.t("cmpChart.district.axis"));
        account = bars(i18n.t("cmpChart.account.title"), i18n.t("chart.yi"));
        years = lines(i18n.t("cmpChart.years.title"), i18n.t("chart.yi"));
        ((CategoryPlot) district.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ((CategoryPlot) district.getPlot()).getDomainAxis().setTickLabelFont(ChartFonts.plain(10));
        ((CategoryPlot) years.getPlot()).getDomainAxis().setTickLabelFont(ChartFonts.plain(9));
        // "maternity insurance fund" and "tax expenditure" on up to three lines, not "materni…" and "t…" at 1366 px
        ((CategoryPlot) account.getPlot()).getDomainAxis().setMaximumCategoryLabelLines(3);
        evenGrid();
        grid.add(ChartsView.viewer(quintile, "cmp-chart-quintile", i18n), 0, 0);
        grid.add(ChartsView.viewer(district, "cmp-chart-district", i18n), 1, 0);
        grid.add(ChartsView.viewer(account, "cmp-chart-account", i18n), 0, 1);
        grid.add(ChartsView.viewer(years, "cmp-chart-years", i18n), 1, 1);
        grid.setHgap(4);
        grid.setVgap(4);
    }

    private void evenGrid() {
        for (int c = 0; c < 2; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(50);
            grid.getRowConstraints().add(rc);
        }
    }

    private static JFreeChart bars(String title, String unit) {
        JFreeChart c = ChartFactory.createBarChart(title, null, unit, new DefaultCategoryDataset(),
                PlotOrientation.VERTICAL, true, true, false);
        BarRenderer r = (BarRenderer) ((CategoryPlot) c.getPlot()).getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.02);
        return style(c);
    }

    private static JFreeChart lines(String title, String unit) {
        JFreeChart c = ChartFactory.createLineChart(title, null, unit, new DefaultCategoryDataset(),
                PlotOrientation.VERTICAL, true, true, false);
        LineAndShapeRenderer r = (LineAndShapeRenderer) ((CategoryPlot) c.getPlot()).getRenderer();
        r.setDefaultShapesVisible(true);
        return style(c);
    }

    private static JFreeChart style(JFreeChart c) {
        c.getTitle().setFont(ChartFonts.bold(13));
        c.setBackgroundPaint(Color.WHITE);
        c.addSubtitle(new TextTitle("", ChartFonts.plain(10)));
        CategoryPlot p = (CategoryPlot) c.getPlot();
        p.setBackgroundPaint(new Color(0xf7fafc));
        p.setRangeGridlinePaint(new Color(0xcbd5e0));
        p.setRangeZeroBaselineVisible(true); // changes: the zero line is the baseline
        p.setRangeZeroBaselinePaint(new Color(0x4a5568));
        CategoryAxis ax = p.getDomainAxis();
        ax.setTickLabelFont(ChartFonts.plain(11));
        p.getRangeAxis().setTickLabelFont(ChartFonts.plain(10));
        p.getRangeAxis().setLabelFont(ChartFonts.plain(10));
        if (c.getLegend() != null) c.getLegend().setItemFont(ChartFonts.plain(10));
        c.setAntiAlias(true);
        return c;
    }

    public void setShown(boolean on) {
        shown = on;
        if (on && dirty) refresh();
    }

    /** A result, the year or the list of scenarios changed. */
    public void invalidate() {
        dirty = true;
        if (shown) refresh();
    }

    public void refresh() {
        dirty = false;
        if (showMaps.isSelected()) { // the charts catch up when they are switched back
            maps.refresh();
            return;
        }
        CompareChartsViewModel.Data d = data.get();
        set(quintile, d.byQuintile(), d.colours());
        set(district, d.byDistrict(), d.colours());
        set(account, d.byAccount(), d.colours());
        set(years, d.overYears(), d.colours());
        String note = d.colours().isEmpty() ? i18n.t("cmpChart.noReform") : i18n.t("cmpChart.note", Integer.toString(d.year()));
        for (JFreeChart c : List.of(quintile, district, account)) ((TextTitle) c.getSubtitle(1)).setText(note);
        ((TextTitle) years.getSubtitle(1)).setText(d.colours().isEmpty() ? i18n.t("cmpChart.noReform") : i18n.t("cmpChart.yearsNote"));
    }

    private static void set(JFreeChart c, DefaultCategoryDataset ds, List<String> colours) {
        CategoryPlot p = (CategoryPlot) c.getPlot();
        CategoryItemRenderer r = p.getRenderer();
        for (int k = 0; k < colours.size(); k++) {
            r.setSeriesPaint(k, Color.decode(colours.get(k)));
            if (r instanceof LineAndShapeRenderer) r.setSeriesStroke(k, new BasicStroke(2f));
        }
        p.setDataset(ds);
    }

    public JFreeChart quintileChart() { return quintile; }

    public JFreeChart districtChart() { return district; }

    public JFreeChart accountChart() { return account; }

    public JFreeChart yearsChart() { return years; }

    /** The small multiples: one map per reform. */
    public CompareMapsView maps() { return maps; }
}
