package org.tuoyu.sandbox.decide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.OptimisedProblem;
import org.tuoyu.sandbox.scenario.Provenance;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The optimiser's answer as a reform of the scenario it started from: a document that extends it, whose
 * description states the problem (what was minimised, for which targets, under which bounds) and the answer, and
 * whose moved levers carry flag X ("derived here by a stated rule") with the problem as their source. Saving it is
 * the caller's (ScenarioFiles.save writes atomically). The problem is also written as a machine-readable
 * {@code optimised:} block ({@link OptimisedProblem}), which the workbook's 参数 sheet shows.
 */
public final class OptimisedReform {

    private OptimisedReform() {}

    public static ScenarioDocument of(ScenarioDocument base, Optimum o, Location at) {
        Problem p = o.problem();
        String targetsText = targets(p.targets());
        String nameZh = base.name() + "（优化：" + (targetsText.isEmpty() ? "最低成本" : targetsText) + "）";
        String nameEn = base.nameEn() + " (optimised: " + (targetsText.isEmpty() ? "least cost" : targetsText) + ")";
        // The base's sources stay with the values the search did not move, so the file lists only the changes.
        Map<String, Provenance> sources = new LinkedHashMap<>(base.leverProvenance());
        String rule = "optimise: least " + p.cost() + " subject to " + (targetsText.isEmpty() ? "no targets" : targetsText)
                + ", levers " + bounds(p.levers());
        for (DecisionLever l : p.levers()) sources.put(l.path(), new Provenance("X", rule));
        return ScenarioDocument.reformOf(base, at, o.scenario().withName(nameZh)).name(nameZh, nameEn)
                .description(describeZh(o), describeEn(o)).source(rule).leverProvenance(sources).optimised(problem(o))
                .build();
    }

    /** The problem and the answer as the file's machine-readable {@code optimised:} block. */
    public static OptimisedProblem problem(Optimum o) {
        Problem p = o.problem();
        List<OptimisedProblem.Lever> levers = new ArrayList<>();
        for (DecisionLever l : p.levers()) {
            Double v = o.levers().get(l.label());
            levers.add(new OptimisedProblem.Lever(l.path(), l.from(), l.min(), l.max(), v == null ? Double.NaN : l.applicable(v)));
        }
        List<OptimisedProblem.Goal> goals = new ArrayList<>();
        for (TargetOutcome t : o.targets()) {
            goals.add(new OptimisedProblem.Goal(t.target().toString(), t.target().year(), t.value(), t.met(), t.active(),
                    t.costOfTarget()));
        }
        return new OptimisedProblem(p.cost().toString(), p.cost().discountRate(), o.feasible(), o.cost(), levers, goals);
    }

    /** The problem and the answer, in English: what a reader of the file needs to trust or re-run it. */
    public static String describeEn(Optimum o) {
        Problem p = o.problem();
        StringBuilder b = new StringBuilder();
        b.append("Optimised by the sandbox (optimise): the least ").append(p.cost().describeEn());
        b.append(p.targets().isEmpty() ? " with no targets" : " such that " + targetsWithYears(p.targets()));
        b.append(", moving ").append(bounds(p.levers())).append(" (other levers as in the scenario it extends). ");
        if (!o.feasible()) b.append("The targets cannot all be met within these bounds; these levers come closest. ");
        b.append("Answer: ");
        int i = 0;
        for (Map.Entry<String, Double> e : o.levers().entrySet()) {
            if (i++ > 0) b.append(", ");
            b.append(e.getKey()).append(" = ").append(num(e.getValue()));
        }
        b.append("; cost ").append(money(o.cost())).append(" yuan.");
        for (TargetOutcome t : o.targets()) {
            b.append(' ').append(t.target()).append(" in ").append(t.target().year()).append(": ").append(num(t.value()))
                    .append(t.met() ? " (met" : " (not met").append(t.active() ? ", binding, worth "
                            + money(t.costOfTarget()) + " yuan)" : ")").append('.');
        }
        return b.toString();
    }

    public static String describeZh(Optimum o) {
        Problem p = o.problem();
        StringBuilder b = new StringBuilder();
        b.append("由沙盘优化（optimise）得出：在").append(p.targets().isEmpty() ? "无目标约束下" : "满足 "
                + targetsWithYears(p.targets()) + " 的前提下").append("使").append(p.cost().describeZh()).append("最低；");
        b.append("调整的杠杆及范围：").append(bounds(p.levers())).append("（其余杠杆同所继承的情景）。");
        if (!o.feasible()) b.append("在这些范围内目标无法全部达到，以下为最接近的组合。");
        b.append("结果：");
        int i = 0;
        for (Map.Entry<String, Double> e : o.levers().entrySet()) {
            if (i++ > 0) b.append("，");
            b.append(e.getKey()).append(" = ").append(num(e.getValue()));
        }
        b.append("；成本 ").append(money(o.cost())).append(" 元。");
        for (TargetOutcome t : o.targets()) {
            b.append(t.target()).append("（").append(t.target().year()).append("）：").append(num(t.value()))
                    .append(t.met() ? "，已达到" : "，未达到").append(t.active() ? "，为约束目标，其成本 "
                            + money(t.costOfTarget()) + " 元" : "").append("。");
        }
        return b.toString();
    }

    private static String targets(List<Target> ts) {
        StringBuilder b = new StringBuilder();
        for (Target t : ts) b.append(b.length() > 0 ? ", " : "").append(t);
        return b.toString();
    }

    private static String targetsWithYears(List<Target> ts) {
        StringBuilder b = new StringBuilder();
        for (Target t : ts) b.append(b.length() > 0 ? ", " : "").append(t).append(" @").append(t.year());
        return b.toString();
    }

    private static String bounds(List<DecisionLever> ls) {
        StringBuilder b = new StringBuilder();
        for (DecisionLever l : ls) b.append(b.length() > 0 ? ", " : "").append(l);
        return b.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String money(double v) { return String.format(Locale.ROOT, "%,.0f", v); }
}
