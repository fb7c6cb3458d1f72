package org.tuoyu.sandbox.export;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.Effect;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/**
 * 政策分解 Lever effects: for each reform, its change from the baseline split among the four lever
 * groups ({@link Decomposition}): the groups added in the order supply, demand, leave, seats; in
 * the reverse order; and Shapley values; then the total, how far the two orders disagree, and a
 * sentence saying so. Columns: Δ fiscal cost and Δ enrolled in the first year and over the horizon.
 */
final class LeverEffectsSheet {

    static final int HEADER_ROW = 4;
    static final int FIRST_VALUE_COL = 3;
    /** Fixed labels of the method column (the tests find rows by them). */
    // The methods' Chinese labels, by which the tests find the rows.
    static final String FORWARD_ZH = ExportTexts.get(Language.ZH, "leverEffectsSheet.forwardOrder");
    static final String REVERSE_ZH = ExportTexts.get(Language.ZH, "leverEffectsSheet.reverseOrder");
    static final String SHAPLEY_ZH = ExportTexts.get(Language.ZH, "leverEffectsSheet.shapleyValue");
    static final String TOTAL_ZH = ExportTexts.get(Language.ZH, "leverEffectsSheet.totalChange");
    static final String ORDER_ZH = ExportTexts.get(Language.ZH, "leverEffectsSheet.orderDependence");

    /** A reform's decomposition, or why there is none. */
    record Entry(int scenario, Decomposition split, String problem) { }

    private LeverEffectsSheet() {}

    /**
     * Decomposes every reform of the comparison against the baseline (16 evaluations each),
     * polling {@code p} for cancellation between reforms.
     */
    static List<Entry> decompose(Comparison cmp, ExportProgress p) throws ExportCancelledException {
        if (p.cancelled()) throw new ExportCancelledException();
        // Reforms in parallel (16 evaluations each): the ordered stream keeps the workbook's order.
        List<Entry> out = java.util.stream.IntStream.range(1, cmp.size()).parallel()
                .mapToObj(i -> p.cancelled() ? null : entry(cmp, i)).toList();
        if (out.contains(null) || p.cancelled()) throw new ExportCancelledException();
        return out;
    }

    private static Entry entry(Comparison cmp, int i) {
        var base = cmp.docs.get(0).scenario();
        var reform = cmp.docs.get(i).scenario();
        if (!base.region().equals(reform.region())) {
            return new Entry(i, null, cmp.text("leverEffectsSheet.itsRegionDataDiffer"));
        }
        try {
            return new Entry(i, Decomposition.of(base, reform), null);
        } catch (RuntimeException e) {
            return new Entry(i, null, cmp.text("leverEffectsSheet.cannotBeDecomposed") + e.getMessage());
        }
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp, List<Entry> entries) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        ScenarioResult base = cmp.results.get(0);
        int first = base.first().year(), last = base.last().year();
        String su = cmp.scaledUnit();
        b.title(0, cmp.text("leverEffectsSheet.leverEffectsWhatEach"));
        b.note(1, cmp.text("leverEffectsSheet.startingFromBaselineOne"));
        b.note(2, cmp.text("leverEffectsSheet.modelNotAdditiveVoucher"));
        b.note(3, cmp.text("leverEffectsSheet.seatsAreBuiltFrom", first));
        b.headers(HEADER_ROW, 0, cmp.text("leverEffectsSheet.reform"), cmp.text("leverEffectsSheet.method"), cmp.text("leverEffectsSheet.leverGroup"),
                // Line breaks of our own, before the unit, so that a narrow column never splits "（万元）" in two.
                cmp.text("leverEffectsSheet.fiscalCost", first, su),
                cmp.text("leverEffectsSheet.enrolledChildren", first),
                cmp.text("leverEffectsSheet.fiscalCost2", first, last, su),
                cmp.text("leverEffectsSheet.enrolledChildYears", first, last));
        int r = HEADER_ROW + 1;
        if (entries.isEmpty()) {
            b.text(r++, 0, cmp.text("leverEffectsSheet.onlyBaselineThereNo"));
        }
        for (Entry e : entries) {
            String name = cmp.name(e.scenario());
            if (e.split() == null) {
                b.text(r, 0, name, true);
                b.text(r++, 1, e.problem());
                r++;
                continue;
            }
            Decomposition d = e.split();
            r = block(b, r, cmp, name, cmp.text("leverEffectsSheet.forwardOrder"), d.forward(), true);
            r = block(b, r, cmp, name, cmp.text("leverEffectsSheet.reverseOrder"), d.reverse(), true);
            r = block(b, r, cmp, name, cmp.text("leverEffectsSheet.shapleyValue"), d.shapley(), false);
            effectRow(b, r++, cmp, new Labels(name, cmp.text("leverEffectsSheet.totalChange"), cmp.text("leverEffectsSheet.allFourGroups")), d.total(), true, true);
            Effect spread = orderSpread(d);
            effectRow(b, r++, cmp, new Labels(name, cmp.text("leverEffectsSheet.orderDependence"), cmp.text("leverEffectsSheet.largestGapBetweenTwo")), spread, false, false);
            b.note(r++, summary(cmp, e.scenario(), d, spread));
            r++;
        }
        b.freeze(FIRST_VALUE_COL, HEADER_ROW + 1);
        b.fixWidth(2, 20);
        for (int c = FIRST_VALUE_COL; c < FIRST_VALUE_COL + 4; c++) b.fixWidth(c, 18);
        b.finish();
    }

    private static int block(SheetBuilder b, int r, Comparison cmp, String name, String method, List<Decomposition.Step> steps,
                             boolean numbered) {
        for (int k = 0; k < steps.size(); k++) {
            LeverGroup g = steps.get(k).group();
            String label = (numbered ? (k + 1) + ". " : "") + (cmp.lang.english() ? g.labelEn() : g.labelZh());
            effectRow(b, r++, cmp, new Labels(name, method, label), steps.get(k).effect(), false, true);
        }
        return r;
    }

    /** The label cells of an effect row: the reform, the method (forward, reverse, …) and the lever group or total. */
    private record Labels(String name, String method, String item) { }

    private static void effectRow(SheetBuilder b, int r, Comparison cmp, Labels labels, Effect e, boolean bold, boolean signed) {
        double scale = cmp.scale();
        b.text(r, 0, labels.name(), bold);
        b.text(r, 1, labels.method(), bold);
        b.text(r, 2, labels.item(), bold);
        Fmt money = signed ? Fmt.SCALED_DELTA : Fmt.SCALED, count = signed ? Fmt.COUNT_DELTA : Fmt.COUNT;
        b.number(r, FIRST_VALUE_COL, zero(e.fiscalCost()) / scale, money, bold);
        b.number(r, FIRST_VALUE_COL + 1, zero(e.enrolled()), count, bold);
        b.number(r, FIRST_VALUE_COL + 2, zero(e.horizonFiscalCost()) / scale, money, bold);
        b.number(r, FIRST_VALUE_COL + 3, zero(e.horizonEnrolled()), count, bold);
    }

    /** Rounding noise of a step that does nothing (1e-9 元) shown as the 0 it is, not as "-0". */
    private static double zero(double v) { return Math.abs(v) < 1e-6 ? 0 : v; }

    /** For each output, the largest |forward step - reverse step| of one group. */
    static Effect orderSpread(Decomposition d) {
        double[] m = new double[4];
        for (Decomposition.Step f : d.forward()) {
            for (Decomposition.Step rv : d.reverse()) {
                if (f.group() != rv.group()) continue;
                Effect diff = f.effect().minus(rv.effect());
                m[0] = Math.max(m[0], Math.abs(diff.fiscalCost()));
                m[1] = Math.max(m[1], Math.abs(diff.enrolled()));
                m[2] = Math.max(m[2], Math.abs(diff.horizonFiscalCost()));
                m[3] = Math.max(m[3], Math.abs(diff.horizonEnrolled()));
            }
        }
        return new Effect(m[0], m[1], m[2], m[3]);
    }

    /** The sentence under a reform: the steps add up, how much the order matters, and any difference from the Summary. */
    private static String summary(Comparison cmp, int i, Decomposition d, Effect spread) {
        double worst = 0, worstEnrolled = 0;
        for (List<Decomposition.Step> steps : List.of(d.forward(), d.reverse(), d.shapley())) {
            Effect sum = Effect.ZERO;
            for (Decomposition.Step s : steps) sum = sum.plus(s.effect());
            Effect miss = sum.minus(d.total());
            worst = Math.max(worst, Math.max(Math.abs(miss.fiscalCost()), Math.abs(miss.horizonFiscalCost())));
            worstEnrolled = Math.max(worstEnrolled, Math.max(Math.abs(miss.enrolled()), Math.abs(miss.horizonEnrolled())));
        }
        boolean adds = worst <= 1e-6 * Math.max(1, Math.abs(d.total().horizonFiscalCost())) + 1
                && worstEnrolled <= 1e-6 * Math.max(1, Math.abs(d.total().horizonEnrolled())) + 0.01;
        boolean en = cmp.lang.english();
        StringBuilder s = new StringBuilder(adds
                ? cmp.text("leverEffectsSheet.fourStepsEachOrder")
                : cmp.text("leverEffectsSheet.stepsMissTheTotal", en ? money(worst, true) : Units.money(worst, false)));
        String money = money(spread.horizonFiscalCost(), en), years = Units.count(spread.horizonEnrolled());
        String moneyShare = share(cmp, spread.horizonFiscalCost(), d.total().horizonFiscalCost());
        String yearsShare = share(cmp, spread.horizonEnrolled(), d.total().horizonEnrolled());
        s.append(cmp.text("leverEffectsSheet.twoOrdersCreditOne", money, moneyShare, years, yearsShare))
                .append(orderVerdict(cmp, spread, d.total()));
        // The reform's own result also differs from the baseline's by what it changes besides levers.
        ScenarioResult rr = cmp.results.get(i), rb = cmp.results.get(0);
        double own = horizonFiscal(rr, rb) - horizonFiscal(rb, rb);
        if (!Double.isFinite(own)) {
            s.append(cmp.text("leverEffectsSheet.reformSHorizonDiffers"));
        } else if (Math.abs(own - d.total().horizonFiscalCost()) > 1e-6 * Math.max(1, Math.abs(own)) + 1) {
            String ownDiff = en ? (own >= 0 ? "+" : "−") + money(Math.abs(own), true) : Units.moneyDelta(own, false);
            s.append(cmp.text("leverEffectsSheet.reformAlsoChangesBehaviour", ownDiff));
        }
        return s.toString();
    }

    /** Money in a sentence: 元 / 万元 / 亿元 by size in Chinese; million yuan in English, as the sheet's columns. */
    private static String money(double yuan, boolean english) {
        return english ? Units.decimal(yuan / 1e6, 1) + " million yuan" : Units.money(yuan, false);
    }

    private static String share(Comparison cmp, double part, double total) {
        if (Math.abs(total) < 1e-6) return "";
        return cmp.text("leverEffectsSheet.total", Units.percent(part / Math.abs(total)));
    }

    private static String orderVerdict(Comparison cmp, Effect spread, Effect total) {
        double rel = Math.max(ratio(spread.horizonFiscalCost(), total.horizonFiscalCost()),
                ratio(spread.horizonEnrolled(), total.horizonEnrolled()));
        if (rel <= 0.05) return cmp.text("leverEffectsSheet.orderHardlyMattersGroups");
        return cmp.text("leverEffectsSheet.orderMattersGroupsInteract");
    }

    /** part / |total|; a gap where the total is zero (the groups cancel out) counts as large. */
    private static double ratio(double part, double total) {
        if (Math.abs(total) < 1e-6) return part < 1e-6 ? 0 : Double.POSITIVE_INFINITY;
        return part / Math.abs(total);
    }

    /** Fiscal cost of {@code r} summed over the years of {@code horizon}'s horizon (the decomposition's years). */
    private static double horizonFiscal(ScenarioResult r, ScenarioResult horizon) {
        double f = 0;
        for (YearResult y : horizon.years()) {
            YearResult x = r.year(y.year());
            if (x == null) return Double.NaN;
            f += x.totals().fiscalCost();
        }
        return f;
    }
}
