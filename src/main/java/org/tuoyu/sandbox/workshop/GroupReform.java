package org.tuoyu.sandbox.workshop;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.Provenance;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * A group's answer as a reform of the workshop's baseline: a document that extends it, named after the group,
 * whose description says which workshop it came from, the levers the group set and the goals it met; the levers
 * the group moved carry flag X with the workshop as their source (a choice made in class, not a published figure).
 */
public final class GroupReform {

    private GroupReform() {}

    /** The group's scenario extending {@code base} (the workshop's baseline, or the same baseline as saved). */
    public static ScenarioDocument of(Workshop w, Workshop.Group g, ScenarioDocument base, Location at) {
        String nameZh = g.name() + "（课堂方案）";
        String nameEn = g.name() + " (workshop)";
        Map<String, Provenance> sources = new LinkedHashMap<>(base.leverProvenance());
        String rule = "workshop " + w.code() + ", group " + g.name() + (g.submitted() ? ", submitted" : ", not submitted");
        for (DecisionLever l : w.levers()) sources.put(l.path(), new Provenance("X", rule));
        return ScenarioDocument.reformOf(base, at, w.scenarioOf(g.levers()).withName(nameZh)).name(nameZh, nameEn)
                .description(describeZh(w, g), describeEn(w, g)).source(rule).leverProvenance(sources).build();
    }

    /** As {@link #of(Workshop, Workshop.Group, ScenarioDocument, Location)} on the workshop's own baseline. */
    public static ScenarioDocument of(Workshop w, Workshop.Group g) {
        return of(w, g, w.baseline(), w.baseline().location());
    }

    static String describeZh(Workshop w, Workshop.Group g) {
        StringBuilder b = new StringBuilder("课堂（课堂码 " + w.code() + "）中小组“" + g.name() + "”的方案"
                + (g.submitted() ? "（已提交）" : "（未提交）") + "：");
        int i = 0;
        for (DecisionLever l : w.levers()) {
            if (i++ > 0) b.append("，");
            b.append(l.key().labelZh()).append(" = ").append(num(g.levers().get(l.path()))).append(' ')
                    .append(l.key().unit().labelZh());
        }
        b.append("。").append(w.year()).append("年目标：");
        appendGoals(b, w, g, Language.ZH, "；");
        return b.append("。").toString();
    }

    static String describeEn(Workshop w, Workshop.Group g) {
        StringBuilder b = new StringBuilder("Group \"" + g.name() + "\" in workshop " + w.code()
                + (g.submitted() ? " (submitted)" : " (not submitted)") + ": ");
        int i = 0;
        for (DecisionLever l : w.levers()) {
            if (i++ > 0) b.append(", ");
            b.append(l.key().labelEn()).append(" = ").append(num(g.levers().get(l.path()))).append(' ')
                    .append(l.key().unit().labelEn());
        }
        b.append(". Goals in ").append(w.year()).append(": ");
        appendGoals(b, w, g, Language.EN, "; ");
        return b.append('.').toString();
    }

    private static void appendGoals(StringBuilder b, Workshop w, Workshop.Group g, Language lang, String sep) {
        if (w.goals().isEmpty()) b.append("—");
        for (int k = 0; k < w.goals().size(); k++) {
            if (k > 0) b.append(sep);
            b.append(GoalText.of(w.goals().get(k), lang))
                    .append(g.goalsMet().get(k) ? lang.t("（达成）", " (met)") : lang.t("（未达成）", " (not met)"));
        }
    }

    private static String num(Double v) {
        if (v == null) return "—";
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
