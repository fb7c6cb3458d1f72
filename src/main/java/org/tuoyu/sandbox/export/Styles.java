package org.tuoyu.sandbox.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, made once each (Excel caps a file at 64,000 styles). */
final class Styles {

    /** How a number is shown. The unit itself is in the row's or column's label. */
    enum Fmt {
        COUNT("#,##0"),
        YUAN("#,##0"),
        SCALED("#,##0.0"),          // 万元 / million yuan
        PERCENT("0.0%"),
        DECIMAL("#,##0.00"),
        PRECISE("0.0000"),
        YEAR("0"),
        COUNT_DELTA("+#,##0;-#,##0;0"),
        SCALED_DELTA("+#,##0.0;-#,##0.0;0.0"),
        YUAN_DELTA("+#,##0;-#,##0;0"),
        DECIMAL_DELTA("+#,##0.00;-#,##0.00;0.00"),
        PERCENT_DELTA("+0.0%;-0.0%;0.0%"),
        YI("#,##0.00"),                       // 亿元
        YI_DELTA("+#,##0.00;-#,##0.00;0.00"),
        POINTS("+0.0;-0.0;0.0");              // percentage points, the number of points (2.6 for +2.6 pp)

        final String pattern;

        Fmt(String pattern) { this.pattern = pattern; }
    }

    /** Font for every cell: one that Excel, WPS and LibreOffice have or map to a CJK face. */
    static final String FONT_ZH = ExportTexts.get(Language.ZH, "styles.font");
    static final String FONT_EN = ExportTexts.get(Language.EN, "styles.font");
    private static final int CHARSET_GB2312 = 134;

    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final XSSFFont bold;
    private final XSSFFont titleFont;
    private final XSSFFont noteFont;

    Styles(XSSFWorkbook wb, Language lang) {
        this.wb = wb;
        // The default font (index 0) is what every unstyled cell and the column-width unit use.
        XSSFFont base = wb.getFontAt(0);
        base.setFontName(lang.english() ? FONT_EN : FONT_ZH);
        base.setFontHeightInPoints((short) 10);
        if (!lang.english()) base.setCharSet(CHARSET_GB2312);
        bold = font(false, 10, IndexedColors.BLACK);
        bold.setBold(true);
        titleFont = font(false, 14, IndexedColors.BLACK);
        titleFont.setBold(true);
        noteFont = font(true, 9, IndexedColors.GREY_80_PERCENT);
    }

    private XSSFFont font(boolean italic, int points, IndexedColors colour) {
        XSSFFont base = wb.getFontAt(0);
        XSSFFont f = wb.createFont();
        f.setFontName(base.getFontName());
        f.setCharSet(base.getCharSet());
        f.setFontHeightInPoints((short) points);
        f.setItalic(italic);
        f.setColor(colour.getIndex());
        return f;
    }

    XSSFCellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(titleFont);
            return s;
        });
    }

    XSSFCellStyle note() {
        return cache.computeIfAbsent("note", k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(noteFont);
            return s;
        });
    }

    /** Long text that wraps within its (merged) cell. */
    XSSFCellStyle paragraph() {
        return cache.computeIfAbsent("paragraph", k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    XSSFCellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(bold);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        });
    }

    /**
     * Text; {@code quoted} marks it with Excel's quote prefix so that a text beginning with
     * = + - or @ stays text even when a user edits the cell and presses Enter.
     */
    XSSFCellStyle text(boolean bold, boolean quoted) { return text(bold, quoted, false); }

    /** Text as above; {@code wrap} wraps it within the column and aligns it to the top. */
    XSSFCellStyle text(boolean bold, boolean quoted, boolean wrap) {
        return cache.computeIfAbsent("text" + bold + quoted + wrap, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            if (bold) s.setFont(this.bold);
            s.setQuotePrefixed(quoted);
            // Top-aligned, wrapped or not: a row whose note wraps reads across from its first line.
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (wrap) s.setWrapText(true);
            return s;
        });
    }

    XSSFCellStyle number(Fmt fmt, boolean bold) {
        return cache.computeIfAbsent(fmt.name() + bold, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(fmt.pattern));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (bold) s.setFont(this.bold);
            return s;
        });
    }
}
