package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * 概览 v2 and 年度, reopened from the file: every number equals the engine's (computed here, not through the
 * exporter's tables), the chosen year is shown, the charts point at difference cells.
 */
class SummarySheetTest {

    @TempDir
    static Path dir;

    private static List<ScenarioDocument> docs;
    private static List<ScenarioResult> results;
    private static XSSFWorkbook zh;
    private static XSSFWorkbook en;

    @BeforeAll
    static void export() throws Exception {
        docs = Fixtures.jiangmen();
        results = Fixtures.evaluate(docs);
        ExportOptions opts = new ExportOptions(2030, 0.03);
        ComparisonWorkbook.write(docs, results, null, opts, dir.resolve("zh.xlsx"), Language.ZH, ExportProgress.NONE);
        ComparisonWorkbook.write(docs, results, null, opts, dir.resolve("en.xlsx"), Language.EN, ExportProgress.NONE);
        zh = ComparisonWorkbookTest.open(dir.resolve("zh.xlsx"));
        en = ComparisonWorkbookTest.open(dir.resolve("en.xlsx"));
    }

    /** Raw value (元, children, fraction) of a 概览 row in a section ("2030" or "horizon"), or null if unknown. */
    private static ToDoubleFunction<ScenarioResult> expected(String section, String label) {
        if (section.equals("horizon")) {
            for (Account a : Account.values()) {
                if (label.equals(a.labelZh() + "（期内合计）")) return r -> r.cumulativeAccounts().get(a);
                if (label.equals(a.labelZh() + "（贴现，3.0%）")) {
                    return r -> {
                        double s = 0;
                        for (YearResult y : r.years()) s += y.accounts().get(a) / Math.pow(1.03, y.year() - r.first().year());
                        return s;
                    };
                }
            }
            if (label.equals("在托儿童·年（期内合计）")) {
                return r -> r.years().stream().mapToDouble(y -> y.totals().enrolled()).sum();
            }
            return null;
        }
        int year = Integer.parseInt(section);
        for (Indicator i : Indicator.values()) {
            if (i.labelZh().equals(label) && i.has(Indicator.Scope.REGION)) return r -> i.of(r.year(year));
        }
        return null;
    }

    @Test
    void everyNumberOfTheSummaryTableEqualsTheEngineForFirstChosenAndFinalYear() {
        XSSFSheet s = zh.getSheet("概览");
        String section = null;
        Set<String> sections = new HashSet<>();
        int checked = 0;
        for (Row row : s) {
            Cell a = row.getCell(0);
            if (a == null || a.getCellType() != CellType.STRING) continue;
            String label = a.getStringCellValue();
            if (label.matches("\\d{4} 年（.*）")) section = label.substring(0, 4);
            else if (label.startsWith("期内 ")) section = "horizon";
            else if (label.startsWith("每新增")) section = "perChild";
            else if (label.startsWith("主要结论")) break;
            if (section != null) sections.add(section);
            Cell c = row.getCell(2);
            if (section == null || section.equals("perChild") || c == null || c.getCellType() != CellType.NUMERIC) continue;
            ToDoubleFunction<ScenarioResult> f = expected(section, label);
            assertNotNull(f, "a row the test does not know: " + section + " / " + label);
            String unit = row.getCell(1).getStringCellValue();
            double base = f.applyAsDouble(results.get(0));
            for (int i = 0; i < docs.size(); i++) {
                double v = f.applyAsDouble(results.get(i));
                double want = unit.equals("亿元") ? v / 1e8 : v;
                double tol = unit.equals("亿元") ? 0.005 : unit.startsWith("%") ? 5e-4 : 0.5;
                assertEquals(want, ComparisonWorkbookTest.num(row, SummarySheet.valueCol(i)), tol, label + " " + section + " " + i);
                if (i == 0) continue;
                double d = v - base;
                double wantDelta = unit.equals("亿元") ? d / 1e8 : unit.startsWith("%") ? d * 100 : d;
                double dtol = unit.startsWith("%") ? 0.05 : tol;
                assertEquals(wantDelta, ComparisonWorkbookTest.num(row, SummarySheet.deltaCol(i)), dtol, "Δ " + label + " " + section);
                Cell rel = row.getCell(SummarySheet.relativeCol(i));
                boolean baseShowsZero = unit.equals("亿元") ? Math.abs(base) < 0.005e8 : unit.startsWith("%") ? Math.abs(base) < 5e-4
                        : Math.abs(base) < 0.5;
                if (baseShowsZero) assertEquals("—", rel.getStringCellValue(), "Δ% of a zero baseline " + label);
                else assertEquals(d / Math.abs(base), rel.getNumericCellValue(), 5e-4, "Δ% " + label + " " + section);
                checked++;
            }
        }
        assertEquals(Set.of("2024", "2030", "2034", "horizon", "perChild"), sections, "first, chosen and final year, horizon");
        assertTrue(checked > 60, "checked " + checked);
    }

    @Test
    void costPerAdditionalEnrolledChildIsTheChangeInBudgetOverTheChangeInEnrolment() {
        XSSFSheet s = zh.getSheet("概览");
        Row first = find(s, "每新增一名在托儿童的一般公共预算支出（首年）");
        Row horizon = find(s, "每新增一名在托儿童·年的一般公共预算支出（期内）");
        for (int i = 1; i < docs.size(); i++) {
            YearResult b = results.get(0).first(), r = results.get(i).first();
            double dEnr = r.totals().enrolled() - b.totals().enrolled();
            Cell c = first.getCell(SummarySheet.valueCol(i));
            if (dEnr >= 1) {
                double want = (r.accounts().generalBudget() - b.accounts().generalBudget()) / dEnr;
                assertEquals(want, c.getNumericCellValue(), 1e-6 * Math.abs(want), "first year " + i);
            } else {
                assertEquals("—", c.getStringCellValue());
            }
            assertNotNull(horizon.getCell(SummarySheet.valueCol(i)));
        }
    }

    @Test
    void theChartsShowDifferencesWithAxisTitlesAndPaletteColours() {
        XSSFSheet s = zh.getSheet("概览");
        List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
        assertEquals(4, charts.size());
        for (XSSFChart c : charts) {
            var plot = c.getCTChart().getPlotArea();
            assertTrue(plot.getValAxArray(0).isSetTitle(), "value axis title of " + c.getTitle().getBody().getParagraph(0).getText());
            assertTrue(plot.getValAxArray(0).getNumFmt().getFormatCode().matches("#,##0|0\\.0"));
        }
        // 1: change in general budget, first and final year, one category per reform
        XDDFChartData budget = charts.get(0).getChartSeries().get(0);
        assertEquals(2, budget.getSeriesCount());
        List<Cell> vals = ComparisonWorkbookTest.cells(zh, budget.getSeries(1).getValuesData().getDataRangeReference());
        assertEquals(docs.size() - 1, vals.size());
        for (int i = 1; i < docs.size(); i++) {
            double want = (results.get(i).last().accounts().generalBudget() - results.get(0).last().accounts().generalBudget()) / 1e4;
            assertEquals(want, vals.get(i - 1).getNumericCellValue(), 0.05, "Δ general budget, final year");
        }
        // 3: the general budget over time, read from 年度
        XDDFChartData cost = charts.get(2).getChartSeries().get(0);
        assertEquals(docs.size(), cost.getSeriesCount());
        String ref = cost.getSeries(0).getValuesData().getDataRangeReference();
        assertTrue(ref.startsWith("年度!"), ref);
        List<Cell> line = ComparisonWorkbookTest.cells(zh, ref);
        assertEquals(results.get(0).years().size(), line.size());
        assertEquals(results.get(0).last().accounts().generalBudget() / 1e4, line.get(line.size() - 1).getNumericCellValue(), 0.05);
        // portrait, one page
        assertTrue(!s.getPrintSetup().getLandscape());
        assertEquals(1, s.getPrintSetup().getFitHeight());
        assertTrue(s.getFooter().getRight().contains("&P"));
    }

    @Test
    void theYearSheetHoldsEveryRegionIndicatorOfEveryScenarioWithYearsAsNumbers() {
        XSSFSheet s = zh.getSheet("年度");
        Row header = s.getRow(3);
        int years = results.get(0).years().size();
        for (int k = 0; k < years; k++) {
            assertEquals(results.get(0).years().get(k).year(), header.getCell(YearSheet.FIRST_YEAR_COL + k).getNumericCellValue());
        }
        Map<String, Integer> rows = new HashMap<>();
        int r = 4;
        for (int i = 0; i < docs.size(); i++) {
            for (Indicator ind : Indicator.at(Indicator.Scope.REGION)) {
                Row row = s.getRow(r++);
                assertEquals(ind.labelZh(), row.getCell(1).getStringCellValue());
                for (int k = 0; k < years; k++) {
                    double v = ind.of(results.get(i).years().get(k));
                    double want = ind.unit().money() && ind.unit() != org.tuoyu.sandbox.engine.IndicatorUnit.YUAN_PER_CHILD_YEAR ? v / 1e4 : v;
                    double tol = Math.max(0.05, 1e-9 * Math.abs(want));
                    assertEquals(want, ComparisonWorkbookTest.num(row, YearSheet.FIRST_YEAR_COL + k), Math.max(tol, 0.5),
                            ind.key() + " " + i + " " + k);
                }
                rows.merge(ind.key(), 1, Integer::sum);
            }
        }
        assertEquals(Indicator.at(Indicator.Scope.REGION).size(), rows.size());
    }

    @Test
    void theChosenYearReachesTheOneYearSheets() {
        assertTrue(zh.getSheet("分区").getRow(0).getCell(0).getStringCellValue().contains("2030"));
        assertTrue(en.getSheet("Districts").getRow(0).getCell(0).getStringCellValue().contains("2030"));
    }

    @Test
    void theEnglishSummaryIsInEnglishWithTheSameNumbers() {
        Row gb = find(en.getSheet("Summary"), Indicator.GENERAL_BUDGET.labelEn());
        assertEquals("100m yuan", gb.getCell(1).getStringCellValue());
        assertEquals(results.get(0).first().accounts().generalBudget() / 1e8, gb.getCell(2).getNumericCellValue(), 0.005);
    }

    private static Row find(XSSFSheet s, String label) {
        for (Row row : s) {
            Cell a = row.getCell(0);
            if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(label)) return row;
        }
        throw new AssertionError("no row " + label + " in " + s.getSheetName());
    }
}
