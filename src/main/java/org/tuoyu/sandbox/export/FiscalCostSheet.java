package org.tuoyu.sandbox.export;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.Payer;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/**
 * 财政成本 Fiscal cost: for each scenario, every component and every payer, year by year, with
 * the total over the horizon in the last column; each reform's difference from the baseline;
 * and, when Monte Carlo bands are given, P5 / P50 / P95 of the yearly total.
 */
final class FiscalCostSheet {

    static final int FIRST_YEAR_COL = 3;

    private FiscalCostSheet() {}

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        double scale = cmp.scale();
        List<Integer> years = cmp.years();
        int totalCol = FIRST_YEAR_COL + years.size();
        b.title(0, cmp.text("fiscalCostSheet.fiscalCostByComponent", cmp.scaledUnit()));
        b.note(1, cmp.text("fiscalCostSheet.eachScenarioEveryComponent"));
        if (cmp.bands != null) {
            b.note(2, cmp.text("fiscalCostSheet.monteCarloBandsDraws", cmp.bands.draws(), cmp.bands.seed()));
        }
        int header = 3;
        String[] h = new String[FIRST_YEAR_COL + years.size() + 1];
        h[0] = cmp.text("common.scenario");
        h[1] = cmp.text("common.kind");
        h[2] = cmp.text("fiscalCostSheet.item");
        for (int k = 0; k < years.size(); k++) h[FIRST_YEAR_COL + k] = String.valueOf(years.get(k));
        h[totalCol] = cmp.text("fiscalCostSheet.horizonTotal");
        b.headers(header, 0, h);
        for (int k = 0; k < years.size(); k++) {
            b.cell(header, FIRST_YEAR_COL + k).setCellValue(years.get(k)); // years as numbers, as in 年度
        }

        int r = header + 1;
        for (int i = 0; i < cmp.size(); i++) {
            ScenarioResult res = cmp.results.get(i);
            String name = cmp.name(i);
            for (FiscalComponent c : FiscalComponent.values()) {
                r = row(b, r, new Label(name, cmp.text("fiscalCostSheet.component"), cmp.lang.english() ? c.labelEn() : c.labelZh(), false), years, res, y -> y.fiscal().get(c) / scale, Fmt.SCALED);
            }
            r = row(b, r, new Label(name, cmp.text("fiscalCostSheet.total"), cmp.text("fiscalCostSheet.totalFiscalCost"), true), years, res, y -> y.fiscal().total() / scale, Fmt.SCALED);
            for (Payer p : Payer.values()) {
                r = row(b, r, new Label(name, cmp.text("fiscalCostSheet.payer"), cmp.lang.english() ? p.labelEn() : p.labelZh(), false), years, res, y -> y.byPayer(p) / scale, Fmt.SCALED);
            }
            if (i > 0) {
                ScenarioResult base = cmp.results.get(0);
                r = row(b, r, new Label(name, cmp.text("fiscalCostSheet.minusBaseline"), cmp.text("fiscalCostSheet.totalFiscalCost"), true), years, res, y -> {
                            YearResult by = base.year(y.year());
                            return by == null ? Double.NaN : (y.fiscal().total() - by.fiscal().total()) / scale;
                        }, Fmt.SCALED_DELTA);
            }
            r = bands(b, r, cmp, i, years);
        }
        b.freeze(FIRST_YEAR_COL, header + 1);
        b.autoFilter(header, r - 1, 0, totalCol);
        b.finish();
    }

    private interface Amount { double of(YearResult y); }

    /** One row: an amount for each year of the scenario's horizon, and its sum in the last column. */
    /** The label cells of a row: its scenario, the kind of amount (component, payer, …) and the item; totals bold. */
    private record Label(String scenario, String kind, String item, boolean bold) { }

    private static int row(SheetBuilder b, int r, Label label, List<Integer> years, ScenarioResult res, Amount amount, Fmt fmt) {
        boolean bold = label.bold();
        b.text(r, 0, label.scenario(), bold);
        b.text(r, 1, label.kind(), bold);
        b.text(r, 2, label.item(), bold);
        double sum = 0;
        boolean complete = true;
        for (int k = 0; k < years.size(); k++) {
            YearResult y = res.year(years.get(k));
            if (y == null) continue;  // outside this scenario's horizon: left empty
            double v = amount.of(y);
            if (Double.isFinite(v)) sum += v; else complete = false;
            b.number(r, FIRST_YEAR_COL + k, v, fmt, bold);
        }
        b.number(r, FIRST_YEAR_COL + years.size(), complete ? sum : Double.NaN, fmt, bold);
        return r + 1;
    }

    /**
     * The optional Monte Carlo block: P5, P50, P95 of the yearly total fiscal cost and, when given,
     * of the enrolment rate (no horizon sum: percentiles do not add).
     */
    private static int bands(SheetBuilder b, int r, Comparison cmp, int i, List<Integer> years) {
        List<FiscalBands.Band> fiscal = of(cmp.bands == null ? null : cmp.bands.byScenario(), i);
        List<FiscalBands.Band> rate = of(cmp.bands == null ? null : cmp.bands.enrolmentRate(), i);
        r = bandRows(b, r, cmp, i, years, fiscal, new Shown(cmp.text("fiscalCostSheet.totalFiscalCost2"), 1 / cmp.scale(), Fmt.SCALED));
        return bandRows(b, r, cmp, i, years, rate, new Shown(cmp.text("fiscalCostSheet.enrolmentRate"), 1, Fmt.PERCENT));
    }

    private static List<FiscalBands.Band> of(List<List<FiscalBands.Band>> by, int i) {
        return by == null || i >= by.size() ? null : by.get(i);
    }

    /** What a band block shows: its name, the factor from the band's unit to the sheet's, and the format. */
    private record Shown(String what, double factor, Fmt fmt) { }

    private static int bandRows(SheetBuilder b, int r, Comparison cmp, int i, List<Integer> years, List<FiscalBands.Band> bands,
                                Shown shown) {
        if (bands == null) return r;
        String what = shown.what();
        double factor = shown.factor();
        Fmt fmt = shown.fmt();
        String kind = cmp.text("fiscalCostSheet.monteCarloBand");
        String[] labels = {"P5", "P50", "P95"};
        for (int q = 0; q < 3; q++) {
            b.text(r, 0, cmp.name(i));
            b.text(r, 1, kind);
            b.text(r, 2, labels[q] + what);
            for (FiscalBands.Band band : bands) {
                int k = years.indexOf(band.year());
                if (k < 0) continue;
                double v = q == 0 ? band.p5() : q == 1 ? band.p50() : band.p95();
                b.number(r, FIRST_YEAR_COL + k, v * factor, fmt);
            }
            r++;
        }
        return r;
    }
}
