package org.tuoyu.sandbox.scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a district table import read, what it kept, what it refused and why, by row and column
 * (Excel cell references for .xlsx, line numbers for .csv). {@code result} is the region rebuilt
 * from the accepted values only, validated as the region reader validates a file.
 */
public record ImportReport(String file, String sheet, RegionDocument before, RegionDocument result,
                           List<Entry> entries, int districtRows, int unchanged) {

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
        entries = List.copyOf(entries);
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
        out.add("district table " + file + (sheet.isEmpty() ? "" : ", sheet " + sheet) + " → region " + before.region().id()
                + " (" + before.location().display() + ")");
        section(out, Kind.COLUMN, "columns read:");
        section(out, Kind.MISSING_COLUMN, "columns missing (the current values stay):");
        section(out, Kind.UNKNOWN_COLUMN, "unknown columns (ignored):");
        section(out, Kind.READ, "values read (old → new):");
        section(out, Kind.NO_DISTRICT, "rows naming no district (ignored):");
        section(out, Kind.REJECTED, "rejected (the current value stays):");
        section(out, Kind.NOTE, "notes:");
        out.add(String.format("summary: %d district rows, %d values read, %d equal to the current values, %d rejected, "
                        + "%d rows naming no district, %d columns missing, %d unknown columns",
                districtRows, of(Kind.READ).size(), unchanged, of(Kind.REJECTED).size(), of(Kind.NO_DISTRICT).size(),
                of(Kind.MISSING_COLUMN).size(), of(Kind.UNKNOWN_COLUMN).size()));
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
