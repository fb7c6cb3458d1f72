package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.Headlines.Kind;
import org.tuoyu.sandbox.export.Headlines.Line;
import org.tuoyu.sandbox.export.Styles.Fmt;

/**
 * 概览 Summary, meant to print on one portrait A4 page: money in 亿元; for the first, the chosen and the final year
 * the three accounts (general budget first, the headline), seats, enrolment, utilisation, unmet demand and
 * affordability; the horizon's sums, plain and discounted; cost per additional enrolled child; Monte Carlo
 * bands when drawn; one findings line per reform; and the difference charts ({@link SummaryCharts}).
 * Columns: A indicator, B unit, C the baseline, then for each reform its value, Δ and Δ% against the baseline.
 */
final class SummarySheet {

    /** First column holding a scenario's values (A label, B unit). */
    static final int FIRST_VALUE_COL = 2;
    static final double YI = 1e8;


    private SummarySheet() {}

    /** Column of scenario i's value (0 the baseline), without bands of the difference. */
    static int valueCol(int i) { return valueCol(i, false); }

    static int deltaCol(int i) { return valueCol(i) + 1; }

    static int relativeCol(int i) { return relativeCol(i, false); }

    /**
     * Column of scenario i's value; with paired bands each reform has five columns (value, Δ, Δ P5, Δ P95, Δ%),
     * without them three (value, Δ, Δ%).
     */
    static int valueCol(int i, boolean banded) {
        return i == 0 ? FIRST_VALUE_COL : FIRST_VALUE_COL + 1 + (banded ? 5 : 3) * (i - 1);
    }

    static int deltaCol(int i, boolean banded) { return valueCol(i, banded) + 1; }

    /** Columns of the P5 and (one right) P95 of reform i's Δ, when banded. */
    static int bandCol(int i) { return valueCol(i, true) + 2; }

    static int relativeCol(int i, boolean banded) { return valueCol(i, banded) + (banded ? 4 : 2); }

    /** True when the comparison carries bands of each reform's difference (paired draws). */
    static boolean banded(Comparison cmp) { return cmp.bands != null && cmp.bands.differences() != null; }

    static ChartData write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        ScenarioResult base = cmp.results.get(0);
        int first = base.first().year(), last = base.last().year();
        b.title(0, cmp.text("summarySheet.scenarioComparison") + " — " + cmp.regionName());
        b.note(1, cmp.text("summarySheet.baselineNote", cmp.name(0), first, last, Units.percent(cmp.options.discountRate())));
        int headerRow = 4;
        header(b, cmp, headerRow);
        int r = headerRow + 1;
        for (int year : Headlines.years(base, cmp.shownYear)) {
            b.text(r++, 0, yearHeading(cmp, year, first, last), true);
            List<Line> lines = Headlines.forYear(year);
            for (int k = 0; k < lines.size(); k++) {
                line(b, cmp, lines.get(k), r);
                differenceBands(b, cmp, Headlines.YEAR_INDICATORS.get(k), lines.get(k).kind(), year, r);
                r++;
            }
        }
        b.text(r++, 0, cmp.text("summarySheet.horizon", first, last), true);
        for (Line line : Headlines.horizon(cmp.options.discountRate())) r = line(b, cmp, line, r);
        r = costPerChild(b, cmp, r);
        if (cmp.bands != null) r = bands(b, cmp, r);
        r = findings(b, cmp, r + 1);
        ChartData data = cmp.size() > 1 ? chartData(b, cmp, r + 1) : null;
        b.freeze(FIRST_VALUE_COL, headerRow + 1);
        b.fixWidth(0, cmp.lang.english() ? 46 : 30); // "maternity insurance fund (discounted at 3.0%)" whole
        // Fixed widths: a column sized from its widest number showed "###" where a bold headline was wider.
        boolean banded = banded(cmp);
        b.fixWidth(valueCol(0), 10);
        for (int i = 1; i < cmp.size(); i++) {
            b.fixWidth(valueCol(i, banded), 10);
            b.fixWidth(deltaCol(i, banded), 9);
            if (banded) {
                b.fixWidth(bandCol(i), 9);
                b.fixWidth(bandCol(i) + 1, 9);
            }
            b.fixWidth(relativeCol(i, banded), 8);
        }
        b.finish();
        return data;
    }

    private static String yearHeading(Comparison cmp, int year, int first, int last) {
        if (year == first) return cmp.text("summarySheet.firstYear", year);
        if (year == last) return cmp.text("summarySheet.finalYear", year);
        return cmp.text("summarySheet.chosenYear", year);
    }

    /** Two header rows: the scenario names above, then 方案值 / Δ / Δ% under each reform. */
    private static void header(SheetBuilder b, Comparison cmp, int r) {
        int n = cmp.size();
        List<String> h = new ArrayList<>(List.of(cmp.text("common.indicator"), cmp.text("common.unit"), cmp.shortName(0)));
        boolean banded = banded(cmp);
        for (int i = 1; i < n; i++) {
            // Wrapped within the merged columns: an English name is longer than three columns.
            b.groupLabel(r - 1, valueCol(i, banded), cmp.name(i))
                    .setCellStyle(b.styles.text(true, SheetBuilder.looksLikeFormula(cmp.name(i)), true));
            b.sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, valueCol(i, banded), relativeCol(i, banded)));
            h.add(cmp.text("summarySheet.value"));
            h.add("Δ");
            if (banded) {
                h.add(cmp.text("summarySheet.p"));
                h.add(cmp.text("summarySheet.p2"));
            }
            h.add("Δ%");
        }
        b.groupLabel(r - 1, FIRST_VALUE_COL, cmp.text("common.baseline"));
        b.sheet.getRow(r - 1).setHeightInPoints(40); // three lines for a long name
        b.headers(r, 0, h.toArray(new String[0]));
    }

    /** One row: each scenario's value, and each reform's Δ and Δ%. */
    private static int line(SheetBuilder b, Comparison cmp, Line line, int r) {
        int n = cmp.size();
        b.text(r, 0, line.label(cmp.lang), line.headline());
        b.text(r, 1, unit(cmp, line.kind()));
        double base = line.value().applyAsDouble(cmp.results.get(0));
        boolean banded = banded(cmp);
        b.number(r, valueCol(0), shown(line.kind(), base), fmt(line.kind()), line.headline());
        for (int i = 1; i < n; i++) {
            double v = line.value().applyAsDouble(cmp.results.get(i));
            b.number(r, valueCol(i, banded), shown(line.kind(), v), fmt(line.kind()), line.headline());
            b.number(r, deltaCol(i, banded), shownDelta(line.kind(), v, base), deltaFmt(line.kind()), line.headline());
            // A baseline that shows as 0 has no meaningful relative change (2.5e-9 children would give +1e12%).
            double rel = shown(line.kind(), base) == 0 ? Double.NaN : Figures.tidy(Figures.relative(v, base), 5e-4);
            b.number(r, relativeCol(i, banded), rel, Fmt.PERCENT_DELTA, false, "—");
        }
        return r + 1;
    }

    /** P5 and P95 of each reform's Δ in this row, from the paired draws; blank for a figure the draws do not band. */
    private static void differenceBands(SheetBuilder b, Comparison cmp, Indicator ind, Kind kind, int year, int r) {
        if (!banded(cmp)) return;
        for (int i = 1; i < cmp.size(); i++) {
            Band band = cmp.bands.difference(i, ind, year);
            if (band == null) continue;
            b.number(r, bandCol(i), shownChange(kind, band.p5()), deltaFmt(kind));
            b.number(r, bandCol(i) + 1, shownChange(kind, band.p95()), deltaFmt(kind));
        }
    }

    /** A difference as the Δ column shows it: 亿元, percentage points, or children. */
    static double shownChange(Kind k, double d) {
        switch (k) {
            case MONEY: return Figures.tidy(d / YI, 0.01);
            case RATE: return Figures.tidy(d * 100, 0.1);
            default: return Figures.tidy(d, 1);
        }
    }

    static String unit(Comparison cmp, Kind k) {
        switch (k) {
            case MONEY: return cmp.text("common.mYuan");
            case RATE: return cmp.text("summarySheet.pp");
            default: return cmp.text("common.children");
        }
    }

    /** The number written for a value: 亿元 for money, a percentage's fraction for a rate; noise as 0. */
    static double shown(Kind k, double v) {
        switch (k) {
            case MONEY: return Figures.tidy(v / YI, 0.01);
            case RATE: return Figures.tidy(v, 1e-3);
            default: return Figures.tidy(v, 1);
        }
    }

    /** The number written for a change: 亿元, percentage points (2.6 for +2.6 pp), or children. */
    static double shownDelta(Kind k, double v, double base) { return shownChange(k, Figures.delta(v, base)); }

    private static Fmt fmt(Kind k) { return k == Kind.MONEY ? Fmt.YI : k == Kind.RATE ? Fmt.PERCENT : Fmt.COUNT; }

    private static Fmt deltaFmt(Kind k) { return k == Kind.MONEY ? Fmt.YI_DELTA : k == Kind.RATE ? Fmt.POINTS : Fmt.COUNT_DELTA; }

    /** Cost per additional enrolled child: first year and horizon; "—" with a note for a reform that enrols no one more. */
    private static int costPerChild(SheetBuilder b, Comparison cmp, int r) {
        String unit = cmp.text("summarySheet.yuanPerChildYear");
        String[] labels = {"summarySheet.costPerChildFirstYear", "summarySheet.costPerChildYearHorizon"};
        boolean none = false;
        for (int k = 0; k < 2; k++) {
            b.text(r, 0, cmp.text(labels[k]));
            b.text(r, 1, unit);
            for (int i = 1; i < cmp.size(); i++) {
                ScenarioResult base = cmp.results.get(0), ref = cmp.results.get(i);
                double v = k == 0 ? Figures.costPerAdditionalChildFirstYear(base, ref) : Figures.costPerAdditionalChildHorizon(base, ref);
                none |= !Double.isFinite(v);
                b.number(r, valueCol(i, banded(cmp)), v, Fmt.YUAN, false, "—");
            }
            r++;
        }
        if (none) {
            b.note(r++, cmp.text("summarySheet.reformEnrolsNoMore"));
        }
        return r;
    }

    /** P5 and P95 of each scenario's fiscal cost and enrolment rate in the shown year, from the draws run. */
    private static int bands(SheetBuilder b, Comparison cmp, int r) {
        FiscalBands fb = cmp.bands;
        b.text(r++, 0, cmp.text("summarySheet.uncertaintyMonteCarloDraws", fb.draws(), fb.seed(), cmp.shownYear), true);
        String[] labels = {"summarySheet.fiscalCostP5", "summarySheet.fiscalCostP95", "summarySheet.enrolmentRateP5",
            "summarySheet.enrolmentRateP95"};
        for (int k = 0; k < 4; k++) {
            boolean money = k < 2;
            b.text(r, 0, cmp.text(labels[k]));
            b.text(r, 1, unit(cmp, money ? Kind.MONEY : Kind.RATE));
            for (int i = 0; i < cmp.size(); i++) {
                FiscalBands.Band band = band(cmp, i, money);
                if (band == null) continue;
                double v = k % 2 == 0 ? band.p5() : band.p95();
                b.number(r, valueCol(i, banded(cmp)), shown(money ? Kind.MONEY : Kind.RATE, v), money ? Fmt.YI : Fmt.PERCENT);
            }
            r++;
        }
        b.note(r++, cmp.text("summarySheet.eachScenarioSOwn"));
        if (banded(cmp)) {
            var d = fb.differences();
            b.note(r++, cmp.text("summarySheet.pairedBandNote", d.recalibrated() ? cmp.text("summarySheet.pairedRecalibrated") : "",
                    d.calibrationMisses() > 0 ? cmp.text("summarySheet.pairedMisses", d.calibrationMisses()) : ""));
        }
        return r;
    }

    static FiscalBands.Band band(Comparison cmp, int i, boolean fiscal) {
        List<List<FiscalBands.Band>> all = fiscal ? cmp.bands.byScenario() : cmp.bands.enrolmentRate();
        if (all == null || i >= all.size() || all.get(i) == null) return null;
        for (FiscalBands.Band band : all.get(i)) if (band.year() == cmp.shownYear) return band;
        return null;
    }

    /**
     * The charts' data, reforms side by side (contiguous ranges, as chart series need): the change in the general
     * budget and in enrolment in the first and the final year, and the change of the enrolment rate by income
     * quintile in the final year (百分点).
     */
    private static ChartData chartData(SheetBuilder b, Comparison cmp, int r) {
        ScenarioResult base = cmp.results.get(0);
        int first = base.first().year(), last = base.last().year(), n = cmp.size();
        b.text(r++, 0, cmp.text("summarySheet.chartDataDifferenceFrom"), true);
        String[] h = new String[FIRST_VALUE_COL + n - 1];
        h[0] = cmp.text("common.indicator");
        h[1] = cmp.text("common.unit");
        for (int i = 1; i < n; i++) h[FIRST_VALUE_COL + i - 1] = cmp.shortName(i);
        int header = r;
        b.headers(r++, 0, h);
        List<Line> rows = new ArrayList<>();
        Line gb0 = Headlines.forYear(first).get(0), gbN = Headlines.forYear(last).get(0);
        int enrolled = Headlines.YEAR_INDICATORS.indexOf(org.tuoyu.sandbox.engine.Indicator.ENROLLED);
        rows.add(new Line(cmp.text("summarySheet.yearLabel", first), String.valueOf(first), Kind.MONEY, false, gb0.value()));
        rows.add(new Line(cmp.text("summarySheet.yearLabel", last), String.valueOf(last), Kind.MONEY, false, gbN.value()));
        rows.add(new Line(cmp.text("summarySheet.yearLabel", first), String.valueOf(first), Kind.COUNT, false,
                Headlines.forYear(first).get(enrolled).value()));
        rows.add(new Line(cmp.text("summarySheet.yearLabel", last), String.valueOf(last), Kind.COUNT, false,
                Headlines.forYear(last).get(enrolled).value()));
        for (org.tuoyu.sandbox.engine.IncomeGroup g : org.tuoyu.sandbox.engine.IncomeGroup.values()) {
            rows.add(new Line(cmp.groupName(g), cmp.groupName(g), Kind.RATE, false, res -> {
                var y = res.year(last);
                return y == null ? Double.NaN : y.group(g).enrolmentRate();
            }));
        }
        String[] what = {cmp.text("summarySheet.generalBudget"), cmp.text("summarySheet.generalBudget"),
                cmp.text("summarySheet.childrenEnrolled"), cmp.text("summarySheet.childrenEnrolled")};
        int top = r;
        for (int k = 0; k < rows.size(); k++) {
            Line line = rows.get(k);
            String label = k < what.length ? what[k] + " " + line.label(cmp.lang)
                    : cmp.text("summarySheet.enrolmentRate", last) + line.label(cmp.lang);
            b.text(r, 0, label);
            boolean money = line.kind() == Kind.MONEY;
            // Money in 万元 here, so that the chart's axis reads in whole numbers.
            b.text(r, 1, line.kind() == Kind.RATE ? cmp.text("common.pp") : money ? cmp.scaledUnit() : unit(cmp, line.kind()));
            double bv = line.value().applyAsDouble(base);
            for (int i = 1; i < n; i++) {
                double v = line.value().applyAsDouble(cmp.results.get(i));
                b.number(r, FIRST_VALUE_COL + i - 1, money ? Figures.tidy(Figures.delta(v, bv) / cmp.scale(), 0.1)
                        : shownDelta(line.kind(), v, bv), money ? Fmt.SCALED_DELTA : deltaFmt(line.kind()));
            }
            r++;
        }
        return new ChartData(header, top, top + 2, top + 4, r - 1);
    }

    /** Rows of the chart data: header (reform names), general budget (2 rows), enrolled (2 rows), quintiles (5 rows). */
    record ChartData(int headerRow, int budgetRow, int enrolledRow, int quintileRow, int lastRow) { }

    /** One line of findings per reform, written from the numbers by {@link Findings#summaryLine}. */
    private static int findings(SheetBuilder b, Comparison cmp, int r) {
        b.text(r++, 0, cmp.text("summarySheet.findings"), true);
        int lastCol = relativeCol(Math.max(1, cmp.size() - 1), banded(cmp));
        for (int i = 1; i < cmp.size(); i++) {
            b.wrapped(r, 0, lastCol, Findings.summaryLine(cmp, i).text());
            r++;
        }
        return r;
    }
}
