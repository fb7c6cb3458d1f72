package org.tuoyu.sandbox.ui.results;

import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * The district results table's columns, shared by the table view and the clipboard text. Each column is an
 * indicator of the engine's catalogue ({@link Indicator}): its header is the indicator's label, its number the
 * catalogue's reader, its text the indicator's unit; a change column shows the same indicator against the
 * reference scenario.
 */
public final class DistrictTable {

    private DistrictTable() {}

    /** A column: an indicator's value in a district, or its change against the reference (rates in 百分点). */
    public record Column(Indicator indicator, boolean change) {

        /** The column's id in the view ({@code dcol-enrolmentRate}, {@code dcol-enrolmentRateChange}). */
        public String id() { return indicator.key() + (change ? "Change" : ""); }

        public String header(I18n i) {
            IndicatorUnit u = indicator.unit();
            // Counts, %, and yearly money carry their unit in the cell (人 is obvious, 万元/亿元 scale); a monthly
            // fee or a per-thousand figure is a bare number, so its header names the unit.
            boolean unitInHeader = u == IndicatorUnit.YUAN_PER_MONTH || u == IndicatorUnit.YUAN_PER_CHILD_YEAR
                    || u == IndicatorUnit.PER_THOUSAND;
            String label = i.label(indicator) + (unitInHeader ? "(" + i.label(u) + ")" : "");
            return change ? i.t("col.change", label) : label;
        }

        public double number(DistrictResult d, DistrictResult reference) {
            if (!change) return indicator.of(d);
            return reference == null ? 0 : indicator.of(d) - indicator.of(reference);
        }

        public String text(double v, I18n i) {
            IndicatorUnit u = indicator.unit();
            if (u == IndicatorUnit.SHARE) return change ? Fmt.points(v, i) : Fmt.percent(v);
            if (u == IndicatorUnit.YUAN_PER_YEAR) return change ? Fmt.moneyDelta(v, i) : Fmt.money(v, i);
            if (u == IndicatorUnit.PER_THOUSAND || u == IndicatorUnit.RATIO) return Units.decimal(v, 2);
            return change ? Fmt.countDelta(v) : Fmt.count(v);
        }
    }

    /** What a district's row shows, in this order. */
    public static final List<Column> COLUMNS = List.of(
            new Column(Indicator.CHILDREN, false),
            new Column(Indicator.SEATS, false),
            new Column(Indicator.ENROLLED, false),
            new Column(Indicator.ENROLMENT_RATE, false),
            new Column(Indicator.ENROLMENT_RATE, true),
            new Column(Indicator.UTILISATION, false),
            new Column(Indicator.UNMET_PRICE, false),
            new Column(Indicator.UNMET_SEATS, false),
            new Column(Indicator.INCLUSIVE_FEE, false),
            new Column(Indicator.FISCAL_COST, false),
            new Column(Indicator.FISCAL_COST, true),
            new Column(Indicator.BREAK_EVEN_UTILISATION, false),
            new Column(Indicator.SHARE_ABOVE_THRESHOLD, false));

    /** A district's row: its numbers in {@link #COLUMNS} order, changes against the reference's same district. */
    public static DistrictRow row(DistrictResult d, DistrictResult reference, I18n i) {
        List<Double> values = new ArrayList<>();
        for (Column c : COLUMNS) values.add(c.number(d, reference));
        return new DistrictRow(d.id(), i.pick(d.nameZh(), d.nameEn()), List.copyOf(values));
    }

    /** Rows as tab-separated text with a header line, as shown (for pasting into a spreadsheet). */
    public static String toTsv(List<DistrictRow> rows, I18n i) {
        StringBuilder b = new StringBuilder(i.t("col.district"));
        for (Column c : COLUMNS) b.append('\t').append(c.header(i));
        b.append('\n');
        for (DistrictRow r : rows) {
            b.append(r.name());
            for (int k = 0; k < COLUMNS.size(); k++) b.append('\t').append(COLUMNS.get(k).text(r.values().get(k), i));
            b.append('\n');
        }
        return b.toString();
    }
}
