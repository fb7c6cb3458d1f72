package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * "Why this number": how a district's results in one year were computed, as readable lines of
 * inputs, formulas and values. The numbers are the evaluator's own; the formulas are the
 * equations of docs/model.md with this district's inputs filled in.
 */
public final class Explain {

    /** Unit of a line's value, so the UI can format it. */
    public enum Unit { COUNT, YUAN_MONTH, YUAN_YEAR, SHARE, NUMBER }

    /** One step of the explanation. */
    public record Line(String labelZh, String labelEn, String formula, double value, Unit unit) {}

    private Explain() {}

    public static List<Line> district(Scenario sc, int year, String districtId) {
        Recorder r = new Recorder(districtId, year);
        YearResult y = yearResult(sc, year, r);
        DistrictResult d = y.district(districtId);
        if (d == null) throw new IllegalArgumentException("no district " + districtId);
        List<Line> out = new ArrayList<>();
        for (Recorder.Entry e : r.entries) {
            if (!e.scope().contains("/Q")) out.add(line(e, districtId));
        }
        out.add(new Line("入托率", "Enrolment rate", f("%,.0f / %,.0f", d.enrolled(), d.childrenTotal()), d.enrolmentRate(), Unit.SHARE));
        out.add(new Line("托位使用率", "Utilisation", f("%,.0f / %,.0f", d.enrolled(), d.seats()), d.utilisation(), Unit.SHARE));
        out.add(new Line("一般公共预算", "General budget", "各一般预算分项之和 sum of its components",
                d.accounts().generalBudget(), Unit.YUAN_YEAR));
        out.add(new Line("财政合计（三个账户）", "Fiscal cost, total", "一般预算 + 生育保险基金 + 税式支出", d.fiscalCost(), Unit.YUAN_YEAR));
        return out;
    }

    /** The district's traced lines of one income quintile (scope id/Qn). */
    public static List<Line> quintile(Scenario sc, int year, String districtId, IncomeGroup q) {
        Recorder r = new Recorder(districtId, year);
        yearResult(sc, year, r);
        List<Line> out = new ArrayList<>();
        String scope = districtId + "/" + q.name();
        for (Recorder.Entry e : r.entries) {
            if (e.scope().equals(scope)) out.add(line(e, districtId));
        }
        return out;
    }

    /** A traced quantity as a line; its scope's tail (a mode, a quintile, a component) names which one. */
    private static Line line(Recorder.Entry e, String districtId) {
        Quantity qn = e.quantity();
        String tail = e.scope().length() > districtId.length() ? e.scope().substring(districtId.length() + 1) : "";
        String zh = qn.labelZh(), en = qn.labelEn();
        Mode m = Mode.fromKey(tail);
        FiscalComponent c = FiscalComponent.fromKey(tail);
        if (m != null) {
            zh += "（" + m.labelZh() + "）";
            en += " (" + m.labelEn() + ")";
        } else if (c != null) {
            zh = "财政：" + c.labelZh();
            en = "Fiscal: " + c.labelEn();
        } else if (!tail.isEmpty()) {
            zh += "（" + tail + "）";
            en += " (" + tail + ")";
        }
        return new Line(zh, en, qn.formula(), e.value(), qn.unit());
    }

    /** Collects what the steps write for one district in one year. */
    private static final class Recorder implements Trace {
        record Entry(String scope, Quantity quantity, double value) {}

        final String district;
        final int year;
        final List<Entry> entries = new ArrayList<>();

        Recorder(String district, int year) {
            this.district = district;
            this.year = year;
        }

        @Override
        public boolean wants(String districtId, int y) { return districtId.equals(district) && y == year; }

        @Override
        public void put(String scope, Quantity quantity, double value) { entries.add(new Entry(scope, quantity, value)); }
    }

    /**
     * How an income group's numbers were computed in one year: its income, what a seat costs it net of
     * every subsidy, how many of its families accept that, and the group's totals across the region.
     * With a district, the prices and burdens are that district's; without, the group's region totals.
     */
    public static List<Line> group(Scenario sc, int year, IncomeGroup q, String districtId) {
        YearResult y = yearResult(sc, year);
        int qi = q.ordinal();
        IncomeGroupResult g = y.group(q);
        Behaviour b = sc.behaviour();
        List<Line> out = new ArrayList<>();
        out.add(new Line("全市该组人均可支配收入（元/年）", "City per-capita income of the quintile (yuan a year)",
                "区域数据 y_q region data", sc.region().cityQuintileIncome().get(qi), Unit.NUMBER));
        out.add(new Line("家庭月收入（全市该组均值）", "Household income per month (group mean)",
                "Σ 各区 y_q / 12 × 户均人口 × 儿童 / 儿童", g.householdIncomeMonth(), Unit.YUAN_MONTH));
        if (districtId != null && sc.region().district(districtId) != null) out.addAll(quintile(sc, year, districtId, q));
        out.add(new Line("3岁以下儿童", "Children under 3", "Σ 各区儿童 × mix_d(q)", g.children(), Unit.COUNT));
        out.add(new Line("有送托意向", "Interested families", Quantity.INTERESTED.formula(), g.potentialDemand(), Unit.COUNT));
        out.add(new Line("入托", "Enrolled", Quantity.ENROLLED.formula(), g.enrolled(), Unit.COUNT));
        out.add(new Line("入托率", "Enrolment rate", f("%,.0f / %,.0f", g.enrolled(), g.children()), g.enrolmentRate(), Unit.SHARE));
        out.add(new Line("托不起或不愿送", "Unmet: cannot afford", Quantity.PRICED_OUT.formula(), g.unmetPrice(), Unit.COUNT));
        out.add(new Line("没地托", "Unmet: no seat", "附近没有 + 已满 none in reach + full", g.unmetSeats(), Unit.COUNT));
        out.add(new Line("平均净支出（在托儿童）", "Mean net cost (enrolled children)",
                "max(0, 收费 − 托育券 − 育儿补贴/12 − 扣除 × 边际税率)", g.meanNetCostMonth(), Unit.YUAN_MONTH));
        out.add(new Line("平均净负担", "Mean net burden", "净支出 / 家庭月收入，在托儿童平均", g.meanNetBurden(), Unit.SHARE));
        out.add(new Line("负担超过阈值的家庭", "Families above the threshold",
                f("净负担 > %.0f%% 的有需求家庭占比", b.affordabilityThreshold() * 100), g.shareAboveThreshold(), Unit.SHARE));
        return out;
    }

    /** The year's results, evaluating only up to that year. */
    private static YearResult yearResult(Scenario sc, int year) { return yearResult(sc, year, Trace.NONE); }

    private static YearResult yearResult(Scenario sc, int year, Trace trace) {
        if (year < sc.horizon().firstYear() || year > sc.horizon().lastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside the scenario's horizon "
                    + sc.horizon().firstYear() + "-" + sc.horizon().lastYear());
        }
        return Evaluator.evaluate(sc.withHorizon(new Horizon(sc.horizon().firstYear(), year - sc.horizon().firstYear() + 1)),
                trace).year(year);
    }

    private static String f(String pattern, Object... args) { return String.format(java.util.Locale.ROOT, pattern, args); }
}
