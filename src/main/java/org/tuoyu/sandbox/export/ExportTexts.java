package org.tuoyu.sandbox.export;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The export's texts in resource bundles (org/tuoyu/sandbox/export/i18n/export.properties, Chinese, and
 * export_en.properties), read as UTF-8. No fallback to the machine's locale: a Chinese workbook written on an
 * English system is Chinese. The workbook's and the brief's headers, notes and messages are here under
 * {@code CLASS.words} keys (decision 0013); the findings templates under {@code template.NAME}.
 */
final class ExportTexts {

    private static final String BASE = "org.tuoyu.sandbox.export.i18n.export";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BASE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BASE, Locale.ENGLISH, NO_FALLBACK);

    private ExportTexts() {}

    /** The text of {@code key}; a key missing from a bundle is a bug of ours, which ExportTextsTest catches. */
    static String get(Language lang, String key) {
        try {
            return (lang.english() ? EN : ZH).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("export text " + key + " is missing from the " + lang + " bundle", e);
        }
    }

    /**
     * The text of {@code key} with {0}, {1}, … replaced by the arguments as Java would concatenate them. Not
     * MessageFormat: a number goes in as written by the caller (no locale grouping), and an apostrophe or a brace in the
     * text needs no quoting.
     */
    static String text(Language lang, String key, Object... args) {
        String s = get(lang, key);
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }
}
