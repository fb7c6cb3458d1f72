package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * What a reader of the printed or pasted workbook notices: blanks are blank (no "" cells a paste turns into
 * text), 分区 prints its key columns on one page width, headers of 政策分解 do not break inside a unit, and the
 * 参数 sheet of the Chinese workbook explains itself in Chinese.
 */
class WorkbookTidyTest {

    @TempDir
    static Path dir;

    private static XSSFWorkbook zh;
    private static XSSFWorkbook en;

    @BeforeAll
    static void export() throws Exception {
        List<ScenarioDocument> docs = Fixtures.jiangmen();
        List<ScenarioResult> results = Fixtures.evaluate(docs);
        for (Language lang : Language.values()) {
            ComparisonWorkbook.write(docs, results, null, ExportOptions.DEFAULT, dir.resolve(lang + ".xlsx"), lang,
                    ExportProgress.NONE);
        }
        zh = ComparisonWorkbookTest.open(dir.resolve("ZH.xlsx"));
        en = ComparisonWorkbookTest.open(dir.resolve("EN.xlsx"));
    }

    @Test
    void noCellHoldsAnEmptyString() {
        for (XSSFWorkbook wb : List.of(zh, en)) {
            List<String> empty = new ArrayList<>();
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty()) {
                            empty.add(s.getSheetName() + "!" + c.getAddress());
                        }
                    }
                }
            }
            assertTrue(empty.isEmpty(), "cells holding \"\": " + empty);
        }
    }

    @Test
    void districtsPrintTheirKeyColumnsOnOnePageWidth() {
        String area = zh.getPrintArea(zh.getSheetIndex("分区"));
        assertTrue(area.contains("$A$1:$Q$"), area);
        assertEquals(1, zh.getSheet("分区").getPrintSetup().getFitWidth());
        assertTrue(zh.getSheet("分区").getRow(3).getCell(16).getStringCellValue().startsWith("负担超过阈值的家庭占比"));
    }

    /** 分区, 收入组 and 托育机构 put a header's unit on a line of its own, and the row is tall enough for the header. */
    @Test
    void recordSheetHeadersKeepTheirUnitsWhole() {
        int units = 0;
        for (String name : List.of("分区", "收入组", "托育机构")) {
            Sheet s = zh.getSheet(name);
            Row header = s.getRow(3);
            for (Cell c : header) {
                String h = c.getStringCellValue();
                int width = s.getColumnWidth(c.getColumnIndex());
                if (h.endsWith("）") && h.contains("\n")) {
                    String unit = h.substring(h.lastIndexOf('\n') + 1);
                    assertTrue(unit.startsWith("（") && SheetBuilder.width(unit) <= width / 256 - 1, "the unit fits its line: " + h);
                    units++;
                }
                int lines = SheetBuilder.lines(h, width);
                assertTrue(header.getHeightInPoints() >= Math.min(6, lines) * 13, name + " " + h + " needs " + lines + " lines");
            }
        }
        assertTrue(units >= 20, "units in headers: " + units);
    }

    @Test
    void leverEffectHeadersKeepTheirUnitsWhole() {
        Row header = null;
        for (Row row : zh.getSheet("政策分解")) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(3) != null && row.getCell(3).getCellType() == CellType.STRING) {
                header = row;
                break;
            }
        }
        assertTrue(header != null, "a header row");
        for (Cell c : header) {
            String h = c.getStringCellValue();
            if (h.contains("（")) assertTrue(h.contains("\n（"), "the unit on a line of its own: " + h);
            int width = zh.getSheet("政策分解").getColumnWidth(c.getColumnIndex());
            for (String part : h.split("\n")) {
                assertTrue(SheetBuilder.width(part) <= width / 256 - 1 || !part.contains("（"), "the unit fits its line: " + part);
            }
            int lines = SheetBuilder.lines(h, width);
            assertTrue(header.getHeightInPoints() >= Math.min(6, lines) * 13, h + " needs " + lines + " lines");
        }
    }

    @Test
    void leverSheetNamesUncertaintyInChineseAndGivesRegionValuesWithEachNoteOnce() {
        Sheet s = zh.getSheet("参数");
        int uncertainty = 0, regionRows = 0, asAbove = 0, valued = 0;
        java.util.Set<String> notes = new java.util.HashSet<>();
        int repeated = 0;
        for (Row row : s) {
            Cell key = row.getCell(LeverSheet.KEY_COL);
            if (key == null || key.getCellType() != CellType.STRING) continue;
            String k = key.getStringCellValue();
            if (k.startsWith("uncertainty.")) {
                String name = row.getCell(4).getStringCellValue();
                assertTrue(name.matches(".*[\\u4e00-\\u9fff].*") && !name.contains(" low") && !name.contains(" high"),
                        "a Chinese name for " + k + ": " + name);
                uncertainty++;
            }
            if (k.startsWith("region.districts.")) {
                regionRows++;
                Cell v = row.getCell(LeverSheet.VALUE_COL);
                if (v != null && v.getCellType() == CellType.NUMERIC) valued++;
                Cell note = row.getCell(8);
                if (note != null && note.getStringCellValue().equals("同上")) asAbove++;
                else if (note != null && !notes.add(k.replaceAll("districts\\.[^.]+\\.", "") + note.getStringCellValue())) repeated++;
            }
        }
        assertTrue(uncertainty >= 12, "the uncertainty rows of every scenario: " + uncertainty);
        assertTrue(regionRows >= 7 * 5, "the districts' figures: " + regionRows);
        assertEquals(regionRows, valued, "every district figure shows its value");
        assertTrue(asAbove > 0, "a note shared by the next district reads 同上");
        assertTrue(repeated < regionRows / 4, "a note repeated district after district is given once: " + repeated);
    }

    @Test
    void anOptimisedReformStatesItsProblemOnTheLeverSheet(@TempDir Path tmp) throws Exception {
        Path reform = tmp.resolve("optimised.yaml");
        java.nio.file.Files.writeString(reform, "scenario:\n  name: 江门 + 优化托育券\n  description:\n    zh: 以最低一般公共预算达到入托率目标。\n"
                + "extends: " + Fixtures.SCENARIOS.resolve("jiangmen-2024.yaml").toAbsolutePath()
                + "\nlevers:\n  demand:\n    voucher:\n      A2: 812.5\n"
                + "optimised:\n  minimise: generalBudget@2028\n  feasible: true\n  cost: 2105000000.0\n  levers:\n"
                + "  - {lever: demand.voucher.A2, min: 0.0, max: 2000.0, value: 812.5}\n  targets:\n"
                + "  - {target: enrolmentRate>=0.13, year: 2028, value: 0.1302, met: true, active: true, costOfTarget: 1.2e8}\n");
        List<ScenarioDocument> docs = new ArrayList<>(Fixtures.jiangmen().subList(0, 1));
        docs.add(org.tuoyu.sandbox.scenario.ScenarioFiles.load(reform));
        Path out = tmp.resolve("opt.xlsx");
        ComparisonWorkbook.write(docs, Fixtures.evaluate(docs), out, Language.ZH, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            List<String> keys = new ArrayList<>();
            Double cost = null, lever = null;
            for (Row row : wb.getSheet("参数")) {
                Cell key = row.getCell(LeverSheet.KEY_COL);
                if (key == null || key.getCellType() != CellType.STRING) continue;
                keys.add(key.getStringCellValue());
                if (key.getStringCellValue().equals("optimised.minimise")) cost = row.getCell(LeverSheet.VALUE_COL).getNumericCellValue();
                if (key.getStringCellValue().equals("optimised.levers.demand.voucher.A2")) {
                    lever = row.getCell(LeverSheet.VALUE_COL).getNumericCellValue();
                }
            }
            assertTrue(keys.contains("description") && keys.contains("optimised.targets"), keys.toString());
            assertEquals(2105000000.0, cost);
            assertEquals(812.5, lever);
        }
    }
}
