package org.tuoyu.sandbox.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Hukou;
import org.tuoyu.sandbox.engine.HukouGroupResult;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;

/**
 * Sentences written from the results by named templates: every number in them is a slot filled from the
 * engine's result (never typed into the text), and each sentence keeps the value behind each of its numbers so
 * that a test can check them. Used for the summary's findings lines and the brief's text.
 */
final class Findings {

    /** How a slot's value is shown. */
    enum Form { MONEY, MONEY_DELTA, COUNT, COUNT_DELTA, POINTS, RATE, RELATIVE, YUAN, INTEGER, DECIMAL, YEAR, TEXT }

    /** A number (or a name) in a sentence: its slot, the value behind it (元, children, fraction), the text shown. */
    record Quoted(String slot, double value, Form form, String shown) { }

    record Sentence(Template template, String text, List<Quoted> numbers) { }

    /** The templates; {slot} marks where a value goes. */
    /** The templates, by name; their text, with {slot} where a value goes, is in the export bundles (i18n/export*.properties). */
    enum Template {
        SUMMARY_LINE, SUMMARY_LINE_NO_CHILD, COST, OTHER_ACCOUNTS, ENROLMENT, COST_PER_CHILD, COST_PER_CHILD_LATER, NO_EXTRA_CHILD, INCOME_GROUPS, INCOME_GROUPS_FALL, INCOME_GROUPS_MIXED, HUKOU, DISTRICTS, DISTRICTS_FALL, DISTRICTS_MIXED, BAND, BAND_DIFFERENCE, LEAST_CERTAIN_DIFFERENCE, LEAST_CERTAIN, BACKGROUND;

        /** The template's text in a language. */
        String text(Language lang) { return ExportTexts.get(lang, "template." + name()); }
    }

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private Findings() {}

    /** Fills a template's slots; a slot without a value is a bug of the caller, not of the user. */
    static final class Filler {
        private final Language lang;
        private final Map<String, Quoted> slots = new LinkedHashMap<>();

        Filler(Language lang) { this.lang = lang; }

        Filler put(String slot, double value, Form form) {
            slots.put(slot, new Quoted(slot, value, form, format(value, form, lang)));
            return this;
        }

        Filler text(String slot, String text) {
            slots.put(slot, new Quoted(slot, Double.NaN, Form.TEXT, text));
            return this;
        }

        Sentence render(Template t) {
            Matcher m = SLOT.matcher(t.text(lang));
            StringBuilder sb = new StringBuilder();
            List<Quoted> used = new ArrayList<>();
            while (m.find()) {
                Quoted q = slots.get(m.group(1));
                if (q == null) throw new IllegalStateException("template " + t + ": no value for {" + m.group(1) + "}");
                used.add(q);
                m.appendReplacement(sb, Matcher.quoteReplacement(q.shown()));
            }
            m.appendTail(sb);
            return new Sentence(t, sb.toString(), used);
        }
    }

    private static DecimalFormat fmt(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A value as the text shows it; the forms and their precision are what FindingsTest reads back. */
    static String format(double v, Form form, Language lang) {
        if (form != Form.TEXT && !Double.isFinite(v)) return "—";
        boolean en = lang.english();
        switch (form) {
            case MONEY: return money(v, en);
            case MONEY_DELTA: return sign(v, 0.005 * scaleOf(v, en)) + money(Math.abs(v), en);
            case COUNT: return fmt("#,##0").format(v);
            case COUNT_DELTA: return sign(v, 0.5) + fmt("#,##0").format(Math.abs(v));
            case POINTS: return sign(v, 0.0005) + fmt("0.0").format(Math.abs(v) * 100) + ExportTexts.get(lang, "findings.points");
            case RATE: return fmt("0.0").format(v * 100) + "%";
            case RELATIVE: return sign(v, 0.0005) + fmt("0.0").format(Math.abs(v) * 100) + "%";
            case YUAN: return fmt("#,##0").format(v) + (en ? " yuan" : " 元");
            case DECIMAL: return fmt("#,##0.0").format(v);
            case INTEGER:
            case YEAR: return form == Form.YEAR ? String.valueOf((long) v) : fmt("#,##0").format(v);
            default: return "";
        }
    }

    private static String sign(double v, double zero) { return Math.abs(v) < zero ? "±" : v > 0 ? "+" : "−"; }

    /** The unit a sum of money is shown in (元 per unit). */
    static double scaleOf(double yuan, boolean en) {
        double a = Math.abs(yuan);
        if (en) return a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : 1;
        return a >= 1e8 ? 1e8 : a >= 1e5 ? 1e4 : 1;
    }

    static String money(double yuan, boolean en) {
        double s = scaleOf(yuan, en);
        if (s == 1) return fmt("#,##0").format(yuan) + (en ? " yuan" : " 元");
        String num = fmt(s >= 1e8 ? "#,##0.00" : "#,##0.0").format(yuan / s);
        // The larger unit is 亿元 in Chinese and billion yuan in English (scaleOf).
        return num + ExportTexts.get(en ? Language.EN : Language.ZH, s >= 1e8 ? "findings.largeMoneyUnit" : "findings.moneyUnit");
    }

    // ---- the sentences of one reform ---------------------------------------------------------------------

    /** All slots of reform i against the baseline, for any template. */
    static Filler slots(Comparison cmp, int i) {
        ScenarioResult b = cmp.results.get(0), r = cmp.results.get(i);
        YearResult b0 = b.first(), bN = b.last();
        YearResult r0 = orFirst(r, b0.year()), rN = orLast(r, bN.year());
        Filler f = new Filler(cmp.lang).text("name", cmp.name(i))
                .put("first", b0.year(), Form.YEAR).put("last", bN.year(), Form.YEAR)
                .put("rate", cmp.options.discountRate(), Form.RATE);
        double gbCumB = Figures.generalBudget(b), gbCumR = Figures.generalBudget(r);
        f.put("dGbCum", Figures.delta(gbCumR, gbCumB), Form.MONEY_DELTA)
                .put("dGbCumRel", Figures.relative(gbCumR, gbCumB), Form.RELATIVE)
                .put("dGbDisc", Figures.delta(Figures.discounted(r, Account.GENERAL_BUDGET, cmp.options.discountRate()),
                        Figures.discounted(b, Account.GENERAL_BUDGET, cmp.options.discountRate())), Form.MONEY_DELTA)
                .put("dGb0", Figures.delta(r0.accounts().generalBudget(), b0.accounts().generalBudget()), Form.MONEY_DELTA)
                .put("dGb0Rel", Figures.relative(r0.accounts().generalBudget(), b0.accounts().generalBudget()), Form.RELATIVE)
                .put("dGbN", Figures.delta(rN.accounts().generalBudget(), bN.accounts().generalBudget()), Form.MONEY_DELTA)
                .put("dInsCum", Figures.delta(Figures.cumulative(r, Account.INSURANCE_FUND),
                        Figures.cumulative(b, Account.INSURANCE_FUND)), Form.MONEY_DELTA)
                .put("dTaxCum", Figures.delta(Figures.cumulative(r, Account.TAX_EXPENDITURE),
                        Figures.cumulative(b, Account.TAX_EXPENDITURE)), Form.MONEY_DELTA)
                .put("dEnr0", Figures.delta(r0.totals().enrolled(), b0.totals().enrolled()), Form.COUNT_DELTA)
                .put("dEnrN", Figures.delta(rN.totals().enrolled(), bN.totals().enrolled()), Form.COUNT_DELTA)
                .put("dEnrLast", Figures.delta(rN.totals().enrolled(), bN.totals().enrolled()), Form.COUNT_DELTA)
                .put("dRate0", Figures.delta(r0.totals().enrolmentRate(), b0.totals().enrolmentRate()), Form.POINTS)
                .put("dRateN", Figures.delta(rN.totals().enrolmentRate(), bN.totals().enrolmentRate()), Form.POINTS)
                .put("dRateLast", Figures.delta(rN.totals().enrolmentRate(), bN.totals().enrolmentRate()), Form.POINTS)
                .put("cpc0", Figures.costPerAdditionalChildFirstYear(b, r), Form.YUAN)
                .put("cpcH", Figures.costPerAdditionalChildHorizon(b, r), Form.YUAN);
        groups(cmp, f, bN, rN);
        districts(cmp, f, bN, rN);
        return f;
    }

    private static YearResult orFirst(ScenarioResult r, int year) { return r.year(year) != null ? r.year(year) : r.first(); }

    private static YearResult orLast(ScenarioResult r, int year) { return r.year(year) != null ? r.year(year) : r.last(); }

    /** The income groups whose enrolment rate rises most and least in the final year. */
    private static void groups(Comparison cmp, Filler f, YearResult b, YearResult r) {
        IncomeGroup best = null, worst = null;
        double hi = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY;
        for (IncomeGroup g : IncomeGroup.values()) {
            double d = Figures.delta(r.group(g).enrolmentRate(), b.group(g).enrolmentRate());
            if (d > hi) { hi = d; best = g; }
            if (d < lo) { lo = d; worst = g; }
        }
        f.text("bestGroup", cmp.groupName(best)).put("dBest", hi, Form.POINTS)
                .text("worstGroup", cmp.groupName(worst)).put("dWorst", lo, Form.POINTS);
    }

    /** The districts whose enrolment rises most and least in the final year. */
    private static void districts(Comparison cmp, Filler f, YearResult b, YearResult r) {
        DistrictResult best = null, worst = null;
        double hi = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY;
        for (DistrictResult d : r.districts()) {
            DistrictResult bd = b.district(d.id());
            if (bd == null) continue;
            double x = Figures.delta(d.enrolled(), bd.enrolled());
            if (x > hi) { hi = x; best = d; }
            if (x < lo) { lo = x; worst = d; }
        }
        f.text("bestDistrict", best == null ? "—" : cmp.districtName(best)).put("dDistBest", hi, Form.COUNT_DELTA)
                .text("worstDistrict", worst == null ? "—" : cmp.districtName(worst)).put("dDistWorst", lo, Form.COUNT_DELTA);
    }

    /** The summary's one line for reform i. */
    static Sentence summaryLine(Comparison cmp, int i) {
        boolean none = !Double.isFinite(Figures.costPerAdditionalChildHorizon(cmp.results.get(0), cmp.results.get(i)));
        return slots(cmp, i).render(none ? Template.SUMMARY_LINE_NO_CHILD : Template.SUMMARY_LINE);
    }

    /** The brief's paragraph of findings for reform i: cost, the other accounts, enrolment, who gains, bands. */
    static List<Sentence> paragraph(Comparison cmp, int i) {
        Filler f = slots(cmp, i);
        ScenarioResult b = cmp.results.get(0), r = cmp.results.get(i);
        List<Sentence> s = new ArrayList<>();
        s.add(f.render(Template.COST));
        if (Figures.delta(Figures.cumulative(r, Account.INSURANCE_FUND), Figures.cumulative(b, Account.INSURANCE_FUND)) != 0
                || Figures.delta(Figures.cumulative(r, Account.TAX_EXPENDITURE), Figures.cumulative(b, Account.TAX_EXPENDITURE)) != 0) {
            s.add(f.render(Template.OTHER_ACCOUNTS));
        }
        s.add(f.render(Template.ENROLMENT));
        boolean first = Double.isFinite(Figures.costPerAdditionalChildFirstYear(b, r));
        boolean horizon = Double.isFinite(Figures.costPerAdditionalChildHorizon(b, r));
        s.add(f.render(first && horizon ? Template.COST_PER_CHILD : horizon ? Template.COST_PER_CHILD_LATER
                : Template.NO_EXTRA_CHILD));
        // Who gains, when anyone does: a reform that moves no one has no best or worst group.
        if (moves(f, "dBest") || moves(f, "dWorst")) {
            s.add(f.render(bySign(f, "dBest", "dWorst", Template.INCOME_GROUPS, Template.INCOME_GROUPS_FALL,
                    Template.INCOME_GROUPS_MIXED)));
        }
        if (hukou(cmp, f, b.last(), orLast(r, b.last().year()))) s.add(f.render(Template.HUKOU));
        if (moves(f, "dDistBest") || moves(f, "dDistWorst")) {
            s.add(f.render(bySign(f, "dDistBest", "dDistWorst", Template.DISTRICTS, Template.DISTRICTS_FALL,
                    Template.DISTRICTS_MIXED)));
        }
        if (cmp.bands != null) bandSentences(cmp, i, f, s);
        return s;
    }

    /**
     * Fills the hukou slots; true when the region has children without local hukou (its data give a non-hukou share)
     * and the reform moves either group's enrolment rate.
     */
    private static boolean hukou(Comparison cmp, Filler f, YearResult b, YearResult r) {
        if (b.hukouGroups().size() < Hukou.COUNT || r.hukouGroups().size() < Hukou.COUNT) return false;
        HukouGroupResult bl = b.hukou(Hukou.LOCAL), bn = b.hukou(Hukou.NON_LOCAL);
        if (bn.children() < 1) return false;
        f.put("dLocal", Figures.delta(r.hukou(Hukou.LOCAL).enrolmentRate(), bl.enrolmentRate()), Form.POINTS)
                .put("dNonLocal", Figures.delta(r.hukou(Hukou.NON_LOCAL).enrolmentRate(), bn.enrolmentRate()), Form.POINTS)
                .put("nonLocalChildren", bn.children(), Form.COUNT).put("nonLocalRate", bn.enrolmentRate(), Form.RATE);
        return moves(f, "dLocal") || moves(f, "dNonLocal");
    }

    /** True when the slot's value shows as something other than zero. */
    private static boolean moves(Filler f, String slot) { return !f.slots.get(slot).shown().startsWith("±"); }

    /**
     * The wording for who gains most and least: "rises most … least" only when nobody loses, else a reform that
     * lowers enrolment everywhere would read "rises most in 门头沟 (±0)".
     */
    private static Template bySign(Filler f, String best, String worst, Template rise, Template fall, Template mixed) {
        double hi = f.slots.get(best).value(), lo = f.slots.get(worst).value();
        return lo >= 0 ? rise : hi <= 0 ? fall : mixed;
    }

    /**
     * The difference bands of reform i (paired draws) in the shown year when one was chosen, else the final year:
     * general budget and enrolment, then the least certain of the banded differences.
     */
    private static void differenceSentences(Comparison cmp, int i, Filler f, List<Sentence> s) {
        int year = cmp.options.year() != null ? cmp.shownYear : cmp.results.get(0).last().year();
        FiscalBands fb = cmp.bands;
        org.tuoyu.sandbox.engine.Band gb = fb.difference(i, Indicator.GENERAL_BUDGET, year);
        org.tuoyu.sandbox.engine.Band en = fb.difference(i, Indicator.ENROLLED, year);
        if (gb == null || en == null) return;
        f.put("draws", fb.draws(), Form.INTEGER).put("seed", fb.seed(), Form.INTEGER).put("year", year, Form.YEAR)
                .text("recalibrated", fb.recalibrated() ? cmp.text("findings.baselineReCalibratedEvery") : "")
                .put("dp5", gb.p5(), Form.MONEY_DELTA).put("dp95", gb.p95(), Form.MONEY_DELTA)
                .put("ep5", en.p5(), Form.COUNT_DELTA).put("ep95", en.p95(), Form.COUNT_DELTA);
        // A reform that moves neither figure in any draw (a leave reform's general budget) has no band to state.
        if (!moves(f, "dp5") && !moves(f, "dp95") && !moves(f, "ep5") && !moves(f, "ep95")) return;
        s.add(f.render(Template.BAND_DIFFERENCE));
        Indicator widest = null;
        double most = 0;
        for (Indicator ind : List.of(Indicator.GENERAL_BUDGET, Indicator.INSURANCE_FUND, Indicator.TAX_EXPENDITURE,
                Indicator.ENROLLED)) {
            org.tuoyu.sandbox.engine.Band b = fb.difference(i, ind, year);
            // A difference whose median is (nearly) nought has no relative width worth a sentence.
            if (b == null || Math.abs(b.p50()) < (ind == Indicator.ENROLLED ? 1 : 1e4)) continue;
            double w = b.width() / Math.abs(b.p50());
            if (w > most) {
                most = w;
                widest = ind;
            }
        }
        if (widest == null) return;
        f.text("what", widest.label(cmp.lang.english())).put("width", most, Form.RATE);
        s.add(f.render(Template.LEAST_CERTAIN_DIFFERENCE));
    }

    private static void bandSentences(Comparison cmp, int i, Filler f, List<Sentence> s) {
        if (cmp.bands.differences() != null) {
            differenceSentences(cmp, i, f, s);
            return;
        }
        FiscalBands.Band fr = SummarySheet.band(cmp, i, true), fb = SummarySheet.band(cmp, 0, true);
        FiscalBands.Band er = SummarySheet.band(cmp, i, false);
        if (fr == null || fb == null) return;
        f.put("draws", cmp.bands.draws(), Form.INTEGER).put("seed", cmp.bands.seed(), Form.INTEGER)
                .put("year", cmp.shownYear, Form.YEAR).put("p5", fr.p5(), Form.MONEY).put("p95", fr.p95(), Form.MONEY)
                .put("bp5", fb.p5(), Form.MONEY).put("bp95", fb.p95(), Form.MONEY);
        s.add(f.render(Template.BAND));
        double wf = width(fr), we = er == null ? Double.NaN : width(er);
        boolean fiscalLess = !(we > wf);
        f.text("what", fiscalLess ? cmp.text("findings.fiscalCost") : cmp.text("findings.enrolmentRate"))
                .put("width", fiscalLess ? wf : we, Form.RATE);
        if (Double.isFinite(fiscalLess ? wf : we)) s.add(f.render(Template.LEAST_CERTAIN));
    }

    /** Width of a band relative to its median (NaN for a zero median). */
    static double width(FiscalBands.Band b) { return b.p50() == 0 ? Double.NaN : (b.p95() - b.p5()) / Math.abs(b.p50()); }

    /** The baseline's situation in figures: the brief's 背景. */
    static Sentence background(Comparison cmp) {
        YearResult y = cmp.results.get(0).first();
        return new Filler(cmp.lang).text("region", cmp.regionName()).put("year", y.year(), Form.YEAR)
                .put("population", y.totals().population(), Form.COUNT).put("children", y.totals().children(), Form.COUNT)
                .put("seats", y.totals().seats(), Form.COUNT).put("perThousand", y.totals().seatsPerThousand(), Form.DECIMAL)
                .put("enrolled", y.totals().enrolled(), Form.COUNT).put("rate", y.totals().enrolmentRate(), Form.RATE)
                .put("utilisation", y.totals().utilisation(), Form.RATE).put("gb", y.accounts().generalBudget(), Form.MONEY)
                .render(Template.BACKGROUND);
    }
}
