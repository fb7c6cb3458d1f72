package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.render.ChartImages;
import org.tuoyu.sandbox.export.render.ChartImages.Series;

/** The brief's four charts, the same as the workbook's: changes by reform, cost over time, change by quintile. */
final class BriefCharts {

    record Chart(String title, byte[] png) { }

    private BriefCharts() {}

    static List<Chart> all(Comparison cmp) {
        ScenarioResult b = cmp.results.get(0);
        int n = cmp.size(), first = b.first().year(), last = b.last().year();
        List<String> reforms = new ArrayList<>();
        for (int i = 1; i < n; i++) reforms.add(cmp.shortName(i));
        double[][] gb = new double[2][n - 1], enr = new double[2][n - 1];
        for (int i = 1; i < n; i++) {
            ScenarioResult r = cmp.results.get(i);
            YearResult[] by = {b.first(), b.last()}, ry = {orNull(r, first), orNull(r, last)};
            for (int k = 0; k < 2; k++) {
                gb[k][i - 1] = ry[k] == null ? Double.NaN
                        : Figures.delta(ry[k].accounts().generalBudget(), by[k].accounts().generalBudget()) / cmp.scale();
                enr[k][i - 1] = ry[k] == null ? Double.NaN : Figures.delta(ry[k].totals().enrolled(), by[k].totals().enrolled());
            }
        }
        String gbHex = Palette.of(Account.GENERAL_BUDGET), enrHex = Palette.scenario(3);
        List<Chart> charts = new ArrayList<>();
        String t1 = cmp.text("common.generalBudgetChangeFrom");
        charts.add(new Chart(t1, ChartImages.bars(null, reforms, List.of(new Series(String.valueOf(first), SummaryCharts.lighter(gbHex), gb[0]),
                new Series(String.valueOf(last), gbHex, gb[1])), cmp.text("common.reform"), cmp.scaledUnit(), "#,##0")));
        String t2 = cmp.text("common.childrenEnrolledChangeFrom");
        charts.add(new Chart(t2, ChartImages.bars(null, reforms, List.of(new Series(String.valueOf(first), SummaryCharts.lighter(enrHex), enr[0]),
                new Series(String.valueOf(last), enrHex, enr[1])), cmp.text("common.reform"), cmp.persons(), "#,##0")));
        charts.add(costOverTime(cmp));
        charts.add(byQuintile(cmp, reforms, last));
        return charts;
    }

    private static YearResult orNull(ScenarioResult r, int year) { return r.year(year); }

    private static Chart costOverTime(Comparison cmp) {
        List<Integer> years = cmp.years();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < cmp.size(); i++) {
            double[] v = new double[years.size()];
            for (int k = 0; k < years.size(); k++) {
                YearResult y = cmp.results.get(i).year(years.get(k));
                v[k] = y == null ? Double.NaN : y.accounts().generalBudget() / cmp.scale();
            }
            series.add(new Series(cmp.shortName(i), Palette.scenario(i), v));
        }
        String t = cmp.text("common.generalBudget", years.get(0), years.get(years.size() - 1));
        return new Chart(t, ChartImages.lines(null, years, series, cmp.text("common.year"), cmp.scaledUnit(), "#,##0"));
    }

    private static Chart byQuintile(Comparison cmp, List<String> reforms, int last) {
        List<String> groups = new ArrayList<>();
        for (IncomeGroup g : IncomeGroup.values()) groups.add(cmp.groupName(g));
        List<Series> series = new ArrayList<>();
        YearResult b = cmp.results.get(0).year(last);
        for (int i = 1; i < cmp.size(); i++) {
            YearResult r = cmp.results.get(i).year(last);
            double[] v = new double[IncomeGroup.COUNT];
            for (IncomeGroup g : IncomeGroup.values()) {
                v[g.ordinal()] = r == null ? Double.NaN : Figures.delta(r.group(g).enrolmentRate(), b.group(g).enrolmentRate()) * 100;
            }
            series.add(new Series(reforms.get(i - 1), Palette.scenario(i), v));
        }
        String t = cmp.text("common.changeEnrolmentRateBy", last);
        return new Chart(t, ChartImages.bars(null, groups, series, cmp.text("common.incomeGroup"), cmp.text("common.percentagePoints"), "0.0"));
    }
}
