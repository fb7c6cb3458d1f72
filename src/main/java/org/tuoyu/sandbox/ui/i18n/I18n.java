package org.tuoyu.sandbox.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.Labelled;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;

/**
 * The user's language: Chinese by default, English from the menu. Texts live in
 * {@code messages.properties} (Chinese) and {@code messages_en.properties}; labels the engine
 * already carries (levers, groups, components) come from the engine's zh/en pairs.
 */
public final class I18n {

    public enum Lang { ZH, EN }

    private static final String BUNDLE = "org.tuoyu.sandbox.ui.i18n.messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    public I18n(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() { return lang; }

    public boolean english() { return lang == Lang.EN; }

    public String t(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? s : new MessageFormat(s, Locale.ROOT).format(args);
    }

    /** A text in a given language, whatever the user's (names stored in both languages). */
    public static String text(Lang lang, String key, Object... args) { return new I18n(lang).t(key, args); }

    /**
     * Why a lever refuses a value, in the user's language (the engine's {@code LeverKey.check} words
     * it in English for the command line), or null when the value is accepted.
     */
    public String refusal(LeverKey k, double v) {
        if (k.check(v) == null) return null;
        if (Double.isNaN(v) || Double.isInfinite(v)) return t("levers.notANumber");
        String unit = k.unit().labelZh().isEmpty() ? "" : " " + unit(k.unit());
        if (v < k.min() || v > k.max()) {
            if (k.min() == 0 && v < 0) return t("levers.negative");
            return t("levers.range", Fmt.leverNumber(k, k.min()), Fmt.leverNumber(k, k.max()) + unit);
        }
        return t("levers.whole");
    }

    /**
     * One of two names a file or the engine stores in both languages (a scenario's, a district's), the Chinese one
     * when the English is missing. Text the app itself words is a bundle key ({@link #t}), never a pair here.
     */
    public String pick(String zh, String en) { return english() && en != null && !en.isEmpty() ? en : zh; }

    /** An engine thing's label (indicator, account, group, ...) in the user's language. */
    public String label(Labelled x) { return pick(x.labelZh(), x.labelEn()); }

    public String lever(LeverKey k) { return pick(k.labelZh(), k.labelEn()); }

    public String group(LeverGroup g) { return label(g); }

    public String unit(LeverUnit u) { return label(u); }

    public String component(FiscalComponent c) { return label(c); }

    /** A choice lever's spelled-out value in the user's language. */
    public String choice(LeverKey k, int index) {
        String raw = k.choices().get(index);
        return t("choice." + raw);
    }
}
