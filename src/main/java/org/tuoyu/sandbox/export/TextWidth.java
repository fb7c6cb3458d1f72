package org.tuoyu.sandbox.export;

/**
 * Columns of plain-text tables that hold Chinese: a Han character or full-width sign takes two terminal columns,
 * so padding by {@code String.length()} would push every later column out of line.
 */
final class TextWidth {

    private TextWidth() {}

    /** The terminal columns {@code s} takes. */
    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} cut to at most {@code width} columns, ending in "…" when cut. */
    static String clip(String s, int width) {
        if (of(s) <= width) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > width - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    static String padRight(String s, int width) { return s + " ".repeat(Math.max(0, width - of(s))); }

    static String padLeft(String s, int width) { return " ".repeat(Math.max(0, width - of(s))) + s; }

    /** East Asian wide and full-width ranges (CJK, Hangul, full-width forms, CJK punctuation). */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
