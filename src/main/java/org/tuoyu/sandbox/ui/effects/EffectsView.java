package org.tuoyu.sandbox.ui.effects;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.charts.ChartFonts;
import org.tuoyu.sandbox.ui.charts.ChartsView;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.i18n.ViewListeners;

/** Waterfalls of the change in fiscal cost and in enrolled children by lever group, and the three attributions as tables. */
public final class EffectsView extends VBox {

    private static final Color UP = new Color(0x2b6cb0), DOWN = new Color(0xe53e3e), TOTAL = new Color(0x4a5568);

    private final EffectsViewModel vm;
    private final I18n i18n;
    private final JFreeChart cost;
    private final JFreeChart enrolled;

    public EffectsView(EffectsViewModel vm, I18n i) {
        super(6);
        this.vm = vm;
        this.i18n = i;
        setPadding(new Insets(4));
        ComboBox<EffectsViewModel.Order> order = new ComboBox<>();
        order.setId("effects-order");
        order.getItems().setAll(EffectsViewModel.Order.values());
        order.setConverter(converter(o -> i.t("effects.order." + o.name())));
        order.valueProperty().bindBidirectional(vm.orderProperty());
        ComboBox<EffectsViewModel.Scope> scope = new ComboBox<>();
        scope.setId("effects-scope");
        scope.getItems().setAll(EffectsViewModel.Scope.values());
        scope.setConverter(converter(s -> i.t("effects.scope." + s.name())));
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        Label busy = new Label(i.t("effects.computing"));
        busy.visibleProperty().bind(vm.computingProperty());
        HBox top = new HBox(8, new Label(i.t("effects.orderLabel")), order, new Label(i.t("effects.scopeLabel")), scope, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(i.t("effects.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.LEVER_UNIT);

        cost = chart(i.t("effects.cost.title"), i.t("chart.yi"));
        enrolled = chart(i.t("effects.enrolled.title"), i.t("unit.children"));
        ChartViewer a = ChartsView.viewer(cost, "chart-waterfall-cost", i);
        ChartViewer b = ChartsView.viewer(enrolled, "chart-waterfall-enrolled", i);
        HBox charts = new HBox(4, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        a.setPrefWidth(300);
        b.setPrefWidth(300);
        VBox.setVgrow(charts, Priority.ALWAYS);

        // One table, for the scope picked above, across the whole width: two side by side cut their values at 1366 px
        // in English ("Forw…", "+87,3…"); each keeps its six columns whole.
        Label tableTitle = new Label();
        tableTitle.getStyleClass().add(Styles.SECTION_TITLE);
        TableView<EffectsViewModel.Row> table = table();
        Runnable byScope = () -> {
            boolean first = vm.scopeProperty().get() != EffectsViewModel.Scope.HORIZON;
            tableTitle.setText(i.t(first ? "effects.table.first" : "effects.table.horizon"));
            table.setItems(first ? vm.firstYearRows() : vm.horizonRows());
        };
        byScope.run();
        ViewListeners.onChange(this, vm.scopeProperty(), (o, was, now) -> byScope.run());
        VBox tables = new VBox(2, tableTitle, table);
        getChildren().addAll(top, hint, charts, tables);

        ViewListeners.onListChange(this, vm.costSteps(), (ListChangeListener<EffectsViewModel.Step>) c -> show(cost, vm.costSteps(), 1e-8));
        ViewListeners.onListChange(this, vm.enrolledSteps(), (ListChangeListener<EffectsViewModel.Step>) c -> show(enrolled, vm.enrolledSteps(), 1));
        show(cost, vm.costSteps(), 1e-8);
        show(enrolled, vm.enrolledSteps(), 1);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }

            @Override public T fromString(String s) { return null; }
        };
    }

    private JFreeChart chart(String title, String unit) {
        JFreeChart c = ChartFactory.createWaterfallChart(title, null, unit, new DefaultCategoryDataset(),
                PlotOrientation.VERTICAL, false, true, false);
        c.getTitle().setFont(ChartFonts.bold(13));
        c.setBackgroundPaint(Color.WHITE);
        CategoryPlot p = (CategoryPlot) c.getPlot();
        p.setBackgroundPaint(new Color(0xf7fafc));
        p.setRangeGridlinePaint(new Color(0xcbd5e0));
        p.getDomainAxis().setTickLabelFont(ChartFonts.plain(11));
        p.getDomainAxis().setMaximumCategoryLabelLines(2); // "demand side" on two lines rather than "dema…" at 1366 px
        // labels up to 80% of their category's width (JFreeChart's default 95% lets "supply side" touch "demand side")
        p.getDomainAxis().setCategoryLabelPositions(new CategoryLabelPositions(
                CategoryLabelPositions.STANDARD.getLabelPosition(org.jfree.chart.ui.RectangleEdge.TOP),
                new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, CategoryLabelWidthType.CATEGORY, 0.8f),
                CategoryLabelPositions.STANDARD.getLabelPosition(org.jfree.chart.ui.RectangleEdge.LEFT),
                CategoryLabelPositions.STANDARD.getLabelPosition(org.jfree.chart.ui.RectangleEdge.RIGHT)));
        p.getRangeAxis().setTickLabelFont(ChartFonts.plain(11));
        p.getRangeAxis().setLabelFont(ChartFonts.plain(11));
        WaterfallBarRenderer r = (WaterfallBarRenderer) p.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setPositiveBarPaint(UP);
        r.setNegativeBarPaint(DOWN);
        r.setLastBarPaint(TOTAL);
        r.setDefaultItemLabelFont(ChartFonts.plain(10));
        r.setDefaultItemLabelsVisible(true);
        c.setAntiAlias(true);
        return c;
    }

    /**
     * The waterfall: WaterfallBarRenderer stacks each bar on the running total and draws the last
     * category from zero, so the dataset holds the steps and then their total.
     */
    private void show(JFreeChart c, List<EffectsViewModel.Step> steps, double scale) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String series = i18n.t("effects.series");
        for (EffectsViewModel.Step s : steps) ds.addValue(s.value() * scale, series, s.label());
        CategoryPlot p = (CategoryPlot) c.getPlot();
        WaterfallBarRenderer r = (WaterfallBarRenderer) p.getRenderer();
        // the first bar has a paint of its own in this renderer: give it its sign's colour
        r.setFirstBarPaint(!steps.isEmpty() && steps.get(0).value() < 0 ? DOWN : UP);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat(scale == 1 ? "+#,##0;−#,##0" : "+#,##0.00;−#,##0.00")));
        p.setDataset(ds);
    }

    /** The three orders side by side for cost and for enrolled; no column narrower than its values and header. */
    private TableView<EffectsViewModel.Row> table() {
        TableView<EffectsViewModel.Row> t = new TableView<>();
        t.setId("effects-table");
        t.getStyleClass().add("effects-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setFixedCellSize(22);
        t.setPrefHeight(22 * 5 + 56);
        t.setMinHeight(22 * 5 + 56);
        TableColumn<EffectsViewModel.Row, String> g = col(i18n.t("effects.col.group"), r -> r.label());
        g.setMinWidth(100); // "demand side" and "Lever group" whole
        TableColumn<EffectsViewModel.Row, String> c = new TableColumn<>(i18n.t("effects.col.cost"));
        c.getColumns().addAll(List.of(col(i18n.t("effects.col.forward"), r -> Fmt.yiDelta(r.costForward())),
                col(i18n.t("effects.col.reverse"), r -> Fmt.yiDelta(r.costReverse())),
                col(i18n.t("effects.col.shapley"), r -> Fmt.yiDelta(r.costShapley()))));
        TableColumn<EffectsViewModel.Row, String> e = new TableColumn<>(i18n.t("effects.col.enrolled"));
        e.getColumns().addAll(List.of(col(i18n.t("effects.col.forward"), r -> Fmt.countDelta(r.enrolledForward())),
                col(i18n.t("effects.col.reverse"), r -> Fmt.countDelta(r.enrolledReverse())),
                col(i18n.t("effects.col.shapley"), r -> Fmt.countDelta(r.enrolledShapley()))));
        for (TableColumn<EffectsViewModel.Row, ?> v : c.getColumns()) v.setMinWidth(76); // "+56.66", "Shapley"
        for (TableColumn<EffectsViewModel.Row, ?> v : e.getColumns()) v.setMinWidth(84); // "+87,345" child-years
        t.getColumns().addAll(List.of(g, c, e));
        return t;
    }

    private static TableColumn<EffectsViewModel.Row, String> col(String title,
            java.util.function.Function<EffectsViewModel.Row, String> f) {
        TableColumn<EffectsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }

    public JFreeChart costChart() { return cost; }

    public JFreeChart enrolledChart() { return enrolled; }
}
