package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;

/**
 * The rows of the summary (概览) and of the brief's comparison table: the three accounts, enrolment,
 * utilisation, unmet demand and affordability for a year, read through the indicator catalogue; and the
 * horizon's sums. Each row reads its raw value (元, children, a fraction) from a scenario's result.
 */
final class Headlines {

    /** How a row is shown: money in 亿元, a count, or a rate in % whose change is in 百分点. */
    enum Kind { MONEY, COUNT, RATE }

    /** One row: its labels, kind, whether it is the headline (bold), and its value in a scenario (NaN: none). */
    record Line(String zh, String en, Kind kind, boolean headline, ToDoubleFunction<ScenarioResult> value) {
        String label(Language lang) { return lang.t(zh, en); }
    }

    /** What a committee reads first for one year, in this order; the general budget is the headline. */
    static final List<Indicator> YEAR_INDICATORS = List.of(Indicator.GENERAL_BUDGET, Indicator.INSURANCE_FUND,
            Indicator.TAX_EXPENDITURE, Indicator.SEATS, Indicator.ENROLLED, Indicator.ENROLMENT_RATE,
            Indicator.UTILISATION, Indicator.UNMET_PRICE, Indicator.UNMET_SEATS, Indicator.SHARE_ABOVE_THRESHOLD);

    private Headlines() {}

    static Kind kindOf(IndicatorUnit u) {
        if (u.money()) return Kind.MONEY;
        return u == IndicatorUnit.SHARE ? Kind.RATE : Kind.COUNT;
    }

    /** The year's rows; a scenario whose horizon misses the year gives NaN (a blank "—"). */
    static List<Line> forYear(int year) {
        List<Line> l = new ArrayList<>();
        for (Indicator ind : YEAR_INDICATORS) {
            l.add(new Line(ind.labelZh(), ind.labelEn(), kindOf(ind.unit()), ind == Indicator.GENERAL_BUDGET, r -> {
                YearResult y = r.year(year);
                return y == null ? Double.NaN : ind.of(y);
            }));
        }
        return l;
    }

    /** The horizon's sums: each account plain and discounted, and the child-years of care. */
    static List<Line> horizon(double rate) {
        List<Line> l = new ArrayList<>();
        for (Account a : Account.values()) {
            l.add(new Line(label(Language.ZH, "headlines.horizonTotal", a.labelZh()),
                    label(Language.EN, "headlines.horizonTotal", a.labelEn()), Kind.MONEY,
                    a == Account.GENERAL_BUDGET, r -> Figures.cumulative(r, a)));
        }
        String pct = Units.percent(rate);
        for (Account a : Account.values()) {
            l.add(new Line(label(Language.ZH, "headlines.discounted", a.labelZh(), pct),
                    label(Language.EN, "headlines.discounted", a.labelEn(), pct), Kind.MONEY,
                    false, r -> Figures.discounted(r, a, rate)));
        }
        l.add(new Line(label(Language.ZH, "headlines.childYears"), label(Language.EN, "headlines.childYears"), Kind.COUNT, false,
                Figures::enrolledChildYears));
        return l;
    }

    /** A line's label in one language: the Line carries both, whichever the sheet is written in. */
    private static String label(Language lang, String key, Object... args) {
        return ExportTexts.text(lang, key, args);
    }

    /** The years a summary shows: the first, the chosen one when it is neither first nor last, and the last. */
    static List<Integer> years(ScenarioResult base, int chosen) {
        List<Integer> ys = new ArrayList<>();
        ys.add(base.first().year());
        if (chosen != base.first().year() && chosen != base.last().year()) ys.add(chosen);
        if (base.last().year() != base.first().year()) ys.add(base.last().year());
        return ys;
    }
}
