package org.tuoyu.sandbox.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.scenario.Provenance;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Every lever as the glossary lists it: name, group, what it does ({@code glossary.properties}), unit, the range it
 * accepts (from {@link LeverKey}), the baseline's value and that value's source with its flag.
 */
public final class LeverGlossary {

    private static final String BUNDLE = "org.tuoyu.sandbox.ui.help.glossary";

    /** One lever's line. */
    public record Row(LeverKey key, String name, String group, String what, String unit, String range, String baseline,
                      String source) {}

    private LeverGlossary() {}

    /** What the lever does in the user's language, or null when the glossary lacks it (HelpTest fails then). */
    public static String what(LeverKey k, I18n i) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, i.english() ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return b.getString(k.name());
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** All levers in the engine's order, with the values and sources of {@code baseline}. */
    public static List<Row> rows(ScenarioDocument baseline, I18n i) {
        List<Row> out = new ArrayList<>();
        for (LeverKey k : LeverKey.values()) {
            String what = what(k, i);
            Provenance p = baseline == null ? null : baseline.provenanceOf(k);
            String source = p == null || p.source() == null || p.source().isBlank()
                    ? i.t("glossary.noSource") : p.source() + " [" + p.flag() + "]";
            String value = baseline == null ? "" : value(k, baseline.scenario().levers().regionWide().get(k), i);
            out.add(new Row(k, i.lever(k), i.group(k.group()), what == null ? "" : what,
                    k.unit().labelZh().isEmpty() ? "—" : i.unit(k.unit()), range(k, i), value, source));
        }
        return out;
    }

    static String range(LeverKey k, I18n i) {
        if (k.unit() == LeverUnit.FLAG) return i.t("levers.yes") + " / " + i.t("levers.no");
        if (k.unit() == LeverUnit.CHOICE) {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < k.choices().size(); c++) names.add(i.choice(k, c));
            return String.join(" / ", names);
        }
        return Fmt.leverNumber(k, k.min()) + " – " + Fmt.leverNumber(k, k.max());
    }

    static String value(LeverKey k, double v, I18n i) {
        if (k.unit() == LeverUnit.FLAG) return v != 0 ? i.t("levers.yes") : i.t("levers.no");
        if (k.unit() == LeverUnit.CHOICE) return i.choice(k, (int) v);
        return Fmt.leverNumber(k, v);
    }

    /** The glossary as tab-separated text, header first (Copy, for a spreadsheet). */
    public static String tsv(List<Row> rows, I18n i) {
        StringBuilder b = new StringBuilder(String.join("\t", i.t("glossary.lever"), i.t("glossary.group"), i.t("glossary.what"),
                i.t("glossary.unit"), i.t("glossary.range"), i.t("glossary.baseline"), i.t("glossary.source"))).append('\n');
        for (Row r : rows) {
            b.append(String.join("\t", r.name(), r.group(), r.what(), r.unit(), r.range(), r.baseline(), r.source())).append('\n');
        }
        return b.toString();
    }
}
