package org.tuoyu.sandbox.ui.map;

import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * What the map can be coloured by: an indicator of the engine's catalogue in a district, or its change against the
 * reference. The catalogue gives the label, the reader and the unit, so the map types none of them again.
 */
public enum MapIndicator {
    ENROLMENT_RATE(Indicator.ENROLMENT_RATE, false),
    ENROLMENT_RATE_CHANGE(Indicator.ENROLMENT_RATE, true),
    BUDGET_CHANGE(Indicator.GENERAL_BUDGET, true),
    UTILISATION(Indicator.UTILISATION, false),
    UNMET_PRICE(Indicator.UNMET_PRICE, false),
    SHARE_ABOVE(Indicator.SHARE_ABOVE_THRESHOLD, false),
    FISCAL_PER_CHILD(Indicator.FISCAL_COST_PER_CHILD, false),
    BREAK_EVEN(Indicator.BREAK_EVEN_UTILISATION, false);

    private final Indicator indicator;
    private final boolean change;

    MapIndicator(Indicator indicator, boolean change) {
        this.indicator = indicator;
        this.change = change;
    }

    /** The changes against the baseline, which the comparison's small maps show. */
    public static java.util.List<MapIndicator> changes() {
        return java.util.Arrays.stream(values()).filter(MapIndicator::diverging).toList();
    }

    public Indicator indicator() { return indicator; }

    /** The catalogue's label; a change says against what and in which unit (百分点, 万元), as its legend reads. */
    public String label(I18n i) {
        String name = i.label(indicator);
        if (!change) return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String unit = indicator.unit() == IndicatorUnit.SHARE ? i.label(IndicatorUnit.POINTS) : i.t("unit.wan");
        return i.t("map.change", name, unit);
    }

    public double value(DistrictResult d, DistrictResult reference) {
        if (change) return reference == null ? 0 : indicator.of(d) - indicator.of(reference);
        double v = indicator.of(d);
        // A centre that never breaks even (infinite) is coloured as the top of the scale, twice full use.
        if (this == BREAK_EVEN) return Double.isFinite(v) ? Math.min(2, v) : 2;
        return v;
    }

    /** A change against the baseline: coloured around zero rather than from zero up. */
    public boolean diverging() { return change; }

    private boolean money() { return indicator.unit().money(); }

    /** A change's colour scale reaches at least this far from zero, so that no change at all looks neutral. */
    public double smallestScale() { return money() ? 1e4 : 0.005; }

    public String format(double v, I18n i) {
        // a change of money in 万元 throughout, so that the legend's five values read in one unit
        if (money() && change) return (v > 0 ? "+" : v < 0 ? "−" : "±") + Units.decimal(Math.abs(v) / 1e4, 1) + " " + i.t("unit.wan");
        if (money()) return Fmt.money(v, i);
        if (indicator.unit() != IndicatorUnit.SHARE) return Fmt.count(v);
        return change ? Fmt.points(v, i) : Fmt.percent(v);
    }
}
