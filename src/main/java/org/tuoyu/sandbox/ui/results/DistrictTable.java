package org.tuoyu.sandbox.ui.results;

import java.util.List;
import java.util.function.Function;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The district results table's columns, shared by the table view and the clipboard text. */
public final class DistrictTable {

    private DistrictTable() {}

    /** A column: its header key, the number it sorts by, and how it is shown. */
    public record Column(String key, Function<DistrictRow, Double> number, Function<Double, String> text) {}

    public static List<Column> columns(I18n i) {
        return List.of(
                new Column("col.children", DistrictRow::children, Fmt::count),
                new Column("col.seats", DistrictRow::seats, Fmt::count),
                new Column("col.enrolled", DistrictRow::enrolled, Fmt::count),
                new Column("col.enrolmentRate", DistrictRow::enrolmentRate, Fmt::percent),
                new Column("col.enrolmentRateDelta", DistrictRow::enrolmentRateDelta, v -> Fmt.points(v, i)),
                new Column("col.utilisation", DistrictRow::utilisation, Fmt::percent),
                new Column("col.unmetPrice", DistrictRow::unmetPrice, Fmt::count),
                new Column("col.unmetSeats", DistrictRow::unmetSeats, Fmt::count),
                new Column("col.inclusiveFee", DistrictRow::inclusiveFee, Fmt::count),
                new Column("col.fiscal", DistrictRow::fiscalCost, v -> Fmt.money(v, i)),
                new Column("col.fiscalDelta", DistrictRow::fiscalCostDelta, v -> Fmt.moneyDelta(v, i)),
                new Column("col.breakEven", DistrictRow::breakEven, Fmt::percent),
                new Column("col.above", DistrictRow::shareAbove, Fmt::percent));
    }

    /** Rows as tab-separated text with a header line, as shown (for pasting into a spreadsheet). */
    public static String toTsv(List<DistrictRow> rows, I18n i) {
        StringBuilder b = new StringBuilder(i.t("col.district"));
        List<Column> cols = columns(i);
        for (Column c : cols) b.append('\t').append(i.t(c.key()));
        b.append('\n');
        for (DistrictRow r : rows) {
            b.append(r.name());
            for (Column c : cols) b.append('\t').append(c.text().apply(c.number().apply(r)));
            b.append('\n');
        }
        return b.toString();
    }
}
