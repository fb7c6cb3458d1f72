package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.Totals;
import org.tuoyu.sandbox.export.Styles.Fmt;

/**
 * 概览 Summary: one column per scenario (baseline first), one row per indicator of the shown
 * year, then each reform's difference from the baseline; a block of this year's fiscal cost by
 * component; and two native charts drawn from those cells.
 */
final class SummarySheet {

    /** First column holding a scenario's values (A label, B unit). */
    static final int FIRST_VALUE_COL = 2;

    private record Indicator(String zh, String en, String unit, Fmt fmt, Fmt delta, IntToDoubleFunction value) { }

    private SummarySheet() {}

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        int n = cmp.size();
        double scale = cmp.scale();
        int first = cmp.results.get(0).first().year(), last = cmp.results.get(0).last().year();
        b.title(0, cmp.t("方案比较概览 — " + cmp.shownYear + " 年（期初年份）",
                "Scenario comparison — " + cmp.shownYear + " (first year of the horizon)"));
        b.note(1, cmp.t("地区：" + cmp.docs.get(0).region().region().nameZh() + "；基线：" + cmp.name(0)
                        + "。单位见 B 列；右侧各列为改革方案减基线。期内合计为 " + first + "–" + last + " 年。",
                "Region: " + cmp.docs.get(0).region().region().nameEn() + "; baseline: " + cmp.name(0)
                        + ". Units in column B; the columns on the right are each reform minus the baseline. "
                        + "Horizon totals cover " + first + "–" + last + "."));

        List<Indicator> rows = indicators(cmp, scale, first, last);
        int headerRow = 3;
        writeHeader(b, cmp, headerRow - 1, headerRow, cmp.t("指标", "Indicator"));
        int r = headerRow + 1;
        int enrolledInclusiveRow = -1, enrolledMarketRow = -1;
        for (Indicator ind : rows) {
            b.text(r, 0, cmp.t(ind.zh, ind.en));
            b.text(r, 1, ind.unit);
            for (int i = 0; i < n; i++) b.number(r, FIRST_VALUE_COL + i, ind.value.applyAsDouble(i), ind.fmt);
            if (ind.delta != null) {
                double base = ind.value.applyAsDouble(0);
                for (int i = 1; i < n; i++) {
                    b.number(r, FIRST_VALUE_COL + n + i - 1, delta(ind.value.applyAsDouble(i), base), ind.delta);
                }
            }
            if (ind.zh.equals("其中：普惠托位入托")) enrolledInclusiveRow = r;
            if (ind.zh.equals("其中：市场化托位入托")) enrolledMarketRow = r;
            r++;
        }

        // This year's fiscal cost by component: the data of the first chart.
        r++;
        int compHeader = r + 1;
        writeHeader(b, cmp, r, compHeader, cmp.t("当年财政成本分项", "Fiscal cost this year, by component"));
        r = compHeader + 1;
        int firstCompRow = r;
        List<Integer> chartRows = new ArrayList<>();
        for (FiscalComponent c : FiscalComponent.values()) {
            b.text(r, 0, cmp.lang.english() ? c.labelEn() : c.labelZh());
            b.text(r, 1, cmp.scaledUnit());
            boolean any = false;
            for (int i = 0; i < n; i++) {
                double v = cmp.shown(i).fiscal().get(c) / scale;
                any |= v != 0;
                b.number(r, FIRST_VALUE_COL + i, v, Fmt.SCALED);
            }
            double base = cmp.shown(0).fiscal().get(c) / scale;
            for (int i = 1; i < n; i++) {
                b.number(r, FIRST_VALUE_COL + n + i - 1, delta(cmp.shown(i).fiscal().get(c) / scale, base), Fmt.SCALED_DELTA);
            }
            if (any) chartRows.add(r);
            r++;
        }
        b.text(r, 0, cmp.t("合计", "Total"), true);
        b.text(r, 1, cmp.scaledUnit());
        for (int i = 0; i < n; i++) b.number(r, FIRST_VALUE_COL + i, cmp.shown(i).fiscal().total() / scale, Fmt.SCALED, true);
        for (int i = 1; i < n; i++) {
            b.number(r, FIRST_VALUE_COL + n + i - 1,
                    delta(cmp.shown(i).fiscal().total() / scale, cmp.shown(0).fiscal().total() / scale), Fmt.SCALED_DELTA, true);
        }
        int lastRow = r;

        b.freeze(2, headerRow + 1);
        b.fixWidth(0, 34);
        b.finish();

        int chartTop = lastRow + 2;
        if (chartRows.isEmpty()) chartRows.add(firstCompRow); // an all-zero chart still shows the scenarios
        fiscalChart(sheet, cmp, compHeader, firstCompRow, chartRows, chartTop);
        enrolmentChart(sheet, cmp, headerRow, enrolledInclusiveRow, enrolledMarketRow, chartTop);
        // Print (and PDF) the charts too, not only the cells.
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0,
                Math.max(chartEndCol(cmp), FIRST_VALUE_COL + 2 * n - 2) - 1, 0, chartTop + CHART_ROWS);
    }

    private static final int CHART_ROWS = 26;
    /** The fiscal chart spans columns A..D (A is wide), the enrolment chart from E on. */
    private static final int CHART_SPLIT_COL = 4;

    private static int chartEndCol(Comparison cmp) { return Math.max(CHART_SPLIT_COL + 4, FIRST_VALUE_COL + 2 * cmp.size() - 1); }

    private static void writeHeader(SheetBuilder b, Comparison cmp, int groupRow, int headerRow, String first) {
        int n = cmp.size();
        b.groupLabel(groupRow, FIRST_VALUE_COL, cmp.t("基线", "Baseline"));
        if (n > 1) {
            b.groupLabel(groupRow, FIRST_VALUE_COL + 1, cmp.t("改革方案", "Reforms"));
            b.groupLabel(groupRow, FIRST_VALUE_COL + n, cmp.t("与基线之差", "Difference from the baseline"));
        }
        String[] h = new String[FIRST_VALUE_COL + n + Math.max(0, n - 1)];
        h[0] = first;
        h[1] = cmp.t("单位", "Unit");
        for (int i = 0; i < n; i++) h[FIRST_VALUE_COL + i] = cmp.name(i);
        for (int i = 1; i < n; i++) h[FIRST_VALUE_COL + n + i - 1] = cmp.name(i);
        b.headers(headerRow, 0, h);
    }

    private static List<Indicator> indicators(Comparison cmp, double scale, int first, int last) {
        String su = cmp.scaledUnit(), yuan = cmp.yuan(), kids = cmp.persons(), pct = "%";
        String seats = cmp.t("个", "seats");
        List<Indicator> l = new ArrayList<>();
        l.add(new Indicator("年份", "Year", "", Fmt.YEAR, null, i -> cmp.shown(i).year()));
        l.add(new Indicator("财政成本（当年）", "Fiscal cost (this year)", su, Fmt.SCALED, Fmt.SCALED_DELTA,
                i -> tot(cmp, i).fiscalCost() / scale));
        l.add(new Indicator("其中：托育服务支出", "of which on childcare places", su, Fmt.SCALED, Fmt.SCALED_DELTA,
                i -> tot(cmp, i).careServiceCost() / scale));
        l.add(new Indicator("每名入托儿童托育服务支出", "Childcare-place spending per enrolled child", yuan, Fmt.YUAN,
                Fmt.YUAN_DELTA, i -> tot(cmp, i).costPerEnrolledChild()));
        l.add(new Indicator("期内财政成本合计（" + first + "–" + last + "）", "Fiscal cost over the horizon (" + first + "–" + last + ")",
                su, Fmt.SCALED, Fmt.SCALED_DELTA, i -> cmp.results.get(i).cumulativeFiscal().total() / scale));
        l.add(new Indicator("0–3 岁儿童", "Children aged 0–3", kids, Fmt.COUNT, Fmt.COUNT_DELTA, i -> tot(cmp, i).children()));
        l.add(new Indicator("托位", "Seats", seats, Fmt.COUNT, Fmt.COUNT_DELTA, i -> tot(cmp, i).seats()));
        l.add(new Indicator("每千人托位", "Seats per 1,000 residents", cmp.t("个/千人", "per 1,000"), Fmt.DECIMAL,
                Fmt.DECIMAL_DELTA, i -> tot(cmp, i).seatsPerThousand()));
        l.add(new Indicator("普惠托位占比", "Inclusive share of seats", pct, Fmt.PERCENT, Fmt.PERCENT_DELTA,
                i -> tot(cmp, i).inclusiveShare()));
        l.add(new Indicator("潜在需求", "Potential demand", kids, Fmt.COUNT, Fmt.COUNT_DELTA, i -> tot(cmp, i).potentialDemand()));
        l.add(new Indicator("入托人数", "Enrolled", kids, Fmt.COUNT, Fmt.COUNT_DELTA, i -> tot(cmp, i).enrolled()));
        l.add(new Indicator("其中：普惠托位入托", "of which in inclusive seats", kids, Fmt.COUNT, Fmt.COUNT_DELTA,
                i -> tot(cmp, i).enrolledInclusive()));
        l.add(new Indicator("其中：市场化托位入托", "of which in market seats", kids, Fmt.COUNT, Fmt.COUNT_DELTA,
                i -> tot(cmp, i).enrolledMarket()));
        l.add(new Indicator("入托率", "Enrolment rate", pct, Fmt.PERCENT, Fmt.PERCENT_DELTA, i -> tot(cmp, i).enrolmentRate()));
        l.add(new Indicator("托位利用率", "Seat utilisation", pct, Fmt.PERCENT, Fmt.PERCENT_DELTA, i -> tot(cmp, i).utilisation()));
        l.add(new Indicator("未满足需求：负担不起", "Unmet demand: cannot afford", kids, Fmt.COUNT, Fmt.COUNT_DELTA,
                i -> tot(cmp, i).unmetPrice()));
        l.add(new Indicator("未满足需求：无可用托位", "Unmet demand: no seat", kids, Fmt.COUNT, Fmt.COUNT_DELTA,
                i -> tot(cmp, i).unmetSeats()));
        l.add(new Indicator("净负担超过收入 " + cmp.threshold(0) + " 的家庭比例",
                "Families paying over " + cmp.threshold(0) + " of income (net)",
                pct, Fmt.PERCENT, Fmt.PERCENT_DELTA, i -> tot(cmp, i).shareAboveThreshold()));
        l.add(new Indicator("用人单位假期成本", "Employers' cost of leave", su, Fmt.SCALED, Fmt.SCALED_DELTA,
                i -> tot(cmp, i).employerLeaveCost() / scale));
        return l;
    }

    /**
     * A reform minus the baseline, with rounding noise of the order of 1e-12 shown as the 0 it is
     * (not as "-0").
     */
    static double delta(double value, double base) {
        double d = value - base;
        return Math.abs(d) <= 1e-9 * Math.max(1, Math.max(Math.abs(value), Math.abs(base))) ? 0 : d;
    }

    private static Totals tot(Comparison cmp, int i) { return cmp.shown(i).totals(); }

    /** Stacked columns: one per scenario, one segment per fiscal component that is not zero everywhere. */
    private static void fiscalChart(XSSFSheet sheet, Comparison cmp, int headerRow, int firstRow, List<Integer> rows, int top) {
        int n = cmp.size();
        XSSFChart chart = stackedColumns(sheet, 0, CHART_SPLIT_COL, top,
                cmp.t("当年财政成本构成（" + cmp.scaledUnit() + "）", "Fiscal cost by component (" + cmp.scaledUnit() + ")"));
        XDDFDataSource<String> cats = scenarioNames(sheet, headerRow, n);
        XDDFBarChartData data = stackedData(chart);
        for (int r : rows) addSeries(sheet, data, cats, r, n, Palette.rgb(Palette.of(FiscalComponent.values()[r - firstRow])));
        chart.plot(data);
        fullOverlap(chart);
    }

    /** An empty chart anchored at columns [fromCol, toCol) below row {@code top}, legend at the bottom. */
    private static XSSFChart stackedColumns(XSSFSheet sheet, int fromCol, int toCol, int top, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, fromCol, top, toCol, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** Stacked column data on a category axis (scenarios) and a value axis crossing at zero. */
    private static XDDFBarChartData stackedData(XSSFChart chart) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        return data;
    }

    /** The scenario names in the header row: the charts' categories. */
    private static XDDFDataSource<String> scenarioNames(XSSFSheet sheet, int headerRow, int n) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow, headerRow, FIRST_VALUE_COL, FIRST_VALUE_COL + n - 1));
    }

    /** Enrolment per scenario, inclusive and market seats stacked. */
    private static void enrolmentChart(XSSFSheet sheet, Comparison cmp, int headerRow, int inclusiveRow, int marketRow, int top) {
        int n = cmp.size();
        XSSFChart chart = stackedColumns(sheet, CHART_SPLIT_COL, chartEndCol(cmp), top,
                cmp.t("入托人数（" + cmp.shownYear + " 年）", "Children enrolled (" + cmp.shownYear + ")"));
        XDDFDataSource<String> cats = scenarioNames(sheet, headerRow, n);
        XDDFBarChartData data = stackedData(chart);
        addSeries(sheet, data, cats, inclusiveRow, n, Palette.rgb(Palette.scenario(1)));
        addSeries(sheet, data, cats, marketRow, n, Palette.rgb(Palette.scenario(5)));
        chart.plot(data);
        fullOverlap(chart);
    }

    /**
     * Stacked columns need {@code <c:overlap val="100"/>}, or Excel draws each segment beside the last.
     * XDDFBarChartData.setOverlap needs a schema type that poi-ooxml-lite does not ship, so the
     * element is written directly, in its place in the sequence (after gapWidth, before axId).
     */

    static void fullOverlap(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        if (bar.isSetOverlap()) return;
        try (XmlCursor c = bar.newCursor()) {
            if (!c.toChild(new QName(CHART_NS, "axId"))) return;
            c.beginElement(new QName(CHART_NS, "overlap"));
            c.insertAttributeWithValue("val", "100");
        }
    }

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** One series: the values of row r across the scenario columns, titled by the row's label in column A. */
    private static void addSeries(XSSFSheet sheet, XDDFChartData data, XDDFDataSource<String> cats, int r, int n, int rgb) {
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(r, r, FIRST_VALUE_COL, FIRST_VALUE_COL + n - 1));
        XDDFChartData.Series s = data.addSeries(cats, vals);
        String label = sheet.getRow(r).getCell(0).getStringCellValue();
        String shortLabel = label.replaceFirst("^其中：", "").replaceFirst("^of which ", "");
        // Linked to the label cell, unless the legend shows a shorter form of it.
        s.setTitle(shortLabel, shortLabel.equals(label) ? new CellReference(sheet.getSheetName(), r, 0, true, true) : null);
        // An explicit fill: without one some programs (LibreOffice) draw no bars at all.
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb})));
        s.setShapeProperties(shape);
    }
}
