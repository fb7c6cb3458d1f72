package org.tuoyu.sandbox.decide;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts decide writes into a file for people (an optimised reform's name and description), in
 * org/tuoyu/sandbox/decide/decide.properties (Chinese) and decide_en.properties. Decide sits below export and ui, so it
 * cannot use their bundles (decision 0013). No fallback to the machine's locale: a Chinese description written on an
 * English system is Chinese.
 */
final class DecideTexts {

    private static final String BASE = "org.tuoyu.sandbox.decide.decide";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BASE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BASE, Locale.ENGLISH, NO_FALLBACK);

    private DecideTexts() {}

    /**
     * The text of {@code key} with {0}, {1}, … replaced by the arguments as Java would concatenate them, in one pass
     * (an argument holding "{1}" stays as it is). Not MessageFormat: numbers go in as the caller wrote them.
     */
    static String text(boolean english, String key, Object... args) {
        String s;
        try {
            s = (english ? EN : ZH).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("decide text " + key + " is missing from the "
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
