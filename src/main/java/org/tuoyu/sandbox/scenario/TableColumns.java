package org.tuoyu.sandbox.scenario;

import static org.tuoyu.sandbox.scenario.TableFile.refused;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.scenario.DistrictTable.Column;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;

/**
 * The header row of a district table and what its columns hold: which district field, in which unit (a "(%)" or
 * "(万人)" header scales the column), which column gives the rows' provenance flag and source.
 */
final class TableColumns {

    /** The header row is looked for among the first rows (a yearbook table may have a title above it). */
    static final int HEADER_SEARCH_ROWS = 20;

    /** Column index → field, in table order. */
    final Map<Integer, Column> columns = new LinkedHashMap<>();
    /** Field → its header as written in the file. */
    final Map<Column, String> headers = new EnumMap<>(Column.class);
    /** Field → the factor its header's unit gives its values. */
    final Map<Column, Double> scales = new EnumMap<>(Column.class);
    int flagCol = -1;
    int sourceCol = -1;
    private final List<Entry> entries;
    private final ImportTexts t;

    /** {@code entries} is the import report's list, which this adds a line per column to, in {@code t}'s language. */
    TableColumns(List<Entry> entries, ImportTexts t) {
        this.entries = entries;
        this.t = t;
    }

    static int findHeader(Path file, List<List<TableCell>> rows, ImportTexts t) throws ScenarioFileException {
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS); r++) {
            int known = 0;
            boolean id = false;
            for (TableCell c : rows.get(r)) {
                Column col = c.number() == null ? DistrictTable.column(c.asText()) : null;
                if (col == null) continue;
                known++;
                if (DistrictMatcher.identifies(col.kind)) id = true;
            }
            if (known >= 2 && id) return r;
        }
        throw refused(file, t.t("header.none", HEADER_SEARCH_ROWS));
    }

    void mapColumns(List<TableCell> header) {
        List<String> known = DistrictTable.knownHeaders();
        for (int i = 0; i < header.size(); i++) {
            TableCell c = header.get(i);
            String h = c.asText();
            if (h.isEmpty()) continue;
            String where = c.ref();
            Column col = DistrictTable.column(h);
            if (col == null) {
                if (DistrictTable.isFlag(h) && flagCol < 0) {
                    flagCol = i;
                    entries.add(new Entry(ImportReport.Kind.COLUMN, where, "", h, "", "", t.t("column.flag")));
                } else if (DistrictTable.isSource(h) && sourceCol < 0) {
                    sourceCol = i;
                    entries.add(new Entry(ImportReport.Kind.COLUMN, where, "", h, "", "", t.t("column.source")));
                } else {
                    String near = Suggest.closest(Normalizer.normalize(h, Normalizer.Form.NFKC).replaceAll("[(（\\[【].*$", "").trim(), known);
                    entries.add(new Entry(ImportReport.Kind.UNKNOWN_COLUMN, where, "", h, "", "",
                            near != null ? t.t("column.didYouMean", near) : t.t("column.unknown")));
                }
                continue;
            }
            if (headers.containsKey(col)) {
                entries.add(new Entry(ImportReport.Kind.UNKNOWN_COLUMN, where, "", h, "", "",
                        t.t("column.second", col.path, headers.get(col))));
                continue;
            }
            columns.put(i, col);
            headers.put(col, h);
            String unit = DistrictTable.unitOf(h);
            double scale = 1;
            String note = t.t("column.read", col.path);
            if (col.kind.numeric() && unit.contains("%") && col.kind.percentAllowed()) {
                scale = 0.01;
                note = t.t("column.readPercent", col.path);
            } else if (col.kind.numeric() && unit.contains("万") && !col.kind.percentAllowed()) {
                scale = 10_000;
                note = t.t("column.readWan", col.path);
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

    /** A second header row (English headers or units) below the first. */
    boolean headerLike(List<TableCell> row) {
        boolean any = false;
        for (Map.Entry<Integer, Column> e : columns.entrySet()) {
            if (e.getKey() >= row.size()) continue;
            TableCell c = row.get(e.getKey());
            if (c.blank()) continue;
            if (c.number() != null || c.text() == null) return false; // a number, an error or a merged cell: data
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
}
