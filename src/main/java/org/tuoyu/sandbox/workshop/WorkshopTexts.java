package org.tuoyu.sandbox.workshop;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tuoyu.sandbox.export.Language;

/**
 * The workshop's texts for people (the handout, a group's reform, goals in words, refusals), in
 * org/tuoyu/sandbox/workshop/i18n/workshop.properties (Chinese) and workshop_en.properties. The workshop sits below ui,
 * so it cannot use the UI's bundle, and export's bundle is export's own (decision 0013). No fallback to the machine's
 * locale: a Chinese handout printed on an English system is Chinese.
 */
final class WorkshopTexts {

    private static final String BASE = "org.tuoyu.sandbox.workshop.i18n.workshop";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BASE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BASE, Locale.ENGLISH, NO_FALLBACK);

    private WorkshopTexts() {}

    /**
     * The text of {@code key} with {0}, {1}, … replaced by the arguments as Java would concatenate them, in one pass
     * (an argument holding "{1}" stays as it is). Not MessageFormat: numbers go in as the caller wrote them.
     */
    static String text(Language lang, String key, Object... args) {
        boolean english = lang.english();
        String s;
        try {
            s = (english ? EN : ZH).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("workshop text " + key + " is missing from the "
                    + (english ? "English" : "Chinese") + " bundle", e);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int close = s.indexOf('}', i);
            if (s.charAt(i) == '{' && close > i + 1 && s.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(s.substring(i + 1, close));
                if (n < args.length) {
                    b.append(args[n]);
                    i = close;
                    continue;
                }
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }
}
