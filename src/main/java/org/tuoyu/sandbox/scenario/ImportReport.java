package org.tuoyu.sandbox.scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a district table import read, what it kept, what it refused and why, by row and column
 * (Excel cell references for .xlsx, line numbers for .csv). {@code result} is the region rebuilt
 * from the accepted values only, validated as the region reader validates a file. Its messages, places and
 * {@link #lines()} are in {@code texts}' language.
 */
public record ImportReport(String file, String sheet, RegionDocument before, RegionDocument result,
                           List<Entry> entries, int districtRows, int unchanged, ImportTexts texts) {

    public enum Kind {
        /** a column recognised (message: the field, any unit scaling) */
        COLUMN,
        /** a district field with no column: the current values stay */
        MISSING_COLUMN,
        /** a header naming no field; ignored */
        UNKNOWN_COLUMN,
        /** a value read: old → new */
        READ,
        /** a row naming no district of the region */
        NO_DISTRICT,
        /** a value refused; the current value stays */
        REJECTED,
        /** worth knowing, nothing refused */
        NOTE
    }

    /**
     * One line of the report.
     *
     * @param where    sheet!A1 or "line 7" (for columns: the header cell)
     * @param district district id, or ""
     * @param column   the column's header as written in the file
     */
    public record Entry(Kind kind, String where, String district, String column, String oldValue, String newValue, String message) {}

    public ImportReport {
        List<Entry> shown = new ArrayList<>();
        for (Entry e : entries) {
            shown.add(new Entry(e.kind(), texts.where(e.where()), e.district(), e.column(), e.oldValue(), e.newValue(), e.message()));
        }
        entries = List.copyOf(shown);
    }

    public List<Entry> of(Kind k) {
        List<Entry> r = new ArrayList<>();
        for (Entry e : entries) if (e.kind() == k) r.add(e);
        return r;
    }

    /** True when a value was refused or a row named no district: the table needs a look. */
    public boolean anyRejected() { return !of(Kind.REJECTED).isEmpty() || !of(Kind.NO_DISTRICT).isEmpty(); }

    public boolean changed() { return !of(Kind.READ).isEmpty(); }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        String table = sheet.isEmpty() ? file : texts.t("report.fileAndSheet", file, sheet);
        out.add(texts.t("report.title", table, texts.region(before.region()), before.location().display()));
        for (Kind k : List.of(Kind.COLUMN, Kind.MISSING_COLUMN, Kind.UNKNOWN_COLUMN, Kind.READ, Kind.NO_DISTRICT, Kind.REJECTED,
                Kind.NOTE)) {
            section(out, k, texts.t("report.section." + k.name()));
        }
        out.add(texts.t("report.summary", districtRows, of(Kind.READ).size(), unchanged, of(Kind.REJECTED).size(),
                of(Kind.NO_DISTRICT).size(), of(Kind.MISSING_COLUMN).size(), of(Kind.UNKNOWN_COLUMN).size()));
        return out;
    }

    private void section(List<String> out, Kind k, String title) {
        List<Entry> es = of(k);
        if (es.isEmpty()) return;
        out.add(title);
        for (Entry e : es) out.add("  " + format(e));
    }

    static String format(Entry e) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-10s", e.where()));
        if (!e.district().isEmpty()) b.append(String.format(" %-12s", e.district()));
        if (!e.column().isEmpty()) b.append(' ').append(e.column());
        switch (e.kind()) {
            case READ:
                b.append(": ").append(e.oldValue()).append(" → ").append(e.newValue());
                break;
            case REJECTED:
                b.append(" = ").append(e.newValue()).append(": ").append(e.message());
                break;
            case COLUMN:
                b.append(' ').append(e.message());
                break;
            case MISSING_COLUMN:
                b.append(" (").append(e.message()).append(')');
                break;
            default:
                if (!e.message().isEmpty()) b.append(e.column().isEmpty() && e.district().isEmpty() ? "" : ": ").append(e.message());
        }
        return b.toString();
    }

    public void print(PrintStream out) {
        for (String l : lines()) out.println(l);
    }
}
