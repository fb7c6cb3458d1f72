package org.tuoyu.sandbox.export;

import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;

/**
 * The derived numbers the summary sheet, the brief's table and the brief's text share, computed once here from
 * the engine's results so that the three can never disagree.
 */
final class Figures {

    private Figures() {}

    /** One account summed over the horizon (元). */
    static double cumulative(ScenarioResult r, Account a) { return r.cumulativeAccounts().get(a); }

    /** One account over the horizon, each year discounted to the horizon's first year at {@code rate} (元). */
    static double discounted(ScenarioResult r, Account a, double rate) {
        int first = r.first().year();
        double sum = 0;
        for (YearResult y : r.years()) sum += y.accounts().get(a) / Math.pow(1 + rate, y.year() - first);
        return sum;
    }

    /** Children enrolled summed over the years of the horizon: child-years of care. */
    static double enrolledChildYears(ScenarioResult r) {
        double sum = 0;
        for (YearResult y : r.years()) sum += y.totals().enrolled();
        return sum;
    }

    /** General budget summed over the horizon (元). */
    static double generalBudget(ScenarioResult r) { return cumulative(r, Account.GENERAL_BUDGET); }

    /**
     * Extra general-budget money per extra child enrolled for a year (元 per child-year): the change in cost over
     * the change in enrolment. NaN when the reform enrols less than one child-year more: the ratio would then
     * mean nothing (or blow up), and the sheets write "—" with a note.
     */
    static double costPerAdditionalChild(double deltaCost, double deltaEnrolled) {
        return deltaEnrolled >= 1 ? deltaCost / deltaEnrolled : Double.NaN;
    }

    /** First-year cost per additional enrolled child (元 per child-year) of reform r against baseline b. */
    static double costPerAdditionalChildFirstYear(ScenarioResult b, ScenarioResult r) {
        YearResult y0 = b.first(), y1 = r.year(y0.year()) != null ? r.year(y0.year()) : r.first();
        return costPerAdditionalChild(y1.accounts().generalBudget() - y0.accounts().generalBudget(),
                y1.totals().enrolled() - y0.totals().enrolled());
    }

    /** Horizon cost per additional enrolled child-year: Σ Δ general budget over Σ Δ enrolled (元 per child-year). */
    static double costPerAdditionalChildHorizon(ScenarioResult b, ScenarioResult r) {
        return costPerAdditionalChild(generalBudget(r) - generalBudget(b), enrolledChildYears(r) - enrolledChildYears(b));
    }

    /** value − base, with rounding noise (1e-9 relative) written as the 0 it is. */
    static double delta(double value, double base) {
        double d = value - base;
        return Math.abs(d) <= 1e-9 * Math.max(1, Math.max(Math.abs(value), Math.abs(base))) ? 0 : d;
    }

    /** The change relative to the baseline (0.25 = +25%); NaN when the baseline is 0. */
    static double relative(double value, double base) {
        return base == 0 ? Double.NaN : delta(value, base) / Math.abs(base);
    }

    /** A value smaller in size than half the last digit shown, written as 0 (no "2.48e-12" in a table). */
    static double tidy(double v, double lastDigit) { return Math.abs(v) < lastDigit / 2 ? 0 : v; }
}
