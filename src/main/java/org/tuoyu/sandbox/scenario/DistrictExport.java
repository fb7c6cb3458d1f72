package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.scenario.DistrictTable.Column;
import org.tuoyu.sandbox.scenario.DistrictTable.Kind;

/**
 * Writes a region's district table to .xlsx (numbers as numbers, header rows frozen, a row of
 * English headers with units, a column of flags, a sheet of sources) or .csv (UTF-8 with BOM so
 * Excel opens the Chinese correctly). The file imports back unchanged (docs/districts.md).
 */
public final class DistrictExport {

    public static final String SHEET = "分区";
    public static final String SOURCES_SHEET = "来源";
    public static final String INSTRUCTIONS_SHEET = "说明";

    private DistrictExport() {}

    public static void write(RegionDocument doc, Path target) throws IOException {
        if (isCsv(target)) {
            AtomicFiles.write(target, out -> writeCsv(doc.region().districts(), doc, out, false));
        } else {
            requireXlsx(target);
            AtomicFiles.write(target, out -> {
                try (XSSFWorkbook wb = new XSSFWorkbook()) {
                    XSSFSheet s = wb.createSheet(SHEET);
                    Styles st = new Styles(wb);
                    headerRows(s, st, true);
                    int r = 2;
                    for (District d : doc.region().districts()) dataRow(s.createRow(r++), d, doc, st);
                    finish(s, true);
                    sourcesSheet(wb, doc, st);
                    wb.write(out);
                }
            });
        }
    }

    static boolean isCsv(Path p) { return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"); }

    static void requireXlsx(Path p) throws IOException {
        if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new IOException(p + ": the name must end in .xlsx or .csv");
        }
    }

    /** Header text of the flag column. */
    static final String FLAG_HEADER = DistrictTable.FLAG_ZH + "（" + DistrictTable.FLAG_EN + "）";

    /** Rows 1 and 2: Chinese headers, then English headers with units (read back as a header row). */
    static void headerRows(XSSFSheet s, Styles st, boolean flags) {
        XSSFRow zh = s.createRow(0);
        XSSFRow en = s.createRow(1);
        int c = 0;
        for (Column col : Column.values()) {
            cell(zh, c, col.headerZh(), st.header);
            cell(en, c, english(col), st.units);
            c++;
        }
        if (flags) {
            cell(zh, c, FLAG_HEADER, st.header);
            cell(en, c, "flag (E S M X A)", st.units);
        }
    }

    /** "population (persons)": the English header with the unit in brackets, which the import ignores. */
    static String english(Column col) {
        String h = col.en;
        String u = col.unitEn;
        return u.isEmpty() ? h : h + " (" + u + ")";
    }

    static String chineseUnits(Column col) {
        return col.unitZh.isEmpty() ? col.zh : col.zh + "（" + col.unitZh + "）";
    }

    static void finish(XSSFSheet s, boolean flags) {
        s.createFreezePane(2, 2);
        int n = Column.values().length + (flags ? 1 : 0);
        for (int c = 0; c < n; c++) s.setColumnWidth(c, 16 * 256);
    }

    private static void dataRow(XSSFRow row, District d, RegionDocument doc, Styles st) {
        int c = 0;
        for (Column col : Column.values()) {
            Object v = DistrictTable.value(d, col);
            if (v instanceof Double) {
                double x = (Double) v;
                if (!Double.isNaN(x)) {
                    XSSFCell cell = row.createCell(c);
                    cell.setCellValue(x);
                    cell.setCellStyle(st.number(col.kind, x));
                }
            } else {
                cell(row, c, (String) v, null);
            }
            c++;
        }
        cell(row, c, flags(d, doc), null);
    }

    /**
     * The row's flags: one letter when every figure of the district shares it, else the letters
     * with their columns, e.g. "X; M: 非户籍人口占比, 户均人口; E: 幼儿园托班托位".
     */
    static String flags(District d, RegionDocument doc) {
        Map<String, List<String>> by = new LinkedHashMap<>();
        for (Column col : Column.values()) {
            if (!col.kind.numeric()) continue;
            Object v = DistrictTable.value(d, col);
            if (v instanceof Double && Double.isNaN((Double) v)) continue;
            Provenance p = doc.provenanceOf("districts." + d.id() + "." + col.path);
            String f = p == null ? "?" : p.flag();
            by.computeIfAbsent(f, k -> new ArrayList<>()).add(col.zh);
        }
        if (by.size() == 1) return by.keySet().iterator().next();
        String most = null;
        for (Map.Entry<String, List<String>> e : by.entrySet()) {
            if (most == null || e.getValue().size() > by.get(most).size()) most = e.getKey();
        }
        StringBuilder b = new StringBuilder(most);
        for (Map.Entry<String, List<String>> e : by.entrySet()) {
            if (e.getKey().equals(most)) continue;
            b.append("; ").append(e.getKey()).append(": ").append(String.join(", ", e.getValue()));
        }
        return b.toString();
    }

    private static void sourcesSheet(XSSFWorkbook wb, RegionDocument doc, Styles st) {
        XSSFSheet s = wb.createSheet(SOURCES_SHEET);
        XSSFRow h = s.createRow(0);
        String[] heads = {"区ID (id)", "字段 (field)", "标记 (flag)", "来源 (source)"};
        for (int i = 0; i < heads.length; i++) cell(h, i, heads[i], st.header);
        int r = 1;
        for (District d : doc.region().districts()) {
            for (Column col : Column.values()) {
                if (!col.kind.numeric()) continue;
                Object v = DistrictTable.value(d, col);
                if (v instanceof Double && Double.isNaN((Double) v)) continue;
                Provenance p = doc.provenanceOf("districts." + d.id() + "." + col.path);
                XSSFRow row = s.createRow(r++);
                cell(row, 0, d.id(), null);
                cell(row, 1, col.zh + " " + col.path, null);
                cell(row, 2, p == null ? "?" : p.flag(), null);
                cell(row, 3, p == null ? "no source" : p.source(), null);
            }
        }
        XSSFRow row = s.createRow(r + 1);
        cell(row, 0, "exported from " + doc.location().display() + " (sha256 " + doc.sha256() + ") on " + LocalDate.now(), null);
        s.createFreezePane(0, 1);
        s.setColumnWidth(1, 36 * 256);
        s.setColumnWidth(3, 100 * 256);
    }

    static void cell(XSSFRow row, int c, String text, CellStyle style) {
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        } else if (looksLikeFormula(text)) {
            cell.setCellStyle(quoted(row.getSheet().getWorkbook())); // shown as typed, never run as a formula
        }
    }

    /** The workbook's style that marks text as text (Excel's leading apostrophe), made once. */
    private static CellStyle quoted(XSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumCellStyles(); i++) {
            CellStyle st = wb.getCellStyleAt(i);
            if (st.getQuotePrefixed() && st.getFontIndex() == 0 && st.getDataFormat() == 0) return st;
        }
        CellStyle st = wb.createCellStyle();
        st.setQuotePrefixed(true);
        return st;
    }

    /**
     * True for text a spreadsheet would take for a formula (= + - @, tab, CR, and their full-width
     * forms), as in the comparison workbook: a district named =cmd|' /C calc'!A0 must stay a name.
     */
    static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) return false;
        char ch = s.charAt(0);
        return ch == '=' || ch == '+' || ch == '-' || ch == '@' || ch == '\t' || ch == '\r'
                || ch == '＝' || ch == '＋' || ch == '－' || ch == '＠';
    }

    /** CSV text a spreadsheet would run as a formula gets a leading apostrophe (the import removes it). */
    static String defused(String s) { return looksLikeFormula(s) ? "'" + s : s; }

    /** The table as CSV, UTF-8 with BOM; {@code template} adds a commented example row instead of flags. */
    static void writeCsv(List<District> districts, RegionDocument doc, OutputStream out, boolean template) throws IOException {
        StringBuilder b = new StringBuilder("\uFEFF");
        List<String> zh = new ArrayList<>(), en = new ArrayList<>();
        for (Column col : Column.values()) {
            zh.add(col.headerZh());
            en.add(english(col));
        }
        if (doc != null && !template) {
            zh.add(FLAG_HEADER);
            en.add("flag (E S M X A)");
        }
        line(b, zh);
        line(b, en);
        if (template) line(b, DistrictTemplate.exampleRow());
        for (District d : districts) {
            List<String> cells = new ArrayList<>();
            for (Column col : Column.values()) {
                Object v = DistrictTable.value(d, col);
                if (template && col.kind.numeric()) {
                    cells.add("");
                } else if (v instanceof Double) {
                    double x = (Double) v;
                    cells.add(Double.isNaN(x) ? "" : String.valueOf(RegionWriter.num(x)));
                } else {
                    cells.add(defused((String) v));
                }
            }
            if (doc != null && !template) cells.add(flags(d, doc));
            line(b, cells);
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            String s = cells.get(i);
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.startsWith(" ") || s.endsWith(" ")) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        b.append("\r\n");
    }

    /** Cell styles: bold headers, grey units, number formats by kind of column. */
    static final class Styles {
        final CellStyle header, units, example, count, decimal, percent;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            units = wb.createCellStyle();
            units.setFont(grey);
            example = wb.createCellStyle();
            example.setFont(grey);
            count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0##"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0##%"));
        }

        CellStyle number(Kind kind, double x) {
            if (kind.percentAllowed()) return percent;
            return x == Math.rint(x) ? count : decimal;
        }
    }
}
