package org.tuoyu.sandbox.scenario;

import static org.tuoyu.sandbox.scenario.TableFile.MAX_COLUMNS;
import static org.tuoyu.sandbox.scenario.TableFile.MAX_ROWS;
import static org.tuoyu.sandbox.scenario.TableFile.refused;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx district table: the sheet 分区 / districts (else the first), with the zip guards checked before POI
 * inflates anything, formulas evaluated, and merged ranges made explicit (see {@link TableGrid.Merge}).
 */
final class XlsxTable {

    /** POI's zip-bomb guard: an .xlsx entry may expand to at most 1 / this times its packed size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** POI's limit on one expanded .xlsx entry (a 5,000-row sheet is about 6 MB). */
    static final long MAX_ENTRY_BYTES = 25L * 1024 * 1024;
    /** Limits on the whole .xlsx, from its directory, checked before POI opens it. */
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

    private XlsxTable() {}

    static TableGrid read(Path file, ImportTexts t) throws ScenarioFileException {
        checkZipDirectory(file, t);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            Sheet sheet = districtSheet(wb);
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw refused(file, t.t("xlsx.tooManyRows", sheet.getSheetName(), ImportTexts.count(sheet.getLastRowNum() + 1),
                        ImportTexts.count(MAX_ROWS)));
            }
            List<List<TableCell>> rows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<TableCell> cells = new ArrayList<>();
                int last = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                for (int c = 0; c < last; c++) cells.add(cell(t, sheet.getSheetName(), r, c, row.getCell(c), evaluator));
                rows.add(cells);
                names.add(sheet.getSheetName() + "!" + (r + 1));
            }
            List<TableGrid.Merge> merges = merges(sheet, rows, t);
            return new TableGrid(sheet.getSheetName(), rows, names, merges);
        } catch (ScenarioFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw refused(file, xlsxProblem(e, t));
        }
    }

    private static Sheet districtSheet(XSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String n = DistrictTable.normalise(wb.getSheetName(i));
            if (n.equals("分区") || n.equals("districts") || n.equals("分区districts")) return wb.getSheetAt(i);
        }
        return wb.getSheetAt(0);
    }

    /**
     * POI reads a merged range's value at its first cell only and the others as empty, so a fee merged down three
     * district rows would change one district and silently leave two. Here the cells below the value, in its
     * column, read the value; the cells in other columns are marked, to be refused by cell.
     */
    static List<TableGrid.Merge> merges(Sheet sheet, List<List<TableCell>> rows, ImportTexts t) {
        List<TableGrid.Merge> out = new ArrayList<>();
        String name = sheet.getSheetName();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            int fr = m.getFirstRow();
            int fc = m.getFirstColumn();
            if (fr >= rows.size() || fc >= MAX_COLUMNS) continue;
            TableCell top = at(rows, name, fr, fc);
            if (top.blank()) continue;
            String valueCell = new CellReference(fr, fc).formatAsString(false);
            String range = m.formatAsString();
            List<String> copied = new ArrayList<>();
            List<String> refusedCells = new ArrayList<>();
            for (int r = fr; r <= Math.min(m.getLastRow(), rows.size() - 1); r++) {
                for (int c = fc; c <= Math.min(m.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    if (r == fr && c == fc) continue;
                    String local = new CellReference(r, c).formatAsString(false);
                    String ref = name + "!" + local;
                    at(rows, name, r, c);
                    if (c == fc) {
                        rows.get(r).set(c, top.at(ref));
                        copied.add(local);
                    } else {
                        rows.get(r).set(c, new TableCell(ref, null, null, false, null,
                                t.t("merge.partOf", range, valueCell)));
                        refusedCells.add(local);
                    }
                }
            }
            out.add(new TableGrid.Merge(name + "!" + range, valueCell, top.shown(), fr, m.getLastRow(), fc, m.getLastColumn(),
                    copied, refusedCells));
        }
        return out;
    }

    /** The cell at (r, c), the row padded with empty cells up to it. */
    private static TableCell at(List<List<TableCell>> rows, String sheet, int r, int c) {
        List<TableCell> row = rows.get(r);
        while (row.size() <= c) row.add(TableCell.text(sheet + "!" + new CellReference(r, row.size()).formatAsString(false), ""));
        return row.get(c);
    }

    /** The zip directory: too many entries, or more expanded bytes than any district table needs. */
    private static void checkZipDirectory(Path file, ImportTexts t) throws ScenarioFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused(file, t.t("xlsx.tooManyParts", ImportTexts.count(zip.size()), ImportTexts.count(MAX_ENTRIES)));
            }
            long total = 0;
            for (var en = zip.entries(); en.hasMoreElements(); ) {
                long s = en.nextElement().getSize();
                if (s > 0) total += s;
            }
            if (total > MAX_EXPANDED_BYTES) {
                throw refused(file, t.t("xlsx.expandsTooMuch", ImportTexts.count(total / 1048576), MAX_EXPANDED_BYTES / 1048576));
            }
        } catch (ZipException e) {
            throw refused(file, t.t("xlsx.notAZip", e.getMessage()));
        } catch (IOException e) {
            throw refused(file, t.t("file.cannotRead", e.getMessage()));
        }
    }

    private static String xlsxProblem(Throwable e, ImportTexts t) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (m.contains("Zip bomb detected") && m.contains("max. ratio")) {
                return t.t("xlsx.zipBomb", Math.round(1 / MIN_INFLATE_RATIO), MIN_INFLATE_RATIO);
            }
            if (m.contains("Zip bomb detected") || m.contains("max size") || m.contains("entry size")) {
                return t.t("xlsx.entryTooLarge", MAX_ENTRY_BYTES / 1048576);
            }
        }
        if (e instanceof OutOfMemoryError) return t.t("xlsx.outOfMemory");
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return t.t("xlsx.cannotRead", m);
    }

    /**
     * A formula is evaluated, not read from its cached value: files written by openpyxl or pandas
     * carry no cached value, which POI reads as 0. A formula POI cannot evaluate is refused by reference.
     */
    private static TableCell cell(ImportTexts t, String sheet, int r, int c, Cell cell, FormulaEvaluator evaluator) {
        String ref = sheet + "!" + new CellReference(r, c).formatAsString(false);
        if (cell == null) return TableCell.text(ref, "");
        if (cell.getCellType() != CellType.FORMULA) return plain(t, ref, cell);
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return TableCell.error(ref, t.t("xlsx.formula", clipped(cell.getCellFormula()),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
        if (v == null) return TableCell.text(ref, "");
        switch (v.getCellType()) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) return new TableCell(ref, cell.toString(), null, false, t.t("xlsx.date"), null);
                return TableCell.number(ref, v.getNumberValue(), percentFormat(cell));
            case STRING: return TableCell.text(ref, v.getStringValue());
            case BOOLEAN: return TableCell.text(ref, String.valueOf(v.getBooleanValue()));
            case ERROR: return TableCell.error(ref, t.t("xlsx.excelError", FormulaError.forInt(v.getErrorValue()).getString()));
            default: return TableCell.text(ref, "");
        }
    }

    private static String clipped(String s) { return s.length() > 60 ? s.substring(0, 60) + "…" : s; }

    private static boolean percentFormat(Cell cell) {
        String fmt = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        return fmt != null && fmt.contains("%");
    }

    private static TableCell plain(ImportTexts t, String ref, Cell cell) {
        switch (cell.getCellType()) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) return new TableCell(ref, cell.toString(), null, false, t.t("xlsx.date"), null);
                return TableCell.number(ref, cell.getNumericCellValue(), percentFormat(cell));
            case STRING:
                return TableCell.text(ref, cell.getStringCellValue());
            case BOOLEAN:
                return TableCell.text(ref, String.valueOf(cell.getBooleanCellValue()));
            case ERROR:
                return TableCell.error(ref, t.t("xlsx.excelError", FormulaError.forInt(cell.getErrorCellValue()).getString()));
            default:
                return TableCell.text(ref, "");
        }
    }
}
