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
        YearResult y = yearResult(sc, year);
        DistrictResult d = y.district(districtId);
        if (d == null) throw new IllegalArgumentException("no district " + districtId);
        District dist = sc.region().district(districtId);
        LeverValues l = sc.levers().at(districtId, year);
        Behaviour b = sc.behaviour();
        List<Line> out = new ArrayList<>();
        double hh = dist.householdIncomeMonth();
        out.add(new Line("家庭月收入（均值）", "Household income per month (mean)",
                f("%,.0f / 12 × %.2f", dist.incomePerCapitaYear(), dist.householdSize()), hh, Unit.YUAN_MONTH));
        double cap = l.get(LeverKey.FEE_CAP_SHARE) * hh;
        out.add(new Line("普惠收费上限", "Inclusive fee cap", f("%.0f%% × %,.0f", l.get(LeverKey.FEE_CAP_SHARE) * 100, hh),
                cap, Unit.YUAN_MONTH));
        out.add(new Line("普惠托位收费", "Inclusive fee",
                Double.isNaN(dist.fees().inclusive()) ? "收费上限 fee cap" : f("min(%,.0f, %,.0f, 市场价 %,.0f)",
                        dist.fees().inclusive(), cap, dist.fees().market()), d.inclusiveFee(), Unit.YUAN_MONTH));
        out.add(new Line("市场化托位收费", "Market fee", "区数据 region data", d.marketFee(), Unit.YUAN_MONTH));
        out.add(new Line("3岁以下儿童", "Children under 3", f("%,.0f + %,.0f + %,.0f (A0 + A1 + A2)",
                d.children().a0(), d.children().a1(), d.children().a2()), d.childrenTotal(), Unit.COUNT));
        double leave = Evaluator.leaveFactor(l, b);
        out.add(new Line("假期对0-1岁需求的系数", "Leave factor on A0 demand",
                f("1 − %.2f × min(1, (%.0f + %.0f × %.0f + 2 × %.0f) / 365)", b.leaveEffect(), l.get(LeverKey.MATERNITY_DAYS),
                        1 - b.paternityOverlap(), l.get(LeverKey.PATERNITY_DAYS), l.get(LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR)),
                leave, Unit.NUMBER));
        out.add(new Line("潜在需求", "Potential demand",
                f("%.3f × (%.3f × %.2f × %,.0f + %.3f × %,.0f + %.3f × %,.0f)", b.potentialDemandShare(),
                        b.ageWeights().a0(), leave, d.children().a0(), b.ageWeights().a1(), d.children().a1(),
                        b.ageWeights().a2(), d.children().a2()), d.potentialDemand(), Unit.COUNT));
        double burden = d.inclusiveFee() / hh;
        out.add(new Line("均值家庭的普惠负担", "Inclusive burden, mean household", f("%,.0f / %,.0f", d.inclusiveFee(), hh),
                burden, Unit.SHARE));
        out.add(new Line("愿意支付的比例（均值家庭）", "Share willing to pay, mean household",
                f("1 / (1 + exp((%.3f − %.3f) / %.3f))", burden, b.willingness().b50(), b.willingness().s()),
                b.willingness().willing(burden), Unit.SHARE));
        double access = d.seats() > 0 ? d.effectiveSeats() / d.seats() : 0;
        out.add(new Line("有效托位", "Effective seats", f("%,.0f × %.3f (社区嵌入 1.0, 其他 %.2f)", d.seats(), access, b.matchFactor()),
                d.effectiveSeats(), Unit.COUNT));
        out.add(new Line("入托（普惠）", "Enrolled, inclusive", "按价格接受度与配给 by acceptance and rationing",
                d.enrolledInclusive(), Unit.COUNT));
        out.add(new Line("入托（市场化）", "Enrolled, market", "被配给出普惠托位者按市场价重新考虑 rationed families at the market fee",
                d.enrolledMarket(), Unit.COUNT));
        out.add(new Line("入托率", "Enrolment rate", f("%,.0f / %,.0f", d.enrolled(), d.childrenTotal()), d.enrolmentRate(), Unit.SHARE));
        out.add(new Line("托位使用率", "Utilisation", f("%,.0f / %,.0f", d.enrolled(), d.seats()), d.utilisation(), Unit.SHARE));
        out.add(new Line("托不起", "Unmet: cannot afford", "潜在需求 × (1 − 最便宜托位的接受率)", d.unmetPrice(), Unit.COUNT));
        out.add(new Line("没地托", "Unmet: no seat", "潜在需求 − 入托 − 托不起", d.unmetSeats(), Unit.COUNT));
        for (FiscalComponent c : FiscalComponent.values()) {
            double v = d.fiscal().get(c);
            if (v != 0) out.add(new Line("财政：" + c.labelZh(), "Fiscal: " + c.labelEn(), formula(c, d, l, b), v, Unit.YUAN_YEAR));
        }
        out.add(new Line("财政合计", "Fiscal cost, total", "各项之和 sum of components", d.fiscalCost(), Unit.YUAN_YEAR));
        out.add(new Line("普惠机构保本使用率", "Inclusive provider break-even utilisation",
                "固定成本 / (收费 + 运营补贴 − 变动成本) fixed / (fee + subsidy − variable)", d.breakEvenUtilisation(), Unit.SHARE));
        out.add(new Line("普惠机构每托位月盈亏", "Inclusive provider margin per seat-month",
                "使用率 × 单位贡献 − 固定成本", d.providerMarginPerSeatMonth(), Unit.YUAN_MONTH));
        return out;
    }

    /**
     * How an income group's numbers were computed in one year: its income, what a seat costs it net of
     * every subsidy, how many of its families accept that, and the group's totals across the region.
     * With a district, the prices and burdens are that district's; without, the group's region totals.
     */
    public static List<Line> group(Scenario sc, int year, IncomeGroup q, String districtId) {
        YearResult y = yearResult(sc, year);
        IncomeDistribution inc = sc.region().income();
        int qi = q.ordinal();
        IncomeGroupResult g = y.group(q);
        Behaviour b = sc.behaviour();
        List<Line> out = new ArrayList<>();
        out.add(new Line("收入倍数（相对区均值）", "Income multiplier (of the district mean)", "区数据 region data",
                inc.multipliers().get(qi), Unit.NUMBER));
        out.add(new Line("家庭月收入（全市该组均值）", "Household income per month (group mean)",
                "Σ 各区家庭月收入 × 倍数 × 儿童 / 儿童", g.householdIncomeMonth(), Unit.YUAN_MONTH));
        District dist = districtId == null ? null : sc.region().district(districtId);
        DistrictResult d = districtId == null ? null : y.district(districtId);
        if (dist != null && d != null) {
            LeverValues l = sc.levers().at(districtId, year);
            double income = dist.householdIncomeMonth() * inc.multipliers().get(qi);
            out.add(new Line(dist.nameZh() + "：该组家庭月收入", dist.nameEn() + ": household income per month",
                    f("%,.0f × %.3f", dist.householdIncomeMonth(), inc.multipliers().get(qi)), income, Unit.YUAN_MONTH));
            boolean voucher = q.rank() <= l.get(LeverKey.TARGET_MAX_QUINTILE);
            double v = voucher ? Math.min(l.voucher().a2(), d.inclusiveFee()) : 0;
            double price = d.inclusiveFee() - v;
            out.add(new Line("普惠托位净价（2-3岁，符合托育券条件）", "Inclusive net price (24-35 months, voucher-eligible)",
                    f("%,.0f − 托育券 %,.0f", d.inclusiveFee(), v), price, Unit.YUAN_MONTH));
            out.add(new Line("价格负担", "Price burden", f("%,.0f / %,.0f", price, income), price / income, Unit.SHARE));
            out.add(new Line("愿意支付的比例", "Share willing to pay",
                    f("1 / (1 + exp((%.3f − %.3f) / %.3f))", price / income, b.willingness().b50(), b.willingness().s()),
                    b.willingness().willing(price / income), Unit.SHARE));
            double offset = l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR) / 12
                    + l.get(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH) * inc.marginalTaxRate().get(qi);
            out.add(new Line("育儿补贴与个税扣除（每月）", "Allowance and tax saving per month",
                    f("%,.0f / 12 + %,.0f × 边际税率 %.0f%%", l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR),
                            l.get(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH), inc.marginalTaxRate().get(qi) * 100),
                    offset, Unit.YUAN_MONTH));
            double net = Math.max(0, price - offset);
            out.add(new Line("净负担（普惠托位）", "Net burden at an inclusive seat",
                    f("max(0, %,.0f − %,.0f) / %,.0f", price, offset, income), net / income, Unit.SHARE));
        }
        out.add(new Line("3岁以下儿童", "Children under 3", f("Σ 儿童 × 该组家庭占比 %.2f", inc.familyShares().get(qi)),
                g.children(), Unit.COUNT));
        out.add(new Line("潜在需求", "Potential demand", "Σ 各区各年龄段潜在需求 × 该组占比", g.potentialDemand(), Unit.COUNT));
        out.add(new Line("入托", "Enrolled", "按价格接受度与配给 by acceptance and rationing", g.enrolled(), Unit.COUNT));
        out.add(new Line("入托率", "Enrolment rate", f("%,.0f / %,.0f", g.enrolled(), g.children()), g.enrolmentRate(), Unit.SHARE));
        out.add(new Line("托不起", "Unmet: cannot afford", "潜在需求 × (1 − 最便宜托位的接受率)", g.unmetPrice(), Unit.COUNT));
        out.add(new Line("没地托", "Unmet: no seat", "潜在需求 − 入托 − 托不起", g.unmetSeats(), Unit.COUNT));
        out.add(new Line("平均净支出（在托儿童）", "Mean net cost (enrolled children)",
                "max(0, 收费 − 托育券 − 育儿补贴/12 − 扣除 × 边际税率)", g.meanNetCostMonth(), Unit.YUAN_MONTH));
        out.add(new Line("平均净负担", "Mean net burden", "净支出 / 家庭月收入，在托儿童平均", g.meanNetBurden(), Unit.SHARE));
        out.add(new Line("负担超过阈值的家庭", "Families above the threshold",
                f("净负担 > %.0f%% 的有需求家庭占比", b.affordabilityThreshold() * 100), g.shareAboveThreshold(), Unit.SHARE));
        return out;
    }

    /** The year's results, evaluating only up to that year. */
    private static YearResult yearResult(Scenario sc, int year) {
        if (year < sc.horizon().firstYear() || year > sc.horizon().lastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside the scenario's horizon "
                    + sc.horizon().firstYear() + "-" + sc.horizon().lastYear());
        }
        return Evaluator.evaluate(sc.withHorizon(new Horizon(sc.horizon().firstYear(), year - sc.horizon().firstYear() + 1)))
                .year(year);
    }

    private static String formula(FiscalComponent c, DistrictResult d, LeverValues l, Behaviour b) {
        switch (c) {
            case OPERATING_SUBSIDY:
                return f("普惠在托 %,.0f × 补贴 %s 元/月 × %.0f 月", d.enrolledInclusive(), bands(l.operatingSubsidy()), b.monthsPerYear());
            case VOUCHERS:
                return f("符合条件的在托儿童 × 托育券 %s 元/月 × %.0f 月", bands(l.voucher()), b.monthsPerYear());
            case ALLOWANCE:
                return f("%,.0f 名儿童 × %,.0f 元/年", d.childrenTotal(), l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR));
            case TAX_EXPENDITURE:
                return f("%,.0f 名儿童 × %,.0f 元/月 × 12 × 各收入组边际税率", d.childrenTotal(),
                        l.get(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH));
            case MATERNITY_ALLOWANCE:
                return f("%.0f 天 × 日均缴费工资 × 参保生育数（%,.0f 名出生 × 参保比例）", l.get(LeverKey.MATERNITY_ALLOWANCE_DAYS),
                        d.children().a0());
            case RENT_SUBSIDY:
                return f("%,.0f 元/托位/月 × 12 × 普惠托位 %,.0f", l.get(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH),
                        d.inclusiveSeats() + d.toddlerClassSeats());
            case SEAT_GRANTS:
                return f("%,.0f 元 × 本年新增及认定普惠托位", l.get(LeverKey.GRANT_PER_NEW_SEAT));
            case INSTITUTION_GRANTS:
                return f("%,.0f 元 × 新增托位 %,.0f / 每机构托位数", l.get(LeverKey.GRANT_PER_NEW_INSTITUTION), d.newSeats());
            case STAFF_GRANTS:
                return f("%,.0f 元 × 新增托位 %,.0f × 每托位保育人员", l.get(LeverKey.GRANT_PER_CERTIFIED_WORKER), d.newSeats());
            default:
                return f("%,.0f 元 × 本年新增社区嵌入式托位", l.get(LeverKey.BUILD_COST_PER_SEAT));
        }
    }

    private static String bands(ByAge v) { return f("%.0f/%.0f/%.0f", v.a0(), v.a1(), v.a2()); }

    private static String f(String pattern, Object... args) { return String.format(java.util.Locale.ROOT, pattern, args); }
}
