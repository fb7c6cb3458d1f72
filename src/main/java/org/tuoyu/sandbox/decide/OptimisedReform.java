package org.tuoyu.sandbox.decide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
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
        String nameZh = DecideTexts.text(false, "reform.name", base.name(),
                targetsText.isEmpty() ? DecideTexts.text(false, "reform.leastCost") : targetsText);
        String nameEn = DecideTexts.text(true, "reform.name", base.nameEn(),
                targetsText.isEmpty() ? DecideTexts.text(true, "reform.leastCost") : targetsText);
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
    public static String describeEn(Optimum o) { return describe(o, true); }

    /** The problem and the answer, in Chinese. */
    public static String describeZh(Optimum o) { return describe(o, false); }

    private static String describe(Optimum o, boolean en) {
        Problem p = o.problem();
        String cost = en ? p.cost().describeEn() : p.cost().describeZh();
        StringBuilder b = new StringBuilder(p.targets().isEmpty()
                ? DecideTexts.text(en, "reform.problem.noTargets", cost, bounds(p.levers()))
                : DecideTexts.text(en, "reform.problem", cost, bounds(p.levers()), targetsWithYears(p.targets())));
        if (!o.feasible()) b.append(DecideTexts.text(en, "reform.infeasible"));
        StringJoiner answer = new StringJoiner(DecideTexts.text(en, "reform.list"));
        for (Map.Entry<String, Double> e : o.levers().entrySet()) answer.add(e.getKey() + " = " + num(e.getValue()));
        b.append(DecideTexts.text(en, "reform.answer", answer, money(o.cost())));
        for (TargetOutcome t : o.targets()) {
            String binding = t.active() ? DecideTexts.text(en, "reform.binding", money(t.costOfTarget())) : "";
            b.append(DecideTexts.text(en, "reform.target", t.target(), t.target().year(), num(t.value()),
                    DecideTexts.text(en, t.met() ? "reform.met" : "reform.notMet"), binding));
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
