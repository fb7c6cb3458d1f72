package org.tuoyu.sandbox.workshop;

import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.Units;

/** A goal in words for people (入托率 ≥ 15.0%, General budget ≤ 90.00 100m yuan a year), not in the command line's syntax. */
final class GoalText {

    private GoalText() {}

    static String of(Target g, Language lang) {
        return label(g, lang) + " " + (g.relation() == Target.Relation.AT_LEAST ? "≥" : "≤") + " " + value(g, lang);
    }

    /** The indicator's name, capitalised in English, with the district or income group it is read for. */
    static String label(Target g, Language lang) {
        String en = g.indicator().labelEn();
        en = en.isEmpty() ? en : Character.toUpperCase(en.charAt(0)) + en.substring(1);
        String where = g.district() != null ? " @" + g.district() : g.group() != null ? " @" + g.group() : "";
        return lang.t(g.indicator().labelZh(), en) + where;
    }

    static String value(Target g, Language lang) {
        IndicatorUnit u = g.indicator().unit();
        if (u == IndicatorUnit.SHARE) return Units.percent(g.value());
        if (u == IndicatorUnit.YUAN_PER_YEAR) return Units.money(g.value(), lang.english()) + WorkshopTexts.text(lang, "goal.perYear");
        return Units.count(g.value()) + " " + lang.t(u.labelZh(), u.labelEn());
    }
}
