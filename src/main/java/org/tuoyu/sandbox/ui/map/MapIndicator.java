package org.tuoyu.sandbox.ui.map;

import java.util.function.BiFunction;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** What the map can be coloured by; each indicator takes the district's result and its reference. */
public enum MapIndicator {
    ENROLMENT_RATE("map.enrolmentRate", (d, r) -> d.enrolmentRate(), false, false),
    ENROLMENT_RATE_CHANGE("map.enrolmentRateChange", (d, r) -> r == null ? 0 : d.enrolmentRate() - r.enrolmentRate(), false, true),
    BUDGET_CHANGE("map.budgetChange", (d, r) -> r == null ? 0 : d.accounts().generalBudget() - r.accounts().generalBudget(), true, true),
    UTILISATION("map.utilisation", (d, r) -> d.utilisation(), false, false),
    UNMET_PRICE("map.unmetPrice", (d, r) -> d.unmetPrice(), false, false),
    SHARE_ABOVE("map.shareAbove", (d, r) -> d.shareAboveThreshold(), false, false),
    FISCAL_PER_CHILD("map.fiscalPerChild", (d, r) -> d.childrenTotal() > 0 ? d.fiscalCost() / d.childrenTotal() : 0, true, false),
    BREAK_EVEN("map.breakEven", (d, r) -> Double.isFinite(d.breakEvenUtilisation()) ? Math.min(2, d.breakEvenUtilisation()) : 2, false,
            false);

    private final String key;
    private final BiFunction<DistrictResult, DistrictResult, Double> f;
    private final boolean money;
    private final boolean change;

    MapIndicator(String key, BiFunction<DistrictResult, DistrictResult, Double> f, boolean money, boolean change) {
        this.key = key;
        this.f = f;
        this.money = money;
        this.change = change;
    }

    /** The changes against the baseline, which the comparison's small maps show. */
    public static java.util.List<MapIndicator> changes() {
        return java.util.Arrays.stream(values()).filter(MapIndicator::diverging).toList();
    }

    public String key() { return key; }

    public double value(DistrictResult d, DistrictResult reference) { return f.apply(d, reference); }

    /** A change against the baseline: coloured around zero rather than from zero up. */
    public boolean diverging() { return change; }

    /** A change's colour scale reaches at least this far from zero, so that no change at all looks neutral. */
    public double smallestScale() { return money ? 1e4 : 0.005; }

    public String format(double v, I18n i) {
        // a change of money in 万元 throughout, so that the legend's five values read in one unit
        if (money && change) return (v > 0 ? "+" : v < 0 ? "−" : "±") + Units.decimal(Math.abs(v) / 1e4, 1) + " " + i.t("unit.wan");
        if (money) return Fmt.money(v, i);
        if (this == UNMET_PRICE) return Fmt.count(v);
        if (this == ENROLMENT_RATE_CHANGE) return Fmt.points(v, i);
        return Fmt.percent(v);
    }
}
