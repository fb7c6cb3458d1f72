package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/** Writes the workbook to a file, reopens it with POI and checks it against the engine. */
class ComparisonWorkbookTest {

    private static final double EPS = 1e-9;

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
        Path zhFile = dir.resolve("比较.xlsx");
        Path enFile = dir.resolve("comparison.xlsx");
        ComparisonWorkbook.write(docs, results, zhFile, Language.ZH, ExportProgress.NONE);
        ComparisonWorkbook.write(docs, results, enFile, Language.EN, ExportProgress.NONE);
        zh = open(zhFile);
        en = open(enFile);
    }

    static XSSFWorkbook open(Path f) throws Exception {
        try (InputStream in = Files.newInputStream(f)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetNamesInChineseAndInEnglish() {
        assertEquals(List.of("概览", "年度", "财政成本", "政策分解", "分区", "收入组", "托育机构", "参数", "说明"), names(zh));
        assertEquals(List.of("Summary", "By year", "Fiscal cost", "Lever effects", "Districts", "Income groups", "Providers", "Levers and assumptions", "About"), names(en));
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> n = new ArrayList<>();
        for (Sheet s : wb) n.add(s.getSheetName());
        return n;
    }

    /**
     * Every number column of 分区 is an indicator of the catalogue, under its label and unit, and every indicator the
     * catalogue reads for a district has its column: a new one appears in the sheet without the sheet naming it.
     */
    @Test
    void everyNumberOfTheDistrictSheetEqualsTheEngine() {
        XSSFSheet s = zh.getSheet("分区");
        Row header = s.getRow(3);
        assertEquals("方案", header.getCell(0).getStringCellValue());
        Map<Integer, Indicator> byCol = columns(header, 5, "zh", Indicator.Scope.DISTRICT);
        assertEquals(Set.copyOf(Indicator.at(Indicator.Scope.DISTRICT)), Set.copyOf(byCol.values()),
                "one column for every district indicator of the catalogue");
        assertEquals(byCol.size(), Set.copyOf(byCol.values()).size(), "no indicator twice");
        assertEquals(DistrictSheet.KEY, List.copyOf(byCol.values()).subList(0, DistrictSheet.KEY_COLUMNS),
                "the key columns lead, in their order");
        assertEquals("财政成本\n（三个账户之和，万元）", header.getCell(5 + DistrictSheet.KEY.indexOf(Indicator.FISCAL_COST))
                .getStringCellValue(), "yearly money in the sheet's 万元, inside the label's brackets, on a line of its own");
        assertEquals("普惠托育收费\n（元/月）", header.getCell(5 + DistrictSheet.KEY.indexOf(Indicator.INCLUSIVE_FEE))
                .getStringCellValue());
        assertEquals("在托儿童\n（人）", header.getCell(5 + DistrictSheet.KEY.indexOf(Indicator.ENROLLED)).getStringCellValue());
        assertEquals("入托率", header.getCell(5 + DistrictSheet.KEY.indexOf(Indicator.ENROLMENT_RATE)).getStringCellValue(),
                "a share carries % in its cell, not in its header");
        int r = 4, infinite = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (DistrictResult d : first(i).districts()) {
                Row row = s.getRow(r++);
                assertEquals(new Comparison(docs, results, Language.ZH, null).shortName(i), row.getCell(0).getStringCellValue());
                assertEquals(first(i).year(), num(row, 1));
                assertEquals(d.id(), row.getCell(2).getStringCellValue());
                assertEquals(d.nameZh(), row.getCell(3).getStringCellValue());
                for (Map.Entry<Integer, Indicator> e : byCol.entrySet()) {
                    double want = e.getValue().of(d);
                    if (sameNumber(row.getCell(e.getKey()), want, 1e4, e.getValue(), d.id())) infinite++;
                }
            }
        }
        assertEquals(r - 1, s.getLastRowNum(), "one row per district and scenario, no more");
        assertNotNull(s.getCTWorksheet().getAutoFilter(), "autofilter");
        assertEquals("A4:" + CellReference.convertNumToColString(4 + byCol.size()) + r,
                s.getCTWorksheet().getAutoFilter().getRef());
        assertTrue(infinite >= 0);
    }

    /** The English headers are the catalogue's English labels, capitalised, with money units and no count units. */
    @Test
    void theEnglishDistrictHeadersAreTheCataloguesLabels() {
        Row header = en.getSheet("Districts").getRow(3);
        Map<Integer, Indicator> byCol = columns(header, 5, "en", Indicator.Scope.DISTRICT);
        assertEquals(Set.copyOf(Indicator.at(Indicator.Scope.DISTRICT)), Set.copyOf(byCol.values()));
        assertEquals("Children enrolled", header.getCell(5 + DistrictSheet.KEY.indexOf(Indicator.ENROLLED)).getStringCellValue());
        assertEquals("Fiscal cost (sum of the three accounts, million yuan)",
                header.getCell(5 + DistrictSheet.KEY.indexOf(Indicator.FISCAL_COST)).getStringCellValue());
    }

    /**
     * The indicator of each number column from {@code first} on, found by its header: the label of an indicator
     * readable at {@code scope}, alone or followed by its unit in brackets. Fails on a column that is not one.
     */
    static Map<Integer, Indicator> columns(Row header, int first, String lang, Indicator.Scope scope) {
        Map<Integer, Indicator> byCol = new LinkedHashMap<>();
        for (Cell c : header) {
            if (c.getColumnIndex() < first) continue;
            String h = c.getStringCellValue();
            Indicator found = null;
            int foundLength = 0;
            for (Indicator i : Indicator.at(scope)) {
                String label = lang.equals("zh") ? i.labelZh()
                        : Character.toUpperCase(i.labelEn().charAt(0)) + i.labelEn().substring(1);
                // 托位\n（个）; 财政成本\n（三个账户之和，万元）; Seats; Fiscal cost (sum of the three accounts, million yuan)
                String open = label.endsWith(")") ? label.substring(0, label.length() - 1) + ", " : label + " (";
                String zhOpen = label.endsWith("）") ? label.replaceFirst("（", "\n（").replaceFirst("）$", "，") : label + "\n（";
                if (h.equals(label) || h.startsWith(zhOpen) && lang.equals("zh") || h.startsWith(open)) {
                    if (label.length() > foundLength) {
                        found = i; // the longest label that fits: 普惠托位使用率高于保本 is not 普惠托位使用率
                        foundLength = label.length();
                    }
                }
            }
            assertNotNull(found, "a column that is not an indicator of the catalogue: " + h);
            byCol.put(c.getColumnIndex(), found);
        }
        return byCol;
    }

    /**
     * The cell holds the indicator's number (yearly money in the sheet's unit, points as points), or the
     * never-breaks-even text where the number is infinite; true in that case.
     */
    private static boolean sameNumber(Cell c, double want, double moneyScale, Indicator ind, String what) {
        if (!Double.isFinite(want)) {
            assertEquals("永不保本", c.getStringCellValue(), what + " " + ind);
            return true;
        }
        double shown = ind.unit() == IndicatorUnit.YUAN_PER_YEAR ? want / moneyScale
                : ind.unit() == IndicatorUnit.POINTS ? want * 100 : want;
        assertEquals(CellType.NUMERIC, c.getCellType(), "a number, stored as a number");
        assertClose(shown, c.getNumericCellValue(), what + " " + ind);
        return false;
    }

    private static YearResult first(int i) { return results.get(i).first(); }

    static List<Cell> cells(XSSFWorkbook wb, String ref) {
        AreaReference a = new AreaReference(ref, SpreadsheetVersion.EXCEL2007);
        List<Cell> out = new ArrayList<>();
        for (CellReference c : a.getAllReferencedCells()) {
            Sheet s = wb.getSheet(c.getSheetName());
            assertNotNull(s, "sheet of " + ref);
            out.add(s.getRow(c.getRow()).getCell(c.getCol()));
        }
        return out;
    }

    @Test
    void theLeverSheetListsEveryLeverOfEveryScenarioWithItsSource() {
        XSSFSheet s = zh.getSheet("参数");
        Map<String, Set<String>> keysByScenario = new HashMap<>();
        Map<String, String> flagOf = new HashMap<>();
        for (Row row : s) {
            if (row.getRowNum() < 4 || row.getCell(3) == null || row.getCell(0) == null) continue;
            String scenario = row.getCell(0).getStringCellValue();
            String key = row.getCell(3).getStringCellValue();
            keysByScenario.computeIfAbsent(scenario, k -> new HashSet<>()).add(key);
            flagOf.put(scenario + "|" + key, row.getCell(7).getStringCellValue());
        }
        for (ScenarioDocument d : docs) {
            Set<String> keys = keysByScenario.get(d.name());
            assertNotNull(keys, d.name());
            for (LeverKey k : LeverKey.values()) assertTrue(keys.contains("levers." + k.path()), d.name() + " " + k.path());
            for (String b : List.of("potentialDemandShare", "ageWeights.A0", "leaveEffect", "matchFactor", "affordabilityThreshold",
                    "willingness.b50", "willingness.s")) {
                assertTrue(keys.contains("behaviour." + b), d.name() + " " + b);
            }
        }
        // the per-district override of the third scenario, and where the values come from
        assertTrue(keysByScenario.get("江门 + 运营补贴 800").contains("levers.districts.pengjiang.supply.grantPerNewSeat"));
        assertEquals("未注明来源", flagOf.get("江门 + 运营补贴 800|levers.districts.pengjiang.supply.grantPerNewSeat"));
        assertEquals("未注明来源", flagOf.get("江门 + 托育券 600|levers.demand.voucher.A2"));
        assertEquals("默认", flagOf.get("江门 2024 基线|levers.demand.voucher.A2"));
        assertTrue(flagOf.get("江门 2024 基线|levers.demand.taxDeductionPerChildMonth").startsWith("E "));
        assertTrue(flagOf.get("江门 2024 基线|levers.leave.maternityDays").startsWith("M "));
        assertTrue(flagOf.get("江门 2024 基线|behaviour.potentialDemandShare").startsWith("X "), "calibrated");
    }

    @Test
    void theFiscalCostSheetCoversEveryYearComponentAndPayerWithHorizonTotals() {
        XSSFSheet s = zh.getSheet("财政成本");
        Row header = s.getRow(3);
        List<YearResult> years = results.get(0).years();
        for (int k = 0; k < years.size(); k++) {
            assertEquals(years.get(k).year(), header.getCell(3 + k).getNumericCellValue(), "years as numbers");
        }
        int totalCol = 3 + years.size();
        int rowsChecked = 0;
        for (Row row : s) {
            if (row.getRowNum() <= 3) continue;
            int i = indexOf(row.getCell(0).getStringCellValue());
            String kind = row.getCell(1).getStringCellValue(), item = row.getCell(2).getStringCellValue();
            ScenarioResult res = results.get(i);
            for (int k = 0; k <= years.size(); k++) {
                assertEquals(CellType.NUMERIC, row.getCell(3 + k).getCellType(), kind + " " + item);
            }
            if (kind.equals("合计")) {
                for (int k = 0; k < years.size(); k++) assertClose(res.years().get(k).fiscal().total() / 1e4, num(row, 3 + k), item);
                assertClose(res.cumulativeFiscal().total() / 1e4, num(row, totalCol), "horizon total");
                rowsChecked++;
            } else if (kind.equals("分项")) {
                FiscalComponent c = null;
                for (FiscalComponent f : FiscalComponent.values()) if (f.labelZh().equals(item)) c = f;
                assertNotNull(c, item);
                assertClose(res.cumulativeFiscal().get(c) / 1e4, num(row, totalCol), item);
                rowsChecked++;
            } else if (kind.equals("支付方")) {
                org.tuoyu.sandbox.engine.Payer p = null;
                for (org.tuoyu.sandbox.engine.Payer q : org.tuoyu.sandbox.engine.Payer.values()) if (q.labelZh().equals(item)) p = q;
                assertNotNull(p, item);
                for (int k = 0; k < years.size(); k++) assertClose(res.years().get(k).byPayer(p) / 1e4, num(row, 3 + k), item);
                rowsChecked++;
            } else if (kind.equals("与基线之差")) {
                assertClose((res.cumulativeFiscal().total() - results.get(0).cumulativeFiscal().total()) / 1e4, num(row, totalCol), item);
                rowsChecked++;
            } else {
                fail("unexpected row kind " + kind);
            }
        }
        assertEquals(docs.size() * (FiscalComponent.COUNT + 1 + 4) + docs.size() - 1, rowsChecked);
    }

    @Test
    void theLeverEffectsSheetHoldsTheDecompositionOfEveryReformAndEachBlockAddsUp() {
        XSSFSheet s = zh.getSheet("政策分解");
        double scale = 1e4;
        int blocksChecked = 0;
        for (int i = 1; i < docs.size(); i++) {
            org.tuoyu.sandbox.engine.Decomposition d =
                    org.tuoyu.sandbox.engine.Decomposition.of(docs.get(0).scenario(), docs.get(i).scenario());
            Map<String, List<Row>> byMethod = new HashMap<>();
            for (Row row : s) {
                if (row.getRowNum() <= LeverEffectsSheet.HEADER_ROW || row.getCell(1) == null) continue;
                if (!row.getCell(0).getStringCellValue().equals(docs.get(i).name())) continue;
                byMethod.computeIfAbsent(row.getCell(1).getStringCellValue(), k -> new ArrayList<>()).add(row);
            }
            Row total = byMethod.get(LeverEffectsSheet.TOTAL_ZH).get(0);
            assertEffect(d.total(), total, scale, "total");
            List<List<org.tuoyu.sandbox.engine.Decomposition.Step>> want = List.of(d.forward(), d.reverse(), d.shapley());
            List<String> methods = List.of(LeverEffectsSheet.FORWARD_ZH, LeverEffectsSheet.REVERSE_ZH, LeverEffectsSheet.SHAPLEY_ZH);
            for (int m = 0; m < 3; m++) {
                List<Row> rows = byMethod.get(methods.get(m));
                assertEquals(4, rows.size(), methods.get(m));
                double[] sum = new double[4];
                for (int k = 0; k < 4; k++) {
                    var step = want.get(m).get(k);
                    assertTrue(rows.get(k).getCell(2).getStringCellValue().endsWith(step.group().labelZh()), methods.get(m) + " " + k);
                    assertEffect(step.effect(), rows.get(k), scale, methods.get(m) + " " + step.group());
                    for (int c = 0; c < 4; c++) sum[c] += num(rows.get(k), LeverEffectsSheet.FIRST_VALUE_COL + c);
                }
                for (int c = 0; c < 4; c++) {
                    double t = num(total, LeverEffectsSheet.FIRST_VALUE_COL + c);
                    assertEquals(t, sum[c], 1e-6 * Math.max(1, Math.abs(t)), methods.get(m) + " adds up, column " + c);
                }
                blocksChecked++;
            }
            List<String> forwardLabels = new ArrayList<>(), reverseLabels = new ArrayList<>();
            for (Row row : byMethod.get(LeverEffectsSheet.FORWARD_ZH)) forwardLabels.add(row.getCell(2).getStringCellValue());
            for (Row row : byMethod.get(LeverEffectsSheet.REVERSE_ZH)) reverseLabels.add(row.getCell(2).getStringCellValue());
            assertEquals(List.of("1. 补供方", "2. 补需方", "3. 假期", "4. 托位"), forwardLabels);
            assertEquals(List.of("1. 托位", "2. 假期", "3. 补需方", "4. 补供方"), reverseLabels);
            Row order = byMethod.get(LeverEffectsSheet.ORDER_ZH).get(0);
            assertClose(LeverEffectsSheet.orderSpread(d).horizonFiscalCost() / scale, num(order, LeverEffectsSheet.FIRST_VALUE_COL + 2),
                    "order dependence");
            Row sentence = s.getRow(order.getRowNum() + 1);
            assertTrue(sentence.getCell(0).getStringCellValue().contains("都等于总变化"), sentence.getCell(0).getStringCellValue());
        }
        assertEquals(3 * (docs.size() - 1), blocksChecked);
        assertNotNull(en.getSheet("Lever effects"));
    }

    private static void assertEffect(org.tuoyu.sandbox.engine.Effect e, Row row, double scale, String what) {
        int c = LeverEffectsSheet.FIRST_VALUE_COL;
        assertEquals(e.fiscalCost() / scale, num(row, c), 1e-9 * Math.max(1, Math.abs(e.fiscalCost() / scale)) + 1e-9, what + " fiscal");
        assertEquals(e.enrolled(), num(row, c + 1), 1e-9 * Math.max(1, Math.abs(e.enrolled())) + 1e-6, what + " enrolled");
        assertEquals(e.horizonFiscalCost() / scale, num(row, c + 2), 1e-9 * Math.max(1, Math.abs(e.horizonFiscalCost() / scale)) + 1e-9,
                what + " horizon fiscal");
        assertEquals(e.horizonEnrolled(), num(row, c + 3), 1e-9 * Math.max(1, Math.abs(e.horizonEnrolled())) + 1e-6, what + " horizon enrolled");
    }

    private static int indexOf(String name) {
        for (int i = 0; i < docs.size(); i++) if (docs.get(i).name().equals(name)) return i;
        throw new AssertionError("no scenario " + name);
    }

    @Test
    void theIncomeGroupAndProviderSheetsHoldTheEngineNumbers() {
        XSSFSheet g = zh.getSheet("收入组");
        Map<Integer, Indicator> groupCols = columns(g.getRow(3), 3, "zh", Indicator.Scope.GROUP);
        assertEquals(Set.copyOf(Indicator.at(Indicator.Scope.GROUP)), Set.copyOf(groupCols.values()),
                "one column for every quintile indicator of the catalogue");
        assertEquals(IncomeGroupSheet.LEAD, List.copyOf(groupCols.values()).subList(0, IncomeGroupSheet.LEAD.size()));
        assertEquals("家庭月收入\n（元/月）", g.getRow(3).getCell(3).getStringCellValue());
        int r = 4;
        for (int i = 0; i < docs.size(); i++) {
            for (var q : first(i).incomeGroups()) {
                Row row = g.getRow(r++);
                for (Map.Entry<Integer, Indicator> e : groupCols.entrySet()) {
                    sameNumber(row.getCell(e.getKey()), e.getValue().of(q), 1e4, e.getValue(), q.group().name());
                }
            }
        }
        assertEquals(r - 1, g.getLastRowNum());
        XSSFSheet p = zh.getSheet("托育机构");
        Map<Integer, Indicator> providerCols = columns(p.getRow(3), 3, "zh", Indicator.Scope.DISTRICT);
        assertEquals(ProviderSheet.INDICATORS, List.copyOf(providerCols.values()));
        assertEquals("普惠托位使用率高于保本\n（百分点）",
                p.getRow(3).getCell(3 + ProviderSheet.INDICATORS.indexOf(Indicator.UTILISATION_ABOVE_BREAK_EVEN))
                        .getStringCellValue());
        r = 4;
        int finite = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (DistrictResult d : first(i).districts()) {
                Row row = p.getRow(r++);
                assertEquals(d.nameZh(), row.getCell(1).getStringCellValue());
                for (Map.Entry<Integer, Indicator> e : providerCols.entrySet()) {
                    if (!sameNumber(row.getCell(e.getKey()), e.getValue().of(d), 1e4, e.getValue(), d.id())
                            && e.getValue() == Indicator.UTILISATION_ABOVE_BREAK_EVEN) finite++;
                }
            }
        }
        assertTrue(finite > 0, "some centre breaks even, so the points column holds numbers");
    }

    @Test
    void theAboutSheetNamesFilesHashesVersionAndSeed() {
        XSSFSheet s = zh.getSheet("说明");
        StringBuilder all = new StringBuilder();
        for (Row row : s) for (Cell c : row) if (c.getCellType() == CellType.STRING) all.append(c.getStringCellValue()).append('\n');
        String text = all.toString();
        assertTrue(text.contains("jiangmen-2024.yaml"));
        assertTrue(text.contains("jiangmen.yaml"), "the region file");
        assertTrue(text.contains(docs.get(0).sha256()));
        assertTrue(text.contains(docs.get(0).region().sha256()));
        assertTrue(text.contains("版本"));
        assertTrue(text.contains("没有随机抽样"));
        assertTrue(text.contains("确定性模型"));
    }

    @Test
    void freezePanesAndWidthsAreSet() {
        for (Sheet s : zh) {
            if (s.getSheetName().equals("说明")) continue;
            assertNotNull(s.getPaneInformation(), s.getSheetName());
            assertTrue(s.getPaneInformation().isFreezePane(), s.getSheetName());
            assertTrue(s.getColumnWidth(0) > 256 * 6, s.getSheetName());
        }
        assertEquals(4, zh.getSheet("分区").getPaneInformation().getHorizontalSplitPosition());
    }

    @Test
    void noCellAnywhereIsAFormula() {
        for (XSSFWorkbook wb : List.of(zh, en)) {
            for (Sheet s : wb) for (Row row : s) for (Cell c : row) {
                assertFalse(c.getCellType() == CellType.FORMULA, s.getSheetName() + "!" + c.getAddress());
            }
        }
    }

    static double num(Row row, int col) {
        Cell c = row.getCell(col);
        assertNotNull(c, "cell " + col + " of row " + row.getRowNum());
        assertEquals(CellType.NUMERIC, c.getCellType(), "numeric " + new CellReference(row.getRowNum(), col).formatAsString());
        return c.getNumericCellValue();
    }

    static void assertClose(double want, double got, String what) {
        assertEquals(want, got, EPS * Math.max(1, Math.abs(want)), what);
    }
}
