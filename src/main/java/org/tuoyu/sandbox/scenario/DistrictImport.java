package org.tuoyu.sandbox.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.FunctionalZone;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.scenario.DistrictTable.Column;
import org.tuoyu.sandbox.scenario.DistrictTable.Kind;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;

/**
 * Imports a district table (.xlsx or .csv) into a region: see docs/districts.md. This class holds the import's
 * rules; the file is read by {@link TableFile}, its header by {@link TableColumns}, its rows matched to districts by
 * {@link DistrictMatcher} and its numbers by {@link CellNumbers}. Values are checked one by one with the region
 * file's rules ({@link FieldRules}); a refused value never replaces a good one; the region is rebuilt from the
 * accepted values and read back through {@link RegionReader}.
 */
public final class DistrictImport {

    private final Path file;
    private final RegionDocument doc;
    private final LocalDate date;
    private final TableGrid grid;
    private final ImportTexts t;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> accepted = new ArrayList<>();
    private final TableColumns table;
    private final DistrictMatcher matcher;
    private int unchanged;
    private int districtRows;

    private DistrictImport(Path file, RegionDocument doc, LocalDate date, TableGrid grid, ImportTexts t) {
        this.file = file;
        this.doc = doc;
        this.date = date;
        this.grid = grid;
        this.t = t;
        this.table = new TableColumns(entries, t);
        this.matcher = new DistrictMatcher(doc.region(), table.columns, table.headers, entries, t);
    }

    /** The import with its report in English (the command line's default). */
    public static ImportReport read(Path file, RegionDocument region) throws ScenarioFileException {
        return read(file, region, ImportTexts.ENGLISH);
    }

    /** The import with its report and refusals in {@code t}'s language (the app passes the UI's). */
    public static ImportReport read(Path file, RegionDocument region, ImportTexts t) throws ScenarioFileException {
        return read(file, region, LocalDate.now(), t);
    }

    public static ImportReport read(Path file, RegionDocument region, LocalDate date) throws ScenarioFileException {
        return read(file, region, date, ImportTexts.ENGLISH);
    }

    public static ImportReport read(Path file, RegionDocument region, LocalDate date, ImportTexts t) throws ScenarioFileException {
        return new DistrictImport(file, region, date, TableFile.read(file, t), t).run();
    }

    /** An accepted change, until a check across fields refuses it. */
    private record Change(Column column, Object oldValue, Object newValue, String where, Provenance provenance) {}

    private ImportReport run() throws ScenarioFileException {
        List<List<TableCell>> rows = grid.rows();
        int header = TableColumns.findHeader(file, rows, t);
        table.mapColumns(rows.get(header));
        noteMerges(header);
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        Map<String, String> seenAt = new HashMap<>();
        for (int r = header + 1; r < rows.size(); r++) {
            List<TableCell> row = rows.get(r);
            if (blankRow(row) || commentRow(row) || table.headerLike(row)) continue;
            String where = grid.rowNames().get(r);
            District d = matcher.identify(row, where);
            if (d == null) continue;
            if (seenAt.containsKey(d.id())) {
                entries.add(new Entry(ImportReport.Kind.REJECTED, where, d.id(), "", "", t.t("value.wholeRow"),
                        t.t("row.repeated", t.where(seenAt.get(d.id())))));
                continue;
            }
            seenAt.put(d.id(), where);
            districtRows++;
            changes.put(d.id(), readRow(row, d));
        }
        if (districtRows == 0) {
            throw TableFile.refused(file, t.t("table.noDistrictRow", t.region(doc.region())));
        }
        return build(changes);
    }

    /** A merged range below the header that reaches a column read: which cells took its value, which were refused. */
    private void noteMerges(int header) {
        for (TableGrid.Merge m : grid.merges()) {
            if (m.lastRow() <= header) continue; // a title above the table
            boolean read = false;
            for (int c = m.firstColumn(); c <= m.lastColumn(); c++) read |= table.columns.containsKey(c);
            if (read) entries.add(new Entry(ImportReport.Kind.NOTE, m.range(), "", "", "", "", m.note(t)));
        }
    }

    /** The region from the accepted values, after the checks across fields and of the stated totals. */
    private ImportReport build(Map<String, List<Change>> changes) throws ScenarioFileException {
        Region region = doc.region();
        // Checks across fields, with the region reader's rules: refuse the changes involved.
        List<District> ds = new ArrayList<>();
        Map<String, Provenance> sources = new HashMap<>(doc.provenance());
        for (District d : region.districts()) {
            List<Change> cs = changes.getOrDefault(d.id(), List.of());
            ds.add(crossCheck(d, new ArrayList<>(cs)));
        }
        for (Map.Entry<String, List<Change>> e : changes.entrySet()) {
            for (Change c : e.getValue()) {
                if (c.column().kind.numeric()) sources.put("districts." + e.getKey() + "." + c.column().path, c.provenance());
            }
        }
        entries.addAll(accepted);
        Region nr;
        try {
            nr = region.withDistricts(ds);
        } catch (IllegalArgumentException e) {
            throw TableFile.refused(file, t.t("table.cannotBuild", e.getMessage()));
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
                throw TableFile.refused(file, t.t("table.readerRefuses", e.getMessage()));
            }
        } else {
            result = doc;
        }
        return new ImportReport(file.getFileName().toString(), grid.sheet(), doc, result, entries, districtRows, unchanged, t);
    }

    private static boolean blankRow(List<TableCell> row) {
        for (TableCell c : row) if (!c.blank()) return false;
        return true;
    }

    /** A row whose first filled cell starts with '#': a comment (the template's example row). */
    private static boolean commentRow(List<TableCell> row) {
        for (TableCell c : row) {
            if (c.blank()) continue;
            return c.number() == null && c.text() != null && c.error() == null && c.text().trim().startsWith("#");
        }
        return false;
    }

    private List<Change> readRow(List<TableCell> row, District d) {
        Provenance given = rowProvenance(row);
        List<Change> out = new ArrayList<>();
        for (Map.Entry<Integer, Column> e : table.columns.entrySet()) {
            Column col = e.getValue();
            if (col == Column.ID || e.getKey() >= row.size()) continue;
            TableCell c = row.get(e.getKey());
            if (c.blank()) continue;
            if (c.merged() != null) {
                reject(c, d, col, t.t("cell.merged", c.merged()));
                continue;
            }
            if ((col.kind == Kind.NAME_ZH || col.kind == Kind.NAME_EN || col.kind == Kind.CODE)
                    && DistrictMatcher.match(doc.region(), col, c.asText()) == d) {
                unchanged++; // 西城 for 西城区, HAIDIAN for Haidian: the same name, not a rename
                continue;
            }
            Object now = col.kind.numeric() ? numeric(c, d, col) : text(c, d, col);
            if (now == null) continue;
            Object old = DistrictTable.value(d, col);
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

    /** The cell's number if the column's rules accept it; else null, the cell refused with the reason. */
    private Double numeric(TableCell c, District d, Column col) {
        StringBuilder why = new StringBuilder();
        Double v = CellNumbers.number(t, c, col.kind, table.scales.get(col), why);
        if (v != null) {
            String problem = col.kind.rule(t).apply(v);
            if (problem == null) problem = FieldRules.inRange(t, "districts." + d.id() + "." + col.path, v);
            if (problem != null) {
                why.append(problem);
                // the hint only when the cell was not already a percentage ("150%" is 1.5, not a slip)
                boolean writtenAsPercent = c.percentFormat() || c.number() == null && c.text() != null && c.text().contains("%");
                if (col.kind == Kind.SHARE && v > 1 && v <= 100 && !writtenAsPercent) {
                    why.append(t.t("cell.perCentHint", RegionReader.fmt(v)));
                }
                v = null;
            }
        }
        if (v == null) reject(c, d, col, why.toString());
        return v;
    }

    /** The cell's text (a name, a code, a zone key) if it is one; else null, the cell refused with the reason. */
    private String text(TableCell c, District d, Column col) {
        if (c.error() != null) {
            // an Excel error or an unevaluable formula in a name column is not an empty name
            reject(c, d, col, t.t("cell.errorNotText", c.error()));
            return null;
        }
        String s = c.asText();
        // our CSV export writes '=x for a text =x so that no spreadsheet runs it
        if (s.startsWith("'") && DistrictExport.looksLikeFormula(s.substring(1))) s = s.substring(1);
        if (col.kind == Kind.ZONE) {
            FunctionalZone z = DistrictTable.zone(s);
            if (z == null) {
                List<String> keys = new ArrayList<>();
                for (FunctionalZone fz : FunctionalZone.values()) keys.add(fz.key() + " (" + fz.labelZh() + ")");
                reject(c, d, col, t.t("cell.unknownZone", String.join(", ", keys)));
                return null;
            }
            s = z.key();
        } else if (col.kind == Kind.CODE) {
            s = s.replaceAll("\\.0+$", "");
        }
        String bad = FieldRules.text(t, s);
        if (bad != null) {
            reject(c, d, col, bad);
            return null;
        }
        return s;
    }

    /** The row's flag and source columns, if the file has them: a single letter E/S/M/X/A is a flag. */
    private Provenance rowProvenance(List<TableCell> row) {
        String flag = null, source = "";
        if (table.flagCol >= 0 && table.flagCol < row.size() && !row.get(table.flagCol).blank()) {
            String f = row.get(table.flagCol).asText().toUpperCase(Locale.ROOT);
            if (f.length() == 1 && Provenance.FLAGS.contains(f)) flag = f;
        }
        if (table.sourceCol >= 0 && table.sourceCol < row.size() && !row.get(table.sourceCol).blank()) {
            String s = row.get(table.sourceCol).asText();
            if (flag == null && s.length() == 1 && Provenance.FLAGS.contains(s.toUpperCase(Locale.ROOT))) flag = s.toUpperCase(Locale.ROOT);
            else source = s;
        }
        if (flag == null && source.isEmpty()) return null;
        return new Provenance(flag == null ? "S" : flag, source);
    }

    private void reject(TableCell c, District d, Column col, String why) {
        entries.add(new Entry(ImportReport.Kind.REJECTED, c.ref(), d.id(), table.headers.get(col), show(DistrictTable.value(d, col)),
                c.merged() != null ? t.t("value.merged") : c.shown(), why));
    }

    /** Applies the changes; a check across fields that fails refuses every change it involves. */
    private District crossCheck(District d, List<Change> cs) {
        while (true) {
            District nd = d;
            for (Change c : cs) nd = DistrictTable.with(nd, c.column(), c.newValue());
            String why;
            List<Column> involved;
            if ((why = FieldRules.childrenVsPopulation(t, nd.children(), nd.population())) != null) {
                involved = List.of(Column.POPULATION, Column.A0, Column.A1, Column.A2);
            } else if ((why = FieldRules.seatsVsPopulation(t, nd.seats(), nd.population())) != null) {
                involved = List.of(Column.POPULATION, Column.SEATS_INCLUSIVE, Column.SEATS_MARKET, Column.SEATS_TODDLER);
            } else if ((why = FieldRules.inclusiveFee(t, nd.fees().inclusive(), nd.fees().market())) != null) {
                involved = List.of(Column.FEE_INCLUSIVE, Column.FEE_MARKET);
            } else {
                for (Change c : cs) {
                    accepted.add(new Entry(ImportReport.Kind.READ, c.where(), d.id(), table.headers.get(c.column()),
                            show(c.oldValue()), show(c.newValue()), ""));
                }
                cs.clear();
                return nd;
            }
            boolean removed = false;
            for (Iterator<Change> it = cs.iterator(); it.hasNext(); ) {
                Change c = it.next();
                if (involved.contains(c.column())) {
                    entries.add(new Entry(ImportReport.Kind.REJECTED, c.where(), d.id(), table.headers.get(c.column()),
                            show(c.oldValue()), show(c.newValue()), t.t("row.crossCheck", why)));
                    it.remove();
                    removed = true;
                }
            }
            if (!removed) return d; // cannot happen: the current values passed these checks
        }
    }

    /** Stated region totals that the imported table no longer matches within 2% are dropped, with a note. */
    private void checkTotals(Region r, Map<String, Double> totals, Map<String, Provenance> sources) {
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
                        t.t("totals.dropped", ImportTexts.count(Math.round(stated)), ImportTexts.count(Math.round(sum)))));
            }
        }
    }

    private String show(Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isNaN(d)) return t.t("value.none");
            return RegionReader.fmt(d);
        }
        return "\"" + v + "\"";
    }
}
