package org.tuoyu.sandbox.workshop;

import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.TextBundle;

/**
 * The workshop's texts for people (the handout, a group's reform, goals in words, refusals), in
 * org/tuoyu/sandbox/workshop/i18n/workshop.properties (Chinese) and workshop_en.properties. The workshop sits below ui,
 * so it cannot use the UI's bundle, and export's bundle is export's own (decision 0013). No fallback to the machine's
 * locale: a Chinese handout printed on an English system is Chinese.
 */
final class WorkshopTexts {

    private static final TextBundle TEXTS = new TextBundle("workshop", "org.tuoyu.sandbox.workshop.i18n.workshop");

    private WorkshopTexts() {}

    /** The text of {@code key} with {0}, {1}, … filled in one pass (see {@link TextBundle#text}). */
    static String text(Language lang, String key, Object... args) { return TEXTS.text(lang.english(), key, args); }
}
