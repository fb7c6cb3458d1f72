package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.scenario.DistrictExport.Styles;
import org.tuoyu.sandbox.scenario.DistrictTable.Column;
import org.tuoyu.sandbox.scenario.DistrictTable.Kind;

/**
 * A blank district table: the headers, a row of English headers with units, one example row
 * commented out with '#' (the import skips it), and in .xlsx a sheet of instructions. Given a
 * region, one row per district with its id, names, code and zone filled in and the figures blank
 * (a blank cell keeps the current value on import).
 */
public final class DistrictTemplate {

    private DistrictTemplate() {}

    /** The example row: a made-up district, its id cell starting with '#'. */
    static List<String> exampleRow() {
        List<String> r = new ArrayList<>();
        for (Column col : Column.values()) {
            switch (col) {
                case ID: r.add("# 示例 example: dongcheng"); break;
                case NAME_ZH: r.add("东城区"); break;
                case NAME_EN: r.add("Dongcheng"); break;
                case CODE: r.add("110101"); break;
                case ZONE: r.add("core"); break;
                case POPULATION: r.add("704,000"); break;
                case NON_HUKOU: r.add("25%"); break;
                case A0: r.add("4260"); break;
                case A1: r.add("3940"); break;
                case A2: r.add("3980"); break;
                case INCOME: r.add("100000"); break;
                case HOUSEHOLD: r.add("2.2"); break;
                case SEATS_INCLUSIVE: r.add("930"); break;
                case SEATS_MARKET: r.add("1260"); break;
                case SEATS_TODDLER: r.add("960"); break;
                case COMMUNITY_SHARE: r.add("0.15"); break;
                case FEE_INCLUSIVE: r.add("1800"); break;
                case FEE_MARKET: r.add("7800"); break;
                case FEE_TODDLER: r.add(""); break;
                case BIRTHS_TREND: r.add("-4%"); break;
                default: r.add("");
            }
        }
        return r;
    }

    /** Writes the template; {@code region} may be null for a table without rows. */
    public static void write(Path target, RegionDocument region) throws IOException {
        List<District> ds = region == null ? List.of() : region.region().districts();
        if (DistrictExport.isCsv(target)) {
            AtomicFiles.write(target, out -> DistrictExport.writeCsv(ds, null, out, true));
            return;
        }
        DistrictExport.requireXlsx(target);
        AtomicFiles.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet s = wb.createSheet(DistrictExport.SHEET);
                Styles st = new Styles(wb);
                DistrictExport.headerRows(s, st, false);
                XSSFRow ex = s.createRow(2);
                List<String> example = exampleRow();
                for (int c = 0; c < example.size(); c++) DistrictExport.cell(ex, c, example.get(c), st.example);
                int r = 3;
                for (District d : ds) {
                    XSSFRow row = s.createRow(r++);
                    int c = 0;
                    for (Column col : Column.values()) {
                        if (!col.kind.numeric()) DistrictExport.cell(row, c, (String) DistrictTable.value(d, col), null);
                        c++;
                    }
                }
                DistrictExport.finish(s, false);
                instructions(wb, st);
                wb.write(out);
            }
        });
    }

    private static void instructions(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet(DistrictExport.INSTRUCTIONS_SHEET);
        String[] lines = {
            "分区数据表 · district table (docs/districts.md)",
            "每行一个区；用 区ID、区名、英文名 或 行政区划代码 识别。One row per district, found by id, Chinese or English name, or code.",
            "空白单元格保留当前值。A blank cell keeps the region's current value.",
            "以 # 开头的行被忽略（示例行）。Rows starting with # are ignored (the example row).",
            "占比可写 0.35 或 35%；表头单位写（%）则按百分数读。Shares as 0.35 or 35%; a header unit (%) reads the column in per cent.",
            "数字可带千位分隔符；表头单位写（万人）等则乘以 10,000。Thousands separators are fine; a header unit with 万 multiplies by 10,000.",
            "可选列：标记（E S M X A）与 来源。Optional columns: flag (E S M X A) and source. Without them imported figures get flag S.",
            "",
        };
        int r = 0;
        for (String l : lines) DistrictExport.cell(s.createRow(r++), 0, l, r == 1 ? st.header : null);
        XSSFRow h = s.createRow(r++);
        String[] heads = {"表头 (header)", "English header", "键 (key)", "单位 (unit)", "规则 (rule)"};
        for (int i = 0; i < heads.length; i++) DistrictExport.cell(h, i, heads[i], st.header);
        for (Column col : Column.values()) {
            XSSFRow row = s.createRow(r++);
            DistrictExport.cell(row, 0, col.headerZh(), null);
            DistrictExport.cell(row, 1, col.headerEn(), null);
            DistrictExport.cell(row, 2, col.path, null);
            DistrictExport.cell(row, 3, col.unitZh + (col.unitEn.isEmpty() ? "" : " / " + col.unitEn), null);
            DistrictExport.cell(row, 4, rule(col), null);
        }
        s.setColumnWidth(0, 26 * 256);
        s.setColumnWidth(1, 28 * 256);
        s.setColumnWidth(2, 30 * 256);
        s.setColumnWidth(3, 20 * 256);
        s.setColumnWidth(4, 70 * 256);
    }

    static String rule(Column col) {
        String base;
        switch (col.kind) {
            case ID: return "identifies the row; letters, digits, '-', '_'; cannot be changed";
            case NAME_ZH: case NAME_EN: return "identifies the row (or renames the district when the id is given)";
            case CODE: return "administrative code, text; identifies the row";
            case ZONE: return "core | central | subCentre | plainNewTown | ecological | urban | county (or the Chinese label)";
            case POSITIVE: base = "greater than 0"; break;
            case SHARE: base = "between 0 and 1 (or 0%-100%)"; break;
            case COUNT: base = "a count, not negative"; break;
            case MONEY: base = "not negative"; break;
            case HOUSEHOLD: base = "greater than 0, at most 10"; break;
            case TREND: base = "yearly relative change of births, between -0.5 and 0.5 (or -50%..50%)"; break;
            default: base = "";
        }
        if (col == Column.A0 || col == Column.A1 || col == Column.A2) base += "; children under 3 at most 10% of the population";
        if (col.kind == Kind.COUNT && col.path.startsWith("seats")) base += "; all seats at most 20% of the population";
        if (col == Column.FEE_INCLUSIVE) base += "; at most the market fee; blank = set by the fee-cap lever";
        if (col == Column.FEE_TODDLER) base += "; blank = the inclusive fee";
        return base;
    }
}
