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
        String group = cmp.text("common.description");
        String flag = cmp.text("optimisedRows.optimised");
        row(b, r, cmp, scenario, group, "optimised.minimise", cmp.text("optimisedRows.costMinimised") + op.minimise()
                + (op.discount() > 0 ? cmp.text("optimisedRows.discountedAt") + Units.percent(op.discount()) : ""), flag);
        b.number(r, LeverSheet.VALUE_COL, op.cost(), Fmt.YUAN);
        b.text(r, 6, cmp.text("common.yuan"));
        b.wrapped(r++, 8, op.feasible() ? cmp.text("optimisedRows.everyTargetMetWithin")
                : cmp.text("optimisedRows.targetsCannotAllBe"));
        for (OptimisedProblem.Lever l : op.levers()) {
            row(b, r, cmp, scenario, group, "optimised.levers." + l.lever(), cmp.text("optimisedRows.leverSearched") + l.lever()
                    + (l.from() == null ? "" : cmp.text("optimisedRows.from", l.from())), flag);
            b.number(r, LeverSheet.VALUE_COL, l.value(), Fmt.DECIMAL);
            b.wrapped(r++, 8, cmp.text("optimisedRows.bounds") + Units.decimal(l.min(), 2) + " – " + Units.decimal(l.max(), 2));
        }
        for (OptimisedProblem.Goal g : op.targets()) {
            row(b, r, cmp, scenario, group, "optimised.targets", cmp.text("optimisedRows.target") + g.target() + " @" + g.year(), flag);
            b.number(r, LeverSheet.VALUE_COL, g.value(), Fmt.PRECISE);
            String cost = Double.isFinite(g.costOfTarget()) ? cmp.text("optimisedRows.itsCostSavedWithout")
                    + Units.money(g.costOfTarget(), cmp.lang.english()) : "";
            b.wrapped(r++, 8, (g.met() ? cmp.text("optimisedRows.met") : cmp.text("optimisedRows.notMet"))
                    + (g.active() ? cmp.text("optimisedRows.binding") : cmp.text("optimisedRows.notBinding")) + cost);
        }
        return r;
    }

    private static void row(SheetBuilder b, int r, Comparison cmp, String scenario, String group, String key, String label,
                            String flag) {
        b.text(r, 0, scenario);
        b.text(r, LeverSheet.SCOPE_COL, cmp.text("common.regionWide"));
        b.text(r, 2, group);
        b.text(r, LeverSheet.KEY_COL, key);
        b.text(r, 4, label);
        b.text(r, LeverSheet.FLAG_COL, flag);
    }
}
