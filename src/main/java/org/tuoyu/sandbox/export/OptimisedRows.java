package org.tuoyu.sandbox.export;

import org.tuoyu.sandbox.export.Styles.Fmt;
import org.tuoyu.sandbox.scenario.OptimisedProblem;

/**
 * The rows of 参数 that state an optimised reform's problem (its {@code optimised:} block, docs/decide.md): what was
 * minimised and at what cost, each lever searched with its bounds and the answer, each target with its value, whether
 * it is met and binding, and what it costs.
 */
final class OptimisedRows {

    private OptimisedRows() {}

    static int write(SheetBuilder b, int r, Comparison cmp, String scenario, OptimisedProblem op) {
        String group = cmp.t("方案说明", "description");
        String flag = cmp.t("优化求得", "optimised");
        row(b, r, cmp, scenario, group, "optimised.minimise", cmp.t("最小化的成本：", "Cost minimised: ") + op.minimise()
                + (op.discount() > 0 ? cmp.t("，贴现率 ", ", discounted at ") + Units.percent(op.discount()) : ""), flag);
        b.number(r, LeverSheet.VALUE_COL, op.cost(), Fmt.YUAN);
        b.text(r, 6, cmp.t("元", "yuan"));
        b.wrapped(r++, 8, op.feasible() ? cmp.t("所有目标均在杠杆范围内达到。", "Every target is met within the levers' bounds.")
                : cmp.t("在杠杆范围内无法同时达到所有目标：所给杠杆为最接近者。",
                        "The targets cannot all be met within the bounds: these levers come closest."));
        for (OptimisedProblem.Lever l : op.levers()) {
            row(b, r, cmp, scenario, group, "optimised.levers." + l.lever(), cmp.t("搜索的杠杆 ", "Lever searched ") + l.lever()
                    + (l.from() == null ? "" : cmp.t("（自 " + l.from() + " 年）", " (from " + l.from() + ")")), flag);
            b.number(r, LeverSheet.VALUE_COL, l.value(), Fmt.DECIMAL);
            b.wrapped(r++, 8, cmp.t("范围 ", "bounds ") + Units.decimal(l.min(), 2) + " – " + Units.decimal(l.max(), 2));
        }
        for (OptimisedProblem.Goal g : op.targets()) {
            row(b, r, cmp, scenario, group, "optimised.targets", cmp.t("目标 ", "Target ") + g.target() + " @" + g.year(), flag);
            b.number(r, LeverSheet.VALUE_COL, g.value(), Fmt.PRECISE);
            String cost = Double.isFinite(g.costOfTarget()) ? cmp.t("；该目标的成本（去掉它可省下）", "; its cost (saved without it) ")
                    + Units.money(g.costOfTarget(), cmp.lang.english()) : "";
            b.wrapped(r++, 8, (g.met() ? cmp.t("已达到", "met") : cmp.t("未达到", "not met"))
                    + (g.active() ? cmp.t("，起约束作用", ", binding") : cmp.t("，不起约束作用", ", not binding")) + cost);
        }
        return r;
    }

    private static void row(SheetBuilder b, int r, Comparison cmp, String scenario, String group, String key, String label,
                            String flag) {
        b.text(r, 0, scenario);
        b.text(r, LeverSheet.SCOPE_COL, cmp.t("全市", "Region-wide"));
        b.text(r, 2, group);
        b.text(r, LeverSheet.KEY_COL, key);
        b.text(r, 4, label);
        b.text(r, LeverSheet.FLAG_COL, flag);
    }
}
