package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.FunctionalZone;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.scenario.DistrictTable.Column;
import org.tuoyu.sandbox.scenario.DistrictTable.Kind;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;

/**
 * Imports a district table (.xlsx or .csv) into a region: see docs/districts.md. Values are checked
 * one by one with the region file's rules ({@link FieldRules}); a refused value never replaces a good
 * one; the region is rebuilt from the accepted values and read back through {@link RegionReader}.
 */
public final class DistrictImport {

    /** Files larger than this are refused before they are opened. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Rows (lines of a .csv, rows of the sheet) beyond this are refused: a district table has a few dozen. */
    public static final int MAX_ROWS = 5_000;
    /** Columns beyond this are not read. */
    public static final int MAX_COLUMNS = 200;
    /** POI's zip-bomb guard: an .xlsx entry may expand to at most 1 / this times its packed size. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** POI's limit on one expanded .xlsx entry (a 5,000-row sheet is about 6 MB). */
    public static final long MAX_ENTRY_BYTES = 25L * 1024 * 1024;
    /** Limits on the whole .xlsx, from its directory, checked before POI opens it. */
    public static final int MAX_ENTRIES = 1_000;
    public static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    /** The header row is looked for among the first rows (a yearbook table may have a title above it). */
    static final int HEADER_SEARCH_ROWS = 20;

    private DistrictImport() {}

    /** One cell as read: text, a number, or an error, with where it is. */
    record RawCell(String ref, String text, Double number, boolean percentFormat, String error) {
        boolean blank() {
            if (number != null || error != null) return false;
            String t = text == null ? "" : text.trim();
            return t.isEmpty() || t.equals("-") || t.equals("—") || t.equals("–") || t.equals("…") || t.equals("……") || t.equals("/");
        }

        String shown() {
            if (error != null) return error;
            if (number != null) return RegionReader.fmt(number);
            return "\"" + text + "\"";
        }

        String asText() {
            if (number != null) return RegionReader.fmt(number);
            return text == null ? "" : text.trim();
        }
    }

    /** A sheet or a .csv as rows of cells; {@code where} gives each row's "sheet!A7" or "line 7" prefix. */
    record Grid(String sheet, List<List<RawCell>> rows, List<String> rowNames) {}

    public static ImportReport read(Path file, RegionDocument region) throws ScenarioFileException {
        return read(file, region, LocalDate.now());
    }

    public static ImportReport read(Path file, RegionDocument region, LocalDate date) throws ScenarioFileException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw refused(file, "no such file");
        } catch (IOException e) {
            throw refused(file, "cannot read the file: " + e.getMessage());
        }
        if (size > MAX_FILE_BYTES) {
            throw refused(file, String.format("refused: the file is %.1f MB, more than the %d MB limit for a district table",
                    size / 1048576.0, MAX_FILE_BYTES / 1048576));
        }
        Grid grid;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            grid = readXlsx(file);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            grid = readCsv(file);
        } else if (lower.endsWith(".xls")) {
            throw refused(file, "the old .xls format is not read: save the table as .xlsx or .csv");
        } else {
            throw refused(file, "not a district table: the name must end in .xlsx or .csv");
        }
        return new Importer(file, region, date, grid).run();
    }

    static ScenarioFileException refused(Path file, String problem) {
        return new ScenarioFileException(file.toString(), 0, "", null, problem);
    }

    // ---------------------------------------------------------------- .xlsx

    static Grid readXlsx(Path file) throws ScenarioFileException {
        checkZipDirectory(file);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String n = DistrictTable.normalise(wb.getSheetName(i));
                if (n.equals("分区") || n.equals("districts") || n.equals("分区districts")) {
                    sheet = wb.getSheetAt(i);
                    break;
                }
            }
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw refused(file, String.format("refused: sheet %s has %,d rows, more than the limit of %,d (a district table has one row per district)",
                        sheet.getSheetName(), sheet.getLastRowNum() + 1, MAX_ROWS));
            }
            List<List<RawCell>> rows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<RawCell> cells = new ArrayList<>();
                int last = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                for (int c = 0; c < last; c++) cells.add(cell(sheet.getSheetName(), r, c, row.getCell(c), evaluator));
                rows.add(cells);
                names.add(sheet.getSheetName() + "!" + (r + 1));
            }
            return new Grid(sheet.getSheetName(), rows, names);
        } catch (ScenarioFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw refused(file, xlsxProblem(e));
        }
    }

    /** The zip directory: too many entries, or more expanded bytes than any district table needs. */
    private static void checkZipDirectory(Path file) throws ScenarioFileException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused(file, String.format("refused: the .xlsx holds %,d parts, more than the limit of %,d", zip.size(), MAX_ENTRIES));
            }
            long total = 0;
            for (var en = zip.entries(); en.hasMoreElements(); ) {
                long s = en.nextElement().getSize();
                if (s > 0) total += s;
            }
            if (total > MAX_EXPANDED_BYTES) {
                throw refused(file, String.format("refused: the .xlsx expands to %,d MB, more than the limit of %d MB for a district table",
                        total / 1048576, MAX_EXPANDED_BYTES / 1048576));
            }
        } catch (java.util.zip.ZipException e) {
            throw refused(file, "not an .xlsx workbook (not a zip archive): " + e.getMessage());
        } catch (IOException e) {
            throw refused(file, "cannot read the file: " + e.getMessage());
        }
    }

    private static String xlsxProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb detected") && m.contains("max. ratio")) {
                return String.format("refused: the workbook looks like a zip bomb: a part expands more than %d times its packed size "
                        + "(POI's guard, minimum inflate ratio %s)", Math.round(1 / MIN_INFLATE_RATIO), MIN_INFLATE_RATIO);
            }
            if (m.contains("Zip bomb detected") || m.contains("max size") || m.contains("entry size")) {
                return String.format("refused: a part of the workbook expands beyond the %d MB limit (POI's maximum entry size)",
                        MAX_ENTRY_BYTES / 1048576);
            }
        }
        if (e instanceof OutOfMemoryError) return "refused: the workbook is too large to read";
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return "cannot read the workbook: " + m;
    }

    /**
     * A formula is evaluated, not read from its cached value: files written by openpyxl or pandas
     * carry no cached value, which POI reads as 0. A formula POI cannot evaluate is refused by reference.
     */
    private static RawCell cell(String sheet, int r, int c, Cell cell, FormulaEvaluator evaluator) {
        String ref = sheet + "!" + new CellReference(r, c).formatAsString(false);
        if (cell == null) return new RawCell(ref, "", null, false, null);
        if (cell.getCellType() != CellType.FORMULA) return cell(ref, cell, cell.getCellType());
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return new RawCell(ref, null, null, false, "a formula (=" + clipped(cell.getCellFormula()) + ") that cannot be evaluated here ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + "); type its value");
        }
        if (v == null) return new RawCell(ref, "", null, false, null);
        switch (v.getCellType()) {
            case NUMERIC: {
                String fmt = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                if (DateUtil.isCellDateFormatted(cell)) return new RawCell(ref, cell.toString(), null, false, "a date");
                return new RawCell(ref, null, v.getNumberValue(), fmt != null && fmt.contains("%"), null);
            }
            case STRING: return new RawCell(ref, v.getStringValue(), null, false, null);
            case BOOLEAN: return new RawCell(ref, String.valueOf(v.getBooleanValue()), null, false, null);
            case ERROR: return new RawCell(ref, null, null, false, "the Excel error " + FormulaError.forInt(v.getErrorValue()).getString());
            default: return new RawCell(ref, "", null, false, null);
        }
    }

    private static String clipped(String s) { return s.length() > 60 ? s.substring(0, 60) + "…" : s; }

    private static RawCell cell(String ref, Cell cell, CellType t) {
        switch (t) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) return new RawCell(ref, cell.toString(), null, false, "a date");
                String fmt = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                return new RawCell(ref, null, cell.getNumericCellValue(), fmt != null && fmt.contains("%"), null);
            case STRING:
                return new RawCell(ref, cell.getStringCellValue(), null, false, null);
            case BOOLEAN:
                return new RawCell(ref, String.valueOf(cell.getBooleanCellValue()), null, false, null);
            case ERROR:
                return new RawCell(ref, null, null, false, "the Excel error " + FormulaError.forInt(cell.getErrorCellValue()).getString());
            default:
                return new RawCell(ref, "", null, false, null);
        }
    }

    // ---------------------------------------------------------------- .csv

    static Grid readCsv(Path file) throws ScenarioFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(file, "cannot read the file: " + e.getMessage());
        }
        String text = decode(bytes);
        char delimiter = delimiter(text);
        List<List<RawCell>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int quoteLine = 0;
        int line = 1;
        int rowStart = 1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') line++;
                    field.append(ch);
                }
                continue;
            }
            if (ch == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (ch == delimiter) {
                cur.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                // CRLF: the \n ends the row
            } else if (ch == '\n') {
                if (i == n && cur.isEmpty() && field.length() == 0) break;
                cur.add(field.toString());
                field.setLength(0);
                if (rows.size() >= MAX_ROWS) {
                    throw refused(file, String.format("refused: more than %,d rows (a district table has one row per district)", MAX_ROWS));
                }
                List<RawCell> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(cur.size(), MAX_COLUMNS); c++) {
                    cells.add(new RawCell("line " + rowStart, cur.get(c), null, false, null));
                }
                rows.add(cells);
                names.add("line " + rowStart);
                cur = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw refused(file, "line " + quoteLine + ": a quote (\") opened here is never closed, so the rest of the file "
                    + "would be one cell; close it or remove it");
        }
        return new Grid("", rows, names);
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else GBK / GB18030 as Chinese Excel saves. */
    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("GB18030"));
        }
    }

    /** Comma, semicolon or tab: whichever the first line holds most of. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char d : new char[] {';', '\t'}) {
            long k = first.chars().filter(c -> c == d).count();
            if (k > most) {
                most = k;
                best = d;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- numbers

    /** A number as written in a table: 12,345 · 12.5% · 85.1万 · full-width digits. Null with the reason when not. */
    static Double number(RawCell cell, Kind kind, double scale, StringBuilder why) {
        if (cell.error() != null) {
            why.append("the cell holds ").append(cell.error()).append(", not a number");
            return null;
        }
        double v;
        boolean percent = false;
        if (cell.number() != null) {
            v = cell.number();
            percent = cell.percentFormat();
        } else {
            String s = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).trim()
                    .replace('\u2212', '-').replaceAll("[\\s,_'\u00a0]", "");
            double mult = 1;
            if (s.endsWith("%")) {
                percent = true;
                s = s.substring(0, s.length() - 1);
            } else if (s.endsWith("万")) {
                mult = 10_000;
                s = s.substring(0, s.length() - 1);
            }
            if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                why.append("is not a number");
                return null;
            }
            if (mult != 1 && kind.percentAllowed()) {
                why.append("万 in a column of shares");
                return null;
            }
            v = times(Double.parseDouble(s), mult);
            if (Double.isInfinite(v)) {
                why.append("must be a finite number");
                return null;
            }
        }
        if (percent) {
            if (!kind.percentAllowed()) {
                why.append("a percentage in a column of counts or money");
                return null;
            }
            return cell.number() != null ? v : v / 100;
        }
        return scale == 1 ? v : scale == 0.01 ? v / 100 : times(v, scale);
    }

    /** In decimal, so that 143.11万 is 1,431,100 and not 1,431,100.0000000002. */
    private static double times(double v, double factor) {
        if (factor == 1 || !Double.isFinite(v)) return v * factor;
        return BigDecimal.valueOf(v).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    // ---------------------------------------------------------------- the import proper

    private static final class Importer {
        final Path file;
        final RegionDocument doc;
        final LocalDate date;
        final Grid grid;
        final List<Entry> entries = new ArrayList<>();
        final Map<Integer, Column> columns = new LinkedHashMap<>();
        final Map<Column, String> headers = new EnumMap<>(Column.class);
        final Map<Column, Double> scales = new EnumMap<>(Column.class);
        int flagCol = -1, sourceCol = -1;
        int unchanged;
        int districtRows;

        Importer(Path file, RegionDocument doc, LocalDate date, Grid grid) {
            this.file = file;
            this.doc = doc;
            this.date = date;
            this.grid = grid;
        }

        /** An accepted change, until a check across fields refuses it. */
        record Change(Column column, Object oldValue, Object newValue, String where, Provenance provenance) {}

        ImportReport run() throws ScenarioFileException {
            List<List<RawCell>> rows = grid.rows();
            int header = findHeader(rows);
            mapColumns(rows.get(header));
            Region region = doc.region();
            Map<String, List<Change>> changes = new LinkedHashMap<>();
            Map<String, String> seenAt = new HashMap<>();
            for (int r = header + 1; r < rows.size(); r++) {
                List<RawCell> row = rows.get(r);
                if (blankRow(row) || commentRow(row) || headerLike(row)) continue;
                District d = identify(row, grid.rowNames().get(r));
                if (d == null) continue;
                String where = grid.rowNames().get(r);
                if (seenAt.containsKey(d.id())) {
                    entries.add(new Entry(ImportReport.Kind.REJECTED, where, d.id(), "", "", "the whole row",
                            "the district was already given at " + seenAt.get(d.id()) + "; this row is ignored"));
                    continue;
                }
                seenAt.put(d.id(), where);
                districtRows++;
                changes.put(d.id(), readRow(row, d));
            }
            if (districtRows == 0) {
                throw refused(file, "no row of the table names a district of " + region.id() + "; nothing was imported");
            }
            // Checks across fields, with the region reader's rules: refuse the changes involved.
            List<District> ds = new ArrayList<>();
            Map<String, Provenance> sources = new HashMap<>(doc.provenance());
            for (District d : region.districts()) {
                List<Change> cs = changes.getOrDefault(d.id(), List.of());
                District nd = crossCheck(d, new ArrayList<>(cs));
                ds.add(nd);
            }
            for (Map.Entry<String, List<Change>> e : changes.entrySet()) {
                for (Change c : e.getValue()) {
                    if (c.column().kind.numeric()) sources.put("districts." + e.getKey() + "." + c.column().path, c.provenance());
                }
            }
            for (Entry e : accepted) entries.add(e);
            Region nr;
            try {
                nr = region.withDistricts(ds);
            } catch (IllegalArgumentException e) {
                throw refused(file, "the imported table gives a region that cannot be built: " + e.getMessage());
            }
            Map<String, Double> totals = new LinkedHashMap<>(doc.totals());
            checkTotals(nr, totals, sources);
            RegionDocument built = new RegionDocument(doc.location(), nr, sources, doc.columnProvenance(), doc.fit(),
                    doc.sha256(), totals, doc.surveySource(), List.of(), doc.map());
            RegionDocument result;
            if (!changes.values().stream().allMatch(List::isEmpty) || !totals.equals(doc.totals())) {
                try {
                    result = RegionWriter.reread(built, doc.location());
                } catch (ScenarioFileException e) {
                    throw refused(file, "the imported table gives a region the region reader refuses: " + e.getMessage());
                }
            } else {
                result = doc;
            }
            return new ImportReport(file.getFileName().toString(), grid.sheet(), doc, result, entries, districtRows, unchanged);
        }

        final List<Entry> accepted = new ArrayList<>();

        int findHeader(List<List<RawCell>> rows) throws ScenarioFileException {
            for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS); r++) {
                int known = 0;
                boolean id = false;
                for (RawCell c : rows.get(r)) {
                    Column col = c.number() == null ? DistrictTable.column(c.asText()) : null;
                    if (col == null) continue;
                    known++;
                    if (col.kind == Kind.ID || col.kind == Kind.NAME_ZH || col.kind == Kind.NAME_EN || col.kind == Kind.CODE) id = true;
                }
                if (known >= 2 && id) return r;
            }
            throw refused(file, "no header row: none of the first " + HEADER_SEARCH_ROWS + " rows names a district column "
                    + "(区ID, 区名, 英文名 or 行政区划代码) and another known column (e.g. 常住人口); the template shows the headers");
        }

        void mapColumns(List<RawCell> header) {
            List<String> known = DistrictTable.knownHeaders();
            for (int i = 0; i < header.size(); i++) {
                RawCell c = header.get(i);
                String h = c.asText();
                if (h.isEmpty()) continue;
                String where = c.ref().startsWith("line") ? c.ref() : c.ref();
                Column col = DistrictTable.column(h);
                if (col == null) {
                    if (DistrictTable.isFlag(h) && flagCol < 0) {
                        flagCol = i;
                        entries.add(new Entry(ImportReport.Kind.COLUMN, where, "", h, "", "", "the provenance flag of the row's values"));
                    } else if (DistrictTable.isSource(h) && sourceCol < 0) {
                        sourceCol = i;
                        entries.add(new Entry(ImportReport.Kind.COLUMN, where, "", h, "", "", "the source of the row's values"));
                    } else {
                        String near = Suggest.closest(Normalizer.normalize(h, Normalizer.Form.NFKC).replaceAll("[(（\\[【].*$", "").trim(), known);
                        entries.add(new Entry(ImportReport.Kind.UNKNOWN_COLUMN, where, "", h, "", "",
                                near != null ? "did you mean '" + near + "'?" : "names no district field"));
                    }
                    continue;
                }
                if (headers.containsKey(col)) {
                    entries.add(new Entry(ImportReport.Kind.UNKNOWN_COLUMN, where, "", h, "", "",
                            "a second column for " + col.path + " (the first is " + headers.get(col) + "); ignored"));
                    continue;
                }
                columns.put(i, col);
                headers.put(col, h);
                String unit = DistrictTable.unitOf(h);
                double scale = 1;
                String note = "→ " + col.path;
                if (col.kind.numeric() && unit.contains("%") && col.kind.percentAllowed()) {
                    scale = 0.01;
                    note += ", in per cent (÷ 100)";
                } else if (col.kind.numeric() && unit.contains("万") && !col.kind.percentAllowed()) {
                    scale = 10_000;
                    note += ", in 万 (× 10,000)";
                }
                scales.put(col, scale);
                entries.add(new Entry(ImportReport.Kind.COLUMN, where, "", h, "", "", note));
            }
            for (Column col : Column.values()) {
                if (!headers.containsKey(col) && col != Column.ID) {
                    entries.add(new Entry(ImportReport.Kind.MISSING_COLUMN, "", "", col.headerZh() + " / " + col.headerEn(), "", "",
                            col.path));
                }
            }
        }

        boolean blankRow(List<RawCell> row) {
            for (RawCell c : row) if (!c.blank()) return false;
            return true;
        }

        /** A row whose first filled cell starts with '#': a comment (the template's example row). */
        boolean commentRow(List<RawCell> row) {
            for (RawCell c : row) {
                if (c.blank()) continue;
                return c.number() == null && c.error() == null && c.text().trim().startsWith("#");
            }
            return false;
        }

        /** A second header row (English headers or units) below the first. */
        boolean headerLike(List<RawCell> row) {
            boolean any = false;
            for (Map.Entry<Integer, Column> e : columns.entrySet()) {
                if (e.getKey() >= row.size()) continue;
                RawCell c = row.get(e.getKey());
                if (c.blank()) continue;
                if (c.number() != null) return false;
                Column col = e.getValue();
                String t = c.text().trim();
                String n = DistrictTable.normalise(t);
                boolean unit = t.equals(col.unitZh) || t.equals(col.unitEn) || (n.isEmpty() && t.startsWith("("))
                        || (n.isEmpty() && t.startsWith("（"));
                if (DistrictTable.column(t) != col && !unit) return false;
                any = true;
            }
            return any;
        }

        District identify(List<RawCell> row, String where) {
            Region region = doc.region();
            District found = null;
            String foundBy = null;
            StringBuilder tried = new StringBuilder();
            String firstRef = null;
            for (Map.Entry<Integer, Column> e : columns.entrySet()) {
                Column col = e.getValue();
                if (!(col.kind == Kind.ID || col.kind == Kind.NAME_ZH || col.kind == Kind.NAME_EN || col.kind == Kind.CODE)) continue;
                if (e.getKey() >= row.size() || row.get(e.getKey()).blank()) continue;
                String v = row.get(e.getKey()).asText();
                if (firstRef == null) firstRef = row.get(e.getKey()).ref();
                if (tried.length() > 0) tried.append(", ");
                tried.append(headers.get(col)).append(" \"").append(v).append('"');
                District d = match(region, col, v);
                // A name or code that matches nothing is an update when the id matched (a renamed district);
                // but two identifiers naming two different districts is a row we cannot trust.
                if (d == null) continue;
                if (found != null && found != d) {
                    entries.add(new Entry(ImportReport.Kind.REJECTED, where, "", "", "", "the whole row",
                            foundBy + " names " + found.id() + " but " + headers.get(col) + " \"" + v + "\" names " + d.id() + "; the row is ignored"));
                    return null;
                }
                if (found == null) {
                    found = d;
                    foundBy = headers.get(col) + " \"" + v + "\"";
                }
            }
            if (found == null) {
                if (tried.length() == 0) {
                    entries.add(new Entry(ImportReport.Kind.NO_DISTRICT, where, "", "", "", "", "the row has values but no id, name or code"));
                } else {
                    List<String> all = new ArrayList<>();
                    for (District d : region.districts()) {
                        all.add(d.id());
                        all.add(d.nameZh());
                        all.add(d.nameEn());
                    }
                    String first = tried.toString().replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1");
                    String near = Suggest.closest(first, all);
                    entries.add(new Entry(ImportReport.Kind.NO_DISTRICT, firstRef, "", "", "", "",
                            tried + ": no district of " + region.id() + " has this id, name or code"
                                    + (near != null ? "; did you mean " + near + "?" : "")));
                }
            }
            return found;
        }

        /** The district a cell names: by its own column's kind first, then as any other identifier. */
        static District match(Region region, Column col, String v) {
            District d = matchAs(region, col.kind, v);
            if (d != null) return d;
            for (Kind k : List.of(Kind.ID, Kind.NAME_ZH, Kind.NAME_EN, Kind.CODE)) {
                if (k != col.kind && (d = matchAs(region, k, v)) != null) return d;
            }
            return null;
        }

        static District matchAs(Region region, Kind kind, String v) {
            String t = Normalizer.normalize(v, Normalizer.Form.NFKC).trim();
            for (District d : region.districts()) {
                switch (kind) {
                    case ID:
                        if (d.id().equalsIgnoreCase(t)) return d;
                        break;
                    case CODE:
                        if (!d.code().isEmpty() && d.code().equals(t.replaceAll("\\.0+$", ""))) return d;
                        break;
                    case NAME_ZH:
                        if (d.nameZh().equals(t) || stem(d.nameZh()).equals(stem(t))) return d;
                        break;
                    default:
                        if (d.nameEn().equalsIgnoreCase(t) || d.nameEn().equalsIgnoreCase(t.replaceAll("(?i)\\s+district$", ""))) return d;
                }
            }
            return null;
        }

        /** 东城区 and 东城 name the same district. */
        static String stem(String zh) {
            String s = zh.replaceAll("\\s", "");
            return s.length() > 2 && (s.endsWith("区") || s.endsWith("县") || s.endsWith("市")) ? s.substring(0, s.length() - 1) : s;
        }

        List<Change> readRow(List<RawCell> row, District d) {
            Provenance given = rowProvenance(row);
            List<Change> out = new ArrayList<>();
            for (Map.Entry<Integer, Column> e : columns.entrySet()) {
                Column col = e.getValue();
                if (col == Column.ID || e.getKey() >= row.size()) continue;
                RawCell c = row.get(e.getKey());
                if (c.blank()) continue;
                Object old = DistrictTable.value(d, col);
                Object now;
                if ((col.kind == Kind.NAME_ZH || col.kind == Kind.NAME_EN || col.kind == Kind.CODE)
                        && match(doc.region(), col, c.asText()) == d) {
                    unchanged++; // 西城 for 西城区, HAIDIAN for Haidian: the same name, not a rename
                    continue;
                }
                if (col.kind.numeric()) {
                    StringBuilder why = new StringBuilder();
                    Double v = number(c, col.kind, scales.get(col), why);
                    if (v != null) {
                        String problem = col.kind.rule().apply(v);
                        if (problem == null) problem = FieldRules.inRange("districts." + d.id() + "." + col.path, v);
                        if (problem != null) {
                            why.append(problem);
                            // the hint only when the cell was not already a percentage ("150%" is 1.5, not a slip)
                            boolean writtenAsPercent = c.percentFormat() || c.number() == null && c.text() != null && c.text().contains("%");
                            if (col.kind == Kind.SHARE && v > 1 && v <= 100 && !writtenAsPercent) {
                                why.append("; for per cent write ").append(RegionReader.fmt(v)).append('%');
                            }
                            v = null;
                        }
                    }
                    if (v == null) {
                        reject(c, d, col, why.toString());
                        continue;
                    }
                    now = v;
                } else {
                    String t = c.asText();
                    // our CSV export writes '=x for a text =x so that no spreadsheet runs it
                    if (t.startsWith("'") && DistrictExport.looksLikeFormula(t.substring(1))) t = t.substring(1);
                    if (col.kind == Kind.ZONE) {
                        FunctionalZone z = DistrictTable.zone(t);
                        if (z == null) {
                            List<String> keys = new ArrayList<>();
                            for (FunctionalZone fz : FunctionalZone.values()) keys.add(fz.key() + " (" + fz.labelZh() + ")");
                            reject(c, d, col, "unknown zone; one of " + String.join(", ", keys));
                            continue;
                        }
                        t = z.key();
                    } else if (col.kind == Kind.CODE) {
                        t = t.replaceAll("\\.0+$", "");
                    }
                    String bad = FieldRules.text(t);
                    if (bad != null) {
                        reject(c, d, col, bad);
                        continue;
                    }
                    now = t;
                }
                if (old.equals(now)) {
                    unchanged++;
                    continue;
                }
                String src = given != null && !given.source().isEmpty() ? given.source() + " (" : "";
                String at = "imported from " + file.getFileName() + ", " + c.ref() + ", " + date;
                Provenance p = new Provenance(given != null ? given.flag() : "S", src.isEmpty() ? at : src + at + ")");
                out.add(new Change(col, old, now, c.ref(), p));
            }
            return out;
        }

        /** The row's flag and source columns, if the file has them: a single letter E/S/M/X/A is a flag. */
        Provenance rowProvenance(List<RawCell> row) {
            String flag = null, source = "";
            if (flagCol >= 0 && flagCol < row.size() && !row.get(flagCol).blank()) {
                String f = row.get(flagCol).asText().toUpperCase(Locale.ROOT);
                if (f.length() == 1 && Provenance.FLAGS.contains(f)) flag = f;
            }
            if (sourceCol >= 0 && sourceCol < row.size() && !row.get(sourceCol).blank()) {
                String s = row.get(sourceCol).asText();
                if (flag == null && s.length() == 1 && Provenance.FLAGS.contains(s.toUpperCase(Locale.ROOT))) flag = s.toUpperCase(Locale.ROOT);
                else source = s;
            }
            if (flag == null && source.isEmpty()) return null;
            return new Provenance(flag == null ? "S" : flag, source);
        }

        void reject(RawCell c, District d, Column col, String why) {
            entries.add(new Entry(ImportReport.Kind.REJECTED, c.ref(), d.id(), headers.get(col), show(DistrictTable.value(d, col)), c.shown(), why));
        }

        /** Applies the changes; a check across fields that fails refuses every change it involves. */
        District crossCheck(District d, List<Change> cs) {
            while (true) {
                District nd = d;
                for (Change c : cs) nd = DistrictTable.with(nd, c.column(), c.newValue());
                String why;
                List<Column> involved;
                if ((why = FieldRules.childrenVsPopulation(nd.children(), nd.population())) != null) {
                    involved = List.of(Column.POPULATION, Column.A0, Column.A1, Column.A2);
                } else if ((why = FieldRules.seatsVsPopulation(nd.seats(), nd.population())) != null) {
                    involved = List.of(Column.POPULATION, Column.SEATS_INCLUSIVE, Column.SEATS_MARKET, Column.SEATS_TODDLER);
                } else if ((why = FieldRules.inclusiveFee(nd.fees().inclusive(), nd.fees().market())) != null) {
                    involved = List.of(Column.FEE_INCLUSIVE, Column.FEE_MARKET);
                } else {
                    for (Change c : cs) {
                        accepted.add(new Entry(ImportReport.Kind.READ, c.where(), d.id(), headers.get(c.column()),
                                show(c.oldValue()), show(c.newValue()), ""));
                    }
                    cs.clear();
                    return nd;
                }
                boolean removed = false;
                for (java.util.Iterator<Change> it = cs.iterator(); it.hasNext(); ) {
                    Change c = it.next();
                    if (involved.contains(c.column())) {
                        entries.add(new Entry(ImportReport.Kind.REJECTED, c.where(), d.id(), headers.get(c.column()),
                                show(c.oldValue()), show(c.newValue()), why + " (with the other values of the row)"));
                        it.remove();
                        removed = true;
                    }
                }
                if (!removed) return d; // cannot happen: the current values passed these checks
            }
        }

        /** Stated region totals that the imported table no longer matches within 2% are dropped, with a note. */
        void checkTotals(Region r, Map<String, Double> totals, Map<String, Provenance> sources) {
            double pop = 0, children = 0, seats = 0;
            for (District d : r.districts()) {
                pop += d.population();
                children += d.children().sum();
                seats += d.seats().total();
            }
            Map<String, Double> sums = Map.of("population", pop, "children", children, "seats", seats);
            for (String k : new ArrayList<>(totals.keySet())) {
                double stated = totals.get(k);
                double sum = sums.get(k);
                if (Math.abs(sum - stated) > 0.02 * stated) {
                    totals.remove(k);
                    sources.remove("totals." + k);
                    entries.add(new Entry(ImportReport.Kind.NOTE, "", "", "totals." + k, "", "",
                            String.format("the region file states %,d; the imported table sums to %,d (more than 2%% away): "
                                    + "the stated total is left out of the new region file; check the table's units, or state a new total",
                                    Math.round(stated), Math.round(sum))));
                }
            }
        }

        static String show(Object v) {
            if (v instanceof Double) {
                double d = (Double) v;
                if (Double.isNaN(d)) return "(none)";
                return RegionReader.fmt(d);
            }
            return "\"" + v + "\"";
        }
    }
}
