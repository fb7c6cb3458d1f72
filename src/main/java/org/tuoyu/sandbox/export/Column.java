package org.tuoyu.sandbox.export;

import java.util.function.ToDoubleFunction;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.export.Styles.Fmt;

/**
 * A numeric column of a row-per-record sheet: an indicator of the catalogue read from each record (a district, an
 * income quintile). Its header is the indicator's label with its unit, its cell format follows the unit, so a sheet
 * types neither a name nor a unit of its own.
 */
record Column<T>(Indicator indicator, ToDoubleFunction<T> reader) {

    static Column<DistrictResult> district(Indicator i) { return new Column<>(i, d -> i.of(d)); }

    static Column<IncomeGroupResult> group(Indicator i) { return new Column<>(i, g -> i.of(g)); }

    /**
     * The label, then the unit in brackets where the cell does not show it: money (yearly money in the sheet's
     * 万元 / million yuan) and points; counts in Chinese only (「人」「个」), since the English label already says
     * children or seats. Shares carry % in the cell, and a per-thousand label says per thousand. In Chinese the unit
     * takes a line of its own, so a wrapped header never breaks inside it. A label that ends in brackets takes the
     * unit inside them: 财政成本 / （三个账户之和，万元）, "Fiscal cost (sum of the three accounts, million yuan)".
     */
    String header(Comparison cmp) {
        IndicatorUnit u = indicator.unit();
        String label = cmp.lang.english() ? capitalised(indicator.labelEn()) : indicator.labelZh();
        String unit = switch (u) {
            case YUAN_PER_YEAR -> cmp.scaledUnit();
            case YUAN_PER_MONTH, YUAN_PER_CHILD_YEAR, POINTS -> u.label(cmp.lang.english());
            case PEOPLE, CHILDREN, SEATS -> cmp.lang.english() ? "" : u.labelZh();
            case SHARE, RATIO, PER_THOUSAND -> "";
        };
        if (unit.isEmpty()) return label;
        String open = opening(cmp);
        String close = cmp.text("column.brackets").substring(1);
        int at = label.lastIndexOf(open);
        if (label.endsWith(close) && at > 0) {
            return cmp.text("column.unitInBrackets", label.substring(0, at).strip(),
                    label.substring(at + open.length(), label.length() - close.length()), unit);
        }
        return cmp.text("column.withUnit", label, unit);
    }

    /** The bracket that opens a unit or a qualifier (（ or (): a header line starting with it is kept whole. */
    static String opening(Comparison cmp) { return cmp.text("column.brackets").substring(0, 1); }

    /** The cell's number: yearly money in the sheet's unit, points as points (2.6 for +2.6 pp). */
    double value(Comparison cmp, T record) {
        double v = reader.applyAsDouble(record);
        return switch (indicator.unit()) {
            case YUAN_PER_YEAR -> v / cmp.scale();
            case POINTS -> v * 100;
            default -> v;
        };
    }

    Fmt fmt() {
        return switch (indicator.unit()) {
            case PEOPLE, CHILDREN, SEATS -> Fmt.COUNT;
            case YUAN_PER_MONTH, YUAN_PER_CHILD_YEAR -> Fmt.YUAN;
            case YUAN_PER_YEAR -> Fmt.SCALED;
            case SHARE -> Fmt.PERCENT;
            case POINTS -> Fmt.POINTS;
            case PER_THOUSAND, RATIO -> Fmt.DECIMAL;
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
