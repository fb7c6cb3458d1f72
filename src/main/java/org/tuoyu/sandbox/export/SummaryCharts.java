package org.tuoyu.sandbox.export;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.Account;

/**
 * The summary's four native charts, drawn from cells: the change in the general budget by reform, the change in
 * enrolment by reform (first and final year each), the general budget of every scenario over time (from 年度),
 * and the change of the enrolment rate by income quintile. Differences, not stacked totals: the insurance fund
 * and allowance stacks hid every reform's effect. Axis titles carry the units, formats are whole numbers.
 */
final class SummaryCharts {

    static final int CHART_ROWS = 18;

    private SummaryCharts() {}

    /** Draws the charts below row {@code top}; returns the last row they cover. */
    static int draw(XSSFSheet sheet, XSSFSheet years, Comparison cmp, SummarySheet.ChartData d, int[] budgetRows, int top) {
        int n = cmp.size();
        int right = Math.max(SummarySheet.relativeCol(n - 1) + 1, SummarySheet.FIRST_VALUE_COL + 4);
        int split = half(sheet, right);
        String su = cmp.scaledUnit();
        int first = cmp.results.get(0).first().year(), last = cmp.results.get(0).last().year();
        XDDFDataSource<String> reforms = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(d.headerRow(), d.headerRow(), SummarySheet.FIRST_VALUE_COL, SummarySheet.FIRST_VALUE_COL + n - 2));

        XSSFChart budget = chart(sheet, 0, split, top, cmp.text("common.generalBudgetChangeFrom"));
        XDDFBarChartData bars = bars(budget, cmp.text("common.reform"), su, "#,##0");
        series(sheet, bars, reforms, d.budgetRow(), n, String.valueOf(first), lighter(Palette.of(Account.GENERAL_BUDGET)));
        series(sheet, bars, reforms, d.budgetRow() + 1, n, String.valueOf(last), Palette.of(Account.GENERAL_BUDGET));
        budget.plot(bars);

        XSSFChart enrol = chart(sheet, split, right, top, cmp.text("common.childrenEnrolledChangeFrom"));
        bars = bars(enrol, cmp.text("common.reform"), cmp.persons(), "#,##0");
        series(sheet, bars, reforms, d.enrolledRow(), n, String.valueOf(first), lighter(Palette.scenario(3)));
        series(sheet, bars, reforms, d.enrolledRow() + 1, n, String.valueOf(last), Palette.scenario(3));
        enrol.plot(bars);

        int top2 = top + CHART_ROWS + 1;
        XSSFChart cost = chart(sheet, 0, split, top2, cmp.text("common.generalBudget", first, last));
        lines(cost, years, cmp, budgetRows, su);

        XSSFChart groups = chart(sheet, split, right, top2, cmp.text("common.changeEnrolmentRateBy", last));
        XDDFDataSource<String> quintiles = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(d.quintileRow(), d.quintileRow() + 4, 0, 0));
        bars = bars(groups, cmp.text("common.incomeGroup"), cmp.text("common.percentagePoints"), "0.0");
        for (int i = 1; i < n; i++) {
            int col = SummarySheet.FIRST_VALUE_COL + i - 1;
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(d.quintileRow(), d.quintileRow() + 4, col, col));
            XDDFChartData.Series s = bars.addSeries(quintiles, vals);
            s.setTitle(cmp.shortName(i), null);
            fill(s, Palette.scenario(i));
        }
        groups.plot(bars);
        return top2 + CHART_ROWS;
    }

    /** The column that splits the printed width [0, right) most nearly in half: two charts side by side. */
    private static int half(XSSFSheet sheet, int right) {
        int total = 0;
        for (int c = 0; c < right; c++) total += sheet.getColumnWidth(c);
        int acc = 0;
        for (int c = 0; c < right; c++) {
            acc += sheet.getColumnWidth(c);
            if (acc * 2 >= total) return Math.max(1, Math.min(right - 1, acc * 2 - total > sheet.getColumnWidth(c) ? c : c + 1));
        }
        return right / 2;
    }

    private static XSSFChart chart(XSSFSheet sheet, int fromCol, int toCol, int top, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, fromCol, top, toCol, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** Clustered columns; the category labels sit below the plot even when values are negative. */
    private static XDDFBarChartData bars(XSSFChart chart, String xTitle, String yTitle, String format) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(xTitle);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(yTitle);
        y.setNumberFormat(format);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        return data;
    }

    /** One line per scenario: its general budget by year, from the 年度 sheet. */
    private static void lines(XSSFChart chart, XSSFSheet years, Comparison cmp, int[] rows, String unit) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(cmp.text("common.year"));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(unit);
        y.setNumberFormat("#,##0");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        int nYears = cmp.years().size();
        int header = rows[0] - 1 - indexOfBudget();
        XDDFNumericalDataSource<Double> cats = XDDFDataSourcesFactory.fromNumericCellRange(years,
                new CellRangeAddress(header, header, YearSheet.FIRST_YEAR_COL, YearSheet.FIRST_YEAR_COL + nYears - 1));
        for (int i = 0; i < cmp.size(); i++) {
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(years,
                    new CellRangeAddress(rows[i], rows[i], YearSheet.FIRST_YEAR_COL, YearSheet.FIRST_YEAR_COL + nYears - 1));
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(cats, vals);
            s.setTitle(cmp.shortName(i), null);
            s.setMarkerStyle(MarkerStyle.NONE);
            s.setSmooth(false);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(Palette.bytes(Palette.scenario(i)))));
            line.setWidth(2.25);
            shape.setLineProperties(line);
            s.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    /** Position of the general budget among the region indicators: its row's offset in a scenario's block. */
    private static int indexOfBudget() {
        return org.tuoyu.sandbox.engine.Indicator.at(org.tuoyu.sandbox.engine.Indicator.Scope.REGION)
                .indexOf(org.tuoyu.sandbox.engine.Indicator.GENERAL_BUDGET);
    }

    /** One series: row r's values across the reforms, titled by its year (the chart's title says what). */
    private static void series(XSSFSheet sheet, XDDFChartData data, XDDFDataSource<String> cats, int r, int n, String title,
                               String hex) {
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(r, r, SummarySheet.FIRST_VALUE_COL, SummarySheet.FIRST_VALUE_COL + n - 2));
        XDDFChartData.Series s = data.addSeries(cats, vals);
        s.setTitle(title, null);
        fill(s, hex);
    }

    /** An explicit fill: without one some programs (LibreOffice) draw no bars at all. */
    private static void fill(XDDFChartData.Series s, String hex) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Palette.bytes(hex))));
        s.setShapeProperties(shape);
    }

    /** The colour mixed half with white: the first year beside the final year's full colour. */
    static String lighter(String hex) {
        int v = Palette.rgb(hex);
        int r = ((v >> 16) + 255) / 2, g = (((v >> 8) & 0xFF) + 255) / 2, b = ((v & 0xFF) + 255) / 2;
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
