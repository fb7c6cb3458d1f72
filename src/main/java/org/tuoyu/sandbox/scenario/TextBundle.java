package org.tuoyu.sandbox.scenario;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A pair of resource bundles, Chinese (BASE.properties) and English (BASE_en.properties), for text written into
 * files for people: the workbook, the brief, the handout, an optimised reform's description. Each layer that writes
 * such text keeps a bundle of its own (decision 0013); this is the one way they are read. No fallback to the
 * machine's locale: a Chinese brief written on an English system is Chinese.
 */
public final class TextBundle {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String name;
    private final ResourceBundle zh;
    private final ResourceBundle en;

    /** @param name what the texts are, for the message when a key is missing ("export", "workshop") */
    public TextBundle(String name, String base) {
        this.name = name;
        this.zh = ResourceBundle.getBundle(base, Locale.ROOT, NO_FALLBACK);
        this.en = ResourceBundle.getBundle(base, Locale.ENGLISH, NO_FALLBACK);
    }

    /** The text of {@code key}; a key missing from a bundle is a bug of ours, which the bundle tests catch. */
    public String get(boolean english, String key) {
        try {
            return (english ? en : zh).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException(name + " text " + key + " is missing from the "
                    + (english ? "English" : "Chinese") + " bundle", e);
        }
    }

    /**
     * The text of {@code key} with {0}, {1}, … replaced by the arguments as Java would concatenate them, in one pass
     * (an argument holding "{1}" stays as it is). Not MessageFormat: numbers go in as the caller wrote them, and an
     * apostrophe or a brace in the text needs no quoting.
     */
    public String text(boolean english, String key, Object... args) {
        String s = get(english, key);
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
