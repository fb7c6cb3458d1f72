package org.tuoyu.sandbox.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells of one sheet: numbers as numbers with a format, text always as text (never a
 * formula), and keeps the widest entry of each column to size the columns at the end.
 */
final class SheetBuilder {

    private static final int MAX_COLUMNS = 64;
    private static final int MAX_WIDTH = 60;
    /** Headers wrap, so a long header widens its column only this far. */
    private static final int HEADER_WIDTH = 16;

    final XSSFSheet sheet;
    final Styles styles;
    private final int[] widths = new int[MAX_COLUMNS];

    SheetBuilder(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFCell cell(int r, int c) {
        XSSFRow row = sheet.getRow(r);
        if (row == null) row = sheet.createRow(r);
        XSSFCell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }

    /** A text cell. Text is never parsed: "=1+1" stays the four characters "=1+1". */
    XSSFCell text(int r, int c, String s) { return text(r, c, s, false); }

    XSSFCell text(int r, int c, String s, boolean bold) {
        String v = s == null ? "" : s;
        XSSFCell cell = cell(r, c);
        if (v.isEmpty()) {
            // Blank, not "": a pasted "" is a text cell that COUNTA counts and ISBLANK denies.
            cell.setBlank();
            cell.setCellStyle(styles.text(bold, false));
            return cell;
        }
        cell.setCellValue(v);
        cell.setCellStyle(styles.text(bold, looksLikeFormula(v)));
        widen(c, width(v));
        return cell;
    }

    /** Long text that wraps within its column (whose width is then fixed by the caller). */
    XSSFCell wrapped(int r, int c, String s) {
        String v = s == null ? "" : s;
        XSSFCell cell = cell(r, c);
        cell.setCellValue(v);
        cell.setCellStyle(styles.text(false, looksLikeFormula(v), true));
        wrappedCells.add(cell);
        return cell;
    }

    /** Long text that wraps across the merged columns c0..c1 of its row. */
    XSSFCell wrapped(int r, int c0, int c1, String s) {
        XSSFCell cell = wrapped(r, c0, s);
        if (c1 > c0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, c0, c1));
            mergedTo.put(cell, c1);
        }
        return cell;
    }

    private final java.util.Map<XSSFCell, Integer> mergedTo = new java.util.HashMap<>();

    /** Rows do not grow to fit wrapped text in every program (LibreOffice keeps one line), so finish sets them. */
    private final java.util.List<XSSFCell> wrappedCells = new java.util.ArrayList<>();

    /** Bold text over several columns (a group label above headers); does not widen its column. */
    XSSFCell groupLabel(int r, int c, String s) {
        XSSFCell cell = cell(r, c);
        cell.setCellValue(s);
        cell.setCellStyle(styles.text(true, looksLikeFormula(s)));
        return cell;
    }

    /** True for text a spreadsheet would take for a formula when typed: = + - @ (and tab / CR, per OWASP). */
    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) return false;
        char ch = s.charAt(0);
        return ch == '=' || ch == '+' || ch == '-' || ch == '@' || ch == '\t' || ch == '\r'
                || ch == '＝' || ch == '＋' || ch == '－' || ch == '＠';
    }

    /** A number; a value that is not finite is written as {@code ifNotFinite} (text). */
    XSSFCell number(int r, int c, double v, Styles.Fmt fmt) { return number(r, c, v, fmt, false, "—"); }

    XSSFCell number(int r, int c, double v, Styles.Fmt fmt, boolean bold) { return number(r, c, v, fmt, bold, "—"); }

    XSSFCell number(int r, int c, double v, Styles.Fmt fmt, boolean bold, String ifNotFinite) {
        if (!Double.isFinite(v)) {
            return text(r, c, ifNotFinite, bold);
        }
        XSSFCell cell = cell(r, c);
        cell.setCellValue(v);
        cell.setCellStyle(styles.number(fmt, bold));
        widen(c, numberWidth(v, fmt));
        return cell;
    }

    void header(int r, int c, String s) {
        XSSFCell cell = cell(r, c);
        cell.setCellValue(s);
        cell.setCellStyle(looksLikeFormula(s) ? quotedHeader() : styles.header());
        int w = 0;
        for (String part : s.split("\n")) w = Math.max(w, width(part));
        widen(c, Math.min(HEADER_WIDTH, w));
    }

    private org.apache.poi.xssf.usermodel.XSSFCellStyle quotedHeader() {
        org.apache.poi.xssf.usermodel.XSSFCellStyle h = sheet.getWorkbook().createCellStyle();
        h.cloneStyleFrom(styles.header());
        h.setQuotePrefixed(true);
        return h;
    }

    /** A header row; returns the next row. Its height is set in {@link #finish} to fit the wrapped headers. */
    int headers(int r, int c0, String... names) {
        for (int i = 0; i < names.length; i++) header(r, c0 + i, names[i]);
        headerRows.add(r);
        return r + 1;
    }

    private final java.util.List<Integer> headerRows = new java.util.ArrayList<>();

    void title(int r, String s) {
        XSSFCell cell = cell(r, 0);
        cell.setCellValue(s);
        cell.setCellStyle(styles.title());
        sheet.getRow(r).setHeightInPoints(20);
    }

    void note(int r, String s) {
        XSSFCell cell = cell(r, 0);
        cell.setCellValue(s);
        cell.setCellStyle(SheetBuilder.looksLikeFormula(s) ? styles.text(false, true) : styles.note());
    }

    /** Freezes the rows above {@code rows} and the columns left of {@code cols}. */
    void freeze(int cols, int rows) {
        sheet.createFreezePane(cols, rows);
        if (rows > 0) sheet.setRepeatingRows(CellRangeAddress.valueOf(rows + ":" + rows));
    }

    void autoFilter(int headerRow, int lastRow, int firstCol, int lastCol) {
        if (lastRow > headerRow) sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, firstCol, lastCol));
    }

    void fixWidth(int c, int chars) { widths[c] = -chars; }

    /** Widens column c to hold {@code chars} (display width), past the cap that wrapped headers have. */
    void atLeast(int c, int chars) { widen(c, chars); }

    /** Sets every used column's width from its widest entry. */
    void finish() {
        for (int c = 0; c < MAX_COLUMNS; c++) {
            int w = widths[c];
            if (w == 0) continue;
            int chars = w < 0 ? -w : Math.min(MAX_WIDTH, Math.max(6, w + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
        for (XSSFCell cell : wrappedCells) {
            int width = 0;
            for (int c = cell.getColumnIndex(); c <= mergedTo.getOrDefault(cell, cell.getColumnIndex()); c++) {
                width += sheet.getColumnWidth(c);
            }
            int chars = Math.max(1, width / 256 - 1);
            int lines = Math.min(8, Math.max(1, (width(cell.getStringCellValue()) + chars - 1) / chars));
            float h = lines * 13f + 2;
            if (h > cell.getRow().getHeightInPoints()) cell.getRow().setHeightInPoints(h);
        }
        for (int r : headerRows) {
            int lines = 1;
            for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(r)) {
                if (!isText(cell)) continue; // a year written as a number
                lines = Math.max(lines, lines(cell.getStringCellValue(), sheet.getColumnWidth(cell.getColumnIndex())));
            }
            sheet.getRow(r).setHeightInPoints(Math.min(6, lines) * 13 + 6);
        }
    }

    /** Lines a wrapped text takes in a column this wide (POI units): each of its own lines wrapped at the width. */
    static int lines(String text, int columnWidth) {
        int chars = Math.max(1, columnWidth / 256 - 1);
        int n = 0;
        for (String part : text.split("\n", -1)) n += Math.max(1, (width(part) + chars - 1) / chars);
        return n;
    }

    private void widen(int c, int w) {
        if (c < MAX_COLUMNS && widths[c] >= 0 && w > widths[c]) widths[c] = w;
    }

    /** Display width in Latin characters: CJK and full-width characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return w;
    }

    private static int numberWidth(double v, Styles.Fmt fmt) {
        double a = Math.abs(v);
        int digits = a < 1 ? 1 : (int) Math.floor(Math.log10(a)) + 1;
        int w = digits + (digits - 1) / 3 + 2;
        if (fmt == Styles.Fmt.PRECISE) w += 5;
        if (fmt == Styles.Fmt.PERCENT || fmt == Styles.Fmt.PERCENT_DELTA) {
            double p = Math.abs(v) * 100;
            w = (p < 1 ? 1 : (int) Math.floor(Math.log10(p)) + 1) + 5; // sign, point, one decimal, %
        }
        return w;
    }

    static boolean isText(Cell c) { return c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING; }
}
