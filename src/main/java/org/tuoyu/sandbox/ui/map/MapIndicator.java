package org.tuoyu.sandbox.ui.map;

import java.util.function.BiFunction;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** What the map can be coloured by; each indicator takes the district's result and its reference. */
public enum MapIndicator {
    ENROLMENT_RATE("map.enrolmentRate", (d, r) -> d.enrolmentRate(), false),
    ENROLMENT_RATE_CHANGE("map.enrolmentRateChange", (d, r) -> r == null ? 0 : d.enrolmentRate() - r.enrolmentRate(), false),
    UTILISATION("map.utilisation", (d, r) -> d.utilisation(), false),
    UNMET_PRICE("map.unmetPrice", (d, r) -> d.unmetPrice(), false),
    SHARE_ABOVE("map.shareAbove", (d, r) -> d.shareAboveThreshold(), false),
    FISCAL_PER_CHILD("map.fiscalPerChild", (d, r) -> d.childrenTotal() > 0 ? d.fiscalCost() / d.childrenTotal() : 0, true),
    BREAK_EVEN("map.breakEven", (d, r) -> Double.isFinite(d.breakEvenUtilisation()) ? Math.min(2, d.breakEvenUtilisation()) : 2, false);

    private final String key;
    private final BiFunction<DistrictResult, DistrictResult, Double> f;
    private final boolean money;

    MapIndicator(String key, BiFunction<DistrictResult, DistrictResult, Double> f, boolean money) {
        this.key = key;
        this.f = f;
        this.money = money;
    }

    public String key() { return key; }

    public double value(DistrictResult d, DistrictResult reference) { return f.apply(d, reference); }

    /** A change against the baseline: coloured around zero rather than from zero up. */
    public boolean diverging() { return this == ENROLMENT_RATE_CHANGE; }

    public String format(double v, I18n i) {
        if (money) return Fmt.money(v, i);
        if (this == UNMET_PRICE) return Fmt.count(v);
        if (this == ENROLMENT_RATE_CHANGE) return Fmt.points(v, i);
        return Fmt.percent(v);
    }
}
