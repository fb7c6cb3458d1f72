package org.tuoyu.sandbox.export;

import org.tuoyu.sandbox.scenario.TextBundle;

/**
 * The export's texts in resource bundles (org/tuoyu/sandbox/export/i18n/export.properties, Chinese, and
 * export_en.properties), read as UTF-8. No fallback to the machine's locale: a Chinese workbook written on an
 * English system is Chinese. The workbook's and the brief's headers, notes and messages are here under
 * {@code CLASS.words} keys (decision 0013); the findings templates under {@code template.NAME}.
 */
final class ExportTexts {

    private static final TextBundle TEXTS = new TextBundle("export", "org.tuoyu.sandbox.export.i18n.export");

    private ExportTexts() {}

    /** The text of {@code key} (see {@link TextBundle#get}). */
    static String get(Language lang, String key) { return TEXTS.get(lang.english(), key); }

    /** The text of {@code key} with {0}, {1}, … filled in one pass (see {@link TextBundle#text}). */
    static String text(Language lang, String key, Object... args) { return TEXTS.text(lang.english(), key, args); }
}
