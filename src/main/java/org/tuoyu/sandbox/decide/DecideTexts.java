package org.tuoyu.sandbox.decide;

import org.tuoyu.sandbox.scenario.TextBundle;

/**
 * The texts decide writes into a file for people (an optimised reform's name and description), in
 * org/tuoyu/sandbox/decide/decide.properties (Chinese) and decide_en.properties. Decide sits below export and ui, so it
 * cannot use their bundles (decision 0013). No fallback to the machine's locale: a Chinese description written on an
 * English system is Chinese.
 */
final class DecideTexts {

    private static final TextBundle TEXTS = new TextBundle("decide", "org.tuoyu.sandbox.decide.decide");

    private DecideTexts() {}

    /** The text of {@code key} with {0}, {1}, … filled in one pass (see {@link TextBundle#text}). */
    static String text(boolean english, String key, Object... args) { return TEXTS.text(english, key, args); }
}
