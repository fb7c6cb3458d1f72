package org.tuoyu.sandbox.export;

/** The language of an exported workbook: sheet names, headers, notes (the app's UI language). */
public enum Language {
    ZH, EN;

    /** The Chinese or the English text, whichever this language is. */
    public String t(String zh, String en) { return this == ZH ? zh : en; }

    public boolean english() { return this == EN; }
}
