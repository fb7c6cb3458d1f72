package org.tuoyu.sandbox.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;

/** The brief's two comparison tables: each scenario's levels, and each reform's difference from the baseline. */
final class BriefTable {

    enum Kind { LEVELS, DIFFERENCES }

    private BriefTable() {}

    static String caption(Comparison cmp, Kind k) {
        return k == Kind.LEVELS ? cmp.text("briefTable.tableMainFiguresEach")
                : cmp.text("briefTable.tableDifferenceFromBaseline");
    }

    /** Header row first; then one row per scenario (levels) or reform (differences). */
    static List<List<String>> rows(Comparison cmp, Kind k) {
        ScenarioResult b = cmp.results.get(0);
        int first = b.first().year(), last = b.last().year();
        String yi = cmp.text("common.mYuan");
        List<List<String>> rows = new ArrayList<>();
        List<String> h = new ArrayList<>(List.of(cmp.text("common.scenario"),
                cmp.text("briefTable.generalBudget", first, yi),
                cmp.text("briefTable.generalBudget", last, yi),
                cmp.text("briefTable.generalBudgetHorizon", yi),
                cmp.text("briefTable.enrolledChildren", last),
                k == Kind.LEVELS ? cmp.text("briefTable.enrolmentRate", last)
                        : cmp.text("briefTable.enrolmentRatePp", last)));
        if (k == Kind.DIFFERENCES) h.add(cmp.text("briefTable.perAdditionalChildYear"));
        rows.add(h);
        for (int i = k == Kind.LEVELS ? 0 : 1; i < cmp.size(); i++) {
            double[] v = values(cmp.results.get(i));
            double[] base = values(b);
            List<String> row = new ArrayList<>();
            row.add(cmp.shortName(i));
            if (k == Kind.LEVELS) {
                for (int c = 0; c < 3; c++) row.add(fmt("#,##0.00", v[c] / 1e8));
                row.add(fmt("#,##0", v[3]));
                row.add(fmt("0.0", v[4] * 100));
            } else {
                for (int c = 0; c < 3; c++) row.add(signed("#,##0.00", Figures.delta(v[c], base[c]) / 1e8));
                row.add(signed("#,##0", Figures.delta(v[3], base[3])));
                row.add(signed("0.0", Figures.delta(v[4], base[4]) * 100));
                double cpc = Figures.costPerAdditionalChildHorizon(b, cmp.results.get(i));
                row.add(Double.isFinite(cpc) ? fmt("#,##0", cpc) : "—");
            }
            rows.add(row);
        }
        return rows;
    }

    /** General budget first year, final year, horizon (元); enrolled and enrolment rate in the final year. */
    private static double[] values(ScenarioResult r) {
        YearResult f = r.first(), l = r.last();
        return new double[] {f.accounts().generalBudget(), l.accounts().generalBudget(), Figures.generalBudget(r),
                l.totals().enrolled(), l.totals().enrolmentRate()};
    }

    private static String fmt(String pattern, double v) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** With its sign; a change that rounds to zero is written 0 (no "-0.00"). */
    private static String signed(String pattern, double v) {
        String s = fmt(pattern, Math.abs(v));
        if (s.matches("[0.,]+")) return s;
        return (v > 0 ? "+" : "-") + s;
    }
}
