package org.tuoyu.sandbox.export;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/**
 * 年度 By year: every region-level indicator of the catalogue, for every scenario, one column per year, so that a
 * seat reform shows the years where it acts. Rows are read from {@link Indicator}, the one catalogue, in its order.
 */
final class YearSheet {

    static final int FIRST_YEAR_COL = 3;

    private YearSheet() {}

    /** Writes the sheet; returns, per scenario, the row of its general budget (the cost chart's series). */
    static int[] write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Integer> years = cmp.years();
        b.title(0, cmp.text("yearSheet.resultsByYear"));
        b.note(1, cmp.text("yearSheet.oneRowPerScenario", cmp.scaledUnit()));
        int header = 3;
        b.header(header, 0, cmp.text("common.scenario"));
        b.header(header, 1, cmp.text("common.indicator"));
        b.header(header, 2, cmp.text("common.unit"));
        for (int k = 0; k < years.size(); k++) {
            b.cell(header, FIRST_YEAR_COL + k).setCellValue(years.get(k)); // years as numbers
            b.cell(header, FIRST_YEAR_COL + k).setCellStyle(styles.header());
        }
        int r = header + 1;
        int[] budgetRows = new int[cmp.size()];
        List<Indicator> inds = Indicator.at(Indicator.Scope.REGION);
        for (int i = 0; i < cmp.size(); i++) {
            ScenarioResult res = cmp.results.get(i);
            for (Indicator ind : inds) {
                if (ind == Indicator.GENERAL_BUDGET) budgetRows[i] = r;
                b.text(r, 0, cmp.shortName(i));
                b.text(r, 1, ind.label(cmp.lang.english()));
                b.text(r, 2, unit(cmp, ind.unit()));
                for (int k = 0; k < years.size(); k++) {
                    YearResult y = res.year(years.get(k));
                    if (y == null) continue; // blank, not "": the scenario does not cover this year
                    b.number(r, FIRST_YEAR_COL + k, value(cmp, ind, y), fmt(ind.unit()));
                }
                r++;
                if (i > 0) r = differenceBands(b, cmp, i, ind, years, r);
            }
        }
        b.freeze(FIRST_YEAR_COL, header + 1);
        b.autoFilter(header, r - 1, 0, FIRST_YEAR_COL + years.size() - 1);
        b.fixWidth(1, 36); // "财政成本（三个账户之和）：与基线之差 P95" whole
        b.finish();
        return budgetRows;
    }

    /**
     * Under a reform's banded indicator, with paired draws: two rows, the P5 and the P95 of its difference from the
     * baseline, year by year (money in the sheet's unit, rates in 百分点, children).
     */
    private static int differenceBands(SheetBuilder b, Comparison cmp, int i, Indicator ind, List<Integer> years, int r) {
        if (!SummarySheet.banded(cmp) || !org.tuoyu.sandbox.engine.PairedMonteCarlo.FIGURES.contains(ind)) return r;
        boolean rate = ind.unit() == IndicatorUnit.SHARE;
        for (int q = 0; q < 2; q++) {
            b.text(r, 0, cmp.shortName(i));
            b.text(r, 1, ind.label(cmp.lang.english()) + cmp.text(q == 0 ? "yearSheet.differenceP5" : "yearSheet.differenceP95"));
            b.text(r, 2, rate ? cmp.text("common.pp") : unit(cmp, ind.unit()));
            for (int k = 0; k < years.size(); k++) {
                org.tuoyu.sandbox.engine.Band band = cmp.bands.difference(i, ind, years.get(k));
                if (band == null) continue;
                double d = q == 0 ? band.p5() : band.p95();
                double v = rate ? Figures.tidy(d * 100, 0.1) : ind.unit() == IndicatorUnit.YUAN_PER_YEAR
                        ? Figures.tidy(d / cmp.scale(), 0.1) : Figures.tidy(d, 1);
                b.number(r, FIRST_YEAR_COL + k, v, rate ? Fmt.POINTS
                        : ind.unit() == IndicatorUnit.YUAN_PER_YEAR ? Fmt.SCALED_DELTA : Fmt.COUNT_DELTA);
            }
            r++;
        }
        return r;
    }

    static String unit(Comparison cmp, IndicatorUnit u) {
        if (u == IndicatorUnit.YUAN_PER_YEAR) return cmp.scaledUnit();
        return u.label(cmp.lang.english());
    }

    static double value(Comparison cmp, Indicator ind, YearResult y) {
        double v = ind.of(y);
        if (ind.unit() == IndicatorUnit.YUAN_PER_YEAR) return Figures.tidy(v / cmp.scale(), 0.1);
        if (ind.unit() == IndicatorUnit.SHARE) return Figures.tidy(v, 1e-3);
        if (ind.unit() == IndicatorUnit.RATIO || ind.unit() == IndicatorUnit.PER_THOUSAND) return Figures.tidy(v, 0.01);
        return Figures.tidy(v, 1);
    }

    private static Fmt fmt(IndicatorUnit u) {
        switch (u) {
            case YUAN_PER_YEAR: return Fmt.SCALED;
            case SHARE: return Fmt.PERCENT;
            case RATIO:
            case PER_THOUSAND: return Fmt.DECIMAL;
            default: return Fmt.COUNT;
        }
    }
}
