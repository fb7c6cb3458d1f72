package org.tuoyu.sandbox.workshop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
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
        String nameZh = WorkshopTexts.text(Language.ZH, "reform.name", g.name());
        String nameEn = WorkshopTexts.text(Language.EN, "reform.name", g.name());
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

    static String describeZh(Workshop w, Workshop.Group g) { return describe(w, g, Language.ZH); }

    static String describeEn(Workshop w, Workshop.Group g) { return describe(w, g, Language.EN); }

    private static String describe(Workshop w, Workshop.Group g, Language lang) {
        StringJoiner levers = new StringJoiner(WorkshopTexts.text(lang, "reform.leverList"));
        for (DecisionLever l : w.levers()) {
            levers.add(lang.t(l.key().labelZh(), l.key().labelEn()) + " = " + num(g.levers().get(l.path())) + " "
                    + lang.t(l.key().unit().labelZh(), l.key().unit().labelEn()));
        }
        StringJoiner goals = new StringJoiner(WorkshopTexts.text(lang, "reform.goalList"));
        for (int k = 0; k < w.goals().size(); k++) {
            goals.add(GoalText.of(w.goals().get(k), lang)
                    + WorkshopTexts.text(lang, g.goalsMet().get(k) ? "reform.goalMet" : "reform.goalNotMet"));
        }
        String submitted = WorkshopTexts.text(lang, g.submitted() ? "reform.submitted" : "reform.notSubmitted");
        return WorkshopTexts.text(lang, "reform.description", w.code(), g.name(), submitted, levers, w.year(),
                w.goals().isEmpty() ? "—" : goals);
    }

    private static String num(Double v) {
        if (v == null) return "—";
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
