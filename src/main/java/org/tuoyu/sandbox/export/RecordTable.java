package org.tuoyu.sandbox.export;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.tuoyu.sandbox.engine.YearResult;

/**
 * The body shared by the sheets with one row per scenario and record (district, income group):
 * a header row, then for each scenario's shown year and each record, its label cells followed by
 * one number per column, with an autofilter over the whole table.
 */
final class RecordTable {

    private RecordTable() {}

    /** Writes the label cells (columns 0 .. labels - 1) of one row. */
    interface Labels<T> {
        void write(SheetBuilder b, int row, int scenario, YearResult year, T record);
    }

    /** Writes the table from {@code headerRow} down; returns the row after the last one written. */
    static <T> int write(SheetBuilder b, Comparison cmp, int headerRow, String[] labelHeaders, List<Column<T>> cols,
                         Function<YearResult, List<T>> records, Labels<T> labels, String ifNotFinite) {
        int first = labelHeaders.length;
        String[] h = Arrays.copyOf(labelHeaders, first + cols.size());
        for (int k = 0; k < cols.size(); k++) h[first + k] = cols.get(k).header(cmp);
        b.headers(headerRow, 0, h);
        String open = Column.opening(cmp);
        for (int k = first; k < h.length; k++) {
            // A unit or a qualifier in brackets stays on one line: the column is made wide enough for it.
            for (String line : h[k].split("\n")) if (line.startsWith(open)) b.atLeast(k, SheetBuilder.width(line));
        }
        int r = headerRow + 1;
        for (int i = 0; i < cmp.size(); i++) {
            YearResult y = cmp.shown(i);
            for (T record : records.apply(y)) {
                labels.write(b, r, i, y, record);
                for (int k = 0; k < cols.size(); k++) {
                    Column<T> c = cols.get(k);
                    b.number(r, first + k, c.value(cmp, record), c.fmt(), false, ifNotFinite);
                }
                r++;
            }
        }
        b.autoFilter(headerRow, r - 1, 0, h.length - 1);
        return r;
    }
}
