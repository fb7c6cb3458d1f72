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
    static final String FORWARD_ZH = "正向顺序：补供方→补需方→假期→托位", FORWARD_EN = "In order: supply → demand → leave → seats";
    static final String REVERSE_ZH = "反向顺序：托位→假期→补需方→补供方", REVERSE_EN = "Reverse order: seats → leave → demand → supply";
    static final String SHAPLEY_ZH = "Shapley 值（24 种顺序的平均）", SHAPLEY_EN = "Shapley value (average over all 24 orders)";
    static final String TOTAL_ZH = "总变化", TOTAL_EN = "Total change";
    static final String ORDER_ZH = "顺序影响", ORDER_EN = "Order dependence";

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
            return new Entry(i, null, cmp.t("该方案的地区数据与基线的不同（同一地区，但数据有改动），无法只按杠杆分解。",
                    "its region data differ from the baseline's (same region, changed data), so it cannot be split by levers alone."));
        }
        try {
            return new Entry(i, Decomposition.of(base, reform), null);
        } catch (RuntimeException e) {
            return new Entry(i, null, cmp.t("无法分解：", "cannot be decomposed: ") + e.getMessage());
        }
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp, List<Entry> entries) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        ScenarioResult base = cmp.results.get(0);
        int first = base.first().year(), last = base.last().year();
        String su = cmp.scaledUnit();
        b.title(0, cmp.t("政策分解 — 各组杠杆对改革效果的贡献", "Lever effects — what each group of levers contributes to a reform"));
        b.note(1, cmp.t("从基线出发，把一组杠杆换成改革方案的取值，其带来的变化归于该组；正向顺序依次为补供方、补需方、假期、托位，反向顺序从托位开始。",
                "Starting from the baseline, one group of levers at a time is switched to the reform's values and the change it makes "
                        + "is credited to that group: in order supply, demand, leave, seats, and in the reverse order."));
        b.note(2, cmp.t("模型不是可加的（有托位时托育券才用得上），两种顺序的归因可能不同；Shapley 值是一组杠杆在全部 24 种顺序下贡献的平均，与顺序无关。"
                        + "三种分解各自相加都等于总变化。全程使用基线的行为参数和期间。",
                "The model is not additive (a voucher is worth more when there are seats to use it on), so the two orders can "
                        + "credit a group differently; the Shapley value averages a group's contribution over all 24 orders and does not "
                        + "depend on order. Each of the three adds up to the total change. The baseline's behaviour and horizon are used throughout."));
        b.note(3, cmp.t("托位从数据年份的下一年起建设，所以首年（" + first + " 年）托位一组的作用为零，期内合计列显示其作用。",
                "Seats are built from the year after the data year, so the seats group does nothing in the first year ("
                        + first + "); the horizon columns show its effect."));
        b.headers(HEADER_ROW, 0, cmp.t("改革方案", "Reform"), cmp.t("分解方法", "Method"), cmp.t("杠杆组", "Lever group"),
                // Line breaks of our own, before the unit, so that a narrow column never splits "（万元）" in two.
                cmp.t("Δ财政成本\n" + first + " 年\n（" + su + "）", "Δ fiscal cost\n" + first + "\n(" + su + ")"),
                cmp.t("Δ入托人数\n" + first + " 年\n（人）", "Δ enrolled\n" + first + "\n(children)"),
                cmp.t("Δ财政成本\n期内合计 " + first + "–" + last + "\n（" + su + "）",
                        "Δ fiscal cost\n" + first + "–" + last + "\n(" + su + ")"),
                cmp.t("Δ入托\n期内合计 " + first + "–" + last + "\n（人·年）", "Δ enrolled\n" + first + "–" + last + "\n(child-years)"));
        int r = HEADER_ROW + 1;
        if (entries.isEmpty()) {
            b.text(r++, 0, cmp.t("只有基线，没有改革方案可分解。", "Only a baseline: there is no reform to decompose."));
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
            r = block(b, r, cmp, name, cmp.t(FORWARD_ZH, FORWARD_EN), d.forward(), true);
            r = block(b, r, cmp, name, cmp.t(REVERSE_ZH, REVERSE_EN), d.reverse(), true);
            r = block(b, r, cmp, name, cmp.t(SHAPLEY_ZH, SHAPLEY_EN), d.shapley(), false);
            effectRow(b, r++, cmp, name, cmp.t(TOTAL_ZH, TOTAL_EN), cmp.t("全部四组", "all four groups"), d.total(), true, true);
            Effect spread = orderSpread(d);
            effectRow(b, r++, cmp, name, cmp.t(ORDER_ZH, ORDER_EN),
                    cmp.t("两种顺序对同一组归因之差的最大值", "largest gap between the two orders for one group"), spread, false, false);
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
            effectRow(b, r++, cmp, name, method, label, steps.get(k).effect(), false, true);
        }
        return r;
    }

    private static void effectRow(SheetBuilder b, int r, Comparison cmp, String name, String method, String item, Effect e,
                                  boolean bold, boolean signed) {
        double scale = cmp.scale();
        b.text(r, 0, name, bold);
        b.text(r, 1, method, bold);
        b.text(r, 2, item, bold);
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
                ? cmp.t("正向、反向和 Shapley 三种分解各自的四项之和都等于总变化。", "The four steps of each order, and the four Shapley values, add up to the total change. ")
                : cmp.t("注意：四项之和与总变化相差 " + Units.money(worst, false) + "。", "Note: the steps miss the total by " + money(worst, true) + ". "));
        String money = money(spread.horizonFiscalCost(), en), years = Units.count(spread.horizonEnrolled());
        String moneyShare = share(cmp, spread.horizonFiscalCost(), d.total().horizonFiscalCost());
        String yearsShare = share(cmp, spread.horizonEnrolled(), d.total().horizonEnrolled());
        s.append(cmp.t("两种顺序对同一组杠杆的归因最多相差：期内财政成本 " + money + moneyShare + "，期内入托 " + years + " 人·年" + yearsShare + "。",
                "The two orders' credit for one group differs by at most " + money + " of fiscal cost over the horizon" + moneyShare
                        + " and " + years + " child-years of enrolment" + yearsShare + ". "))
                .append(orderVerdict(cmp, spread, d.total()));
        // The reform's own result also differs from the baseline's by what it changes besides levers.
        ScenarioResult rr = cmp.results.get(i), rb = cmp.results.get(0);
        double own = horizonFiscal(rr, rb) - horizonFiscal(rb, rb);
        if (!Double.isFinite(own)) {
            s.append(cmp.t("该方案的期间与基线不同；此处按基线的期间分解杠杆的作用。",
                    " The reform's horizon differs from the baseline's; the levers are split over the baseline's horizon."));
        } else if (Math.abs(own - d.total().horizonFiscalCost()) > 1e-6 * Math.max(1, Math.abs(own)) + 1) {
            s.append(cmp.t("该方案还改变了行为参数或期间：它与基线的期内财政成本之差为 " + Units.moneyDelta(own, false)
                            + "（见“概览”），此处只分解杠杆的作用。",
                    " The reform also changes behaviour or the horizon: its fiscal cost over the horizon differs from the baseline's by "
                            + (own >= 0 ? "+" : "−") + money(Math.abs(own), true) + " (see Summary); only the levers' part is split here."));
        }
        return s.toString();
    }

    /** Money in a sentence: 元 / 万元 / 亿元 by size in Chinese; million yuan in English, as the sheet's columns. */
    private static String money(double yuan, boolean english) {
        return english ? Units.decimal(yuan / 1e6, 1) + " million yuan" : Units.money(yuan, false);
    }

    private static String share(Comparison cmp, double part, double total) {
        if (Math.abs(total) < 1e-6) return "";
        return cmp.t("（总变化的 " + Units.percent(part / Math.abs(total)) + "）", " (" + Units.percent(part / Math.abs(total)) + " of the total)");
    }

    private static String orderVerdict(Comparison cmp, Effect spread, Effect total) {
        double rel = Math.max(ratio(spread.horizonFiscalCost(), total.horizonFiscalCost()),
                ratio(spread.horizonEnrolled(), total.horizonEnrolled()));
        if (rel <= 0.05) return cmp.t("顺序影响很小，各组的作用基本可加。", "The order hardly matters: the groups' effects nearly add up.");
        return cmp.t("顺序有明显影响（各组杠杆相互作用），宜以 Shapley 值为准。",
                "The order matters (the groups interact); read the Shapley values.");
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
