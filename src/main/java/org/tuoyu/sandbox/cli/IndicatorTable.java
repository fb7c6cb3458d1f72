package org.tuoyu.sandbox.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.export.Units;

/**
 * A text table of the command line: a first column of names, then columns headed by a catalogue indicator's key
 * (the name it has in the JSON and in targets such as {@code enrolmentRate>=0.13}), each value formatted by the
 * indicator's unit. The columns are the catalogue's ({@link Indicator}), so no table types a name or a unit again.
 */
final class IndicatorTable {

    private final List<String> headers = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    IndicatorTable(String first, List<String> headers) {
        this.headers.add(first);
        this.headers.addAll(headers);
    }

    /** The headers of these indicators: their keys. */
    static List<String> keys(List<Indicator> indicators) {
        List<String> r = new ArrayList<>();
        for (Indicator i : indicators) r.add(i.key());
        return r;
    }

    void row(String name, List<String> cells) {
        List<String> r = new ArrayList<>();
        r.add(name);
        r.addAll(cells);
        rows.add(r);
    }

    /** The first column left-aligned, the others right-aligned, each as wide as its widest cell. */
    void print(PrintStream out) {
        int[] w = new int[headers.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = width(headers.get(c));
            for (List<String> r : rows) w[c] = Math.max(w[c], width(r.get(c)));
        }
        line(out, headers, w);
        for (List<String> r : rows) line(out, r, w);
    }

    private static void line(PrintStream out, List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder(cells.get(0)).append(" ".repeat(w[0] - width(cells.get(0))));
        for (int c = 1; c < cells.size(); c++) b.append("  ").append(" ".repeat(w[c] - width(cells.get(c)))).append(cells.get(c));
        out.println(b.toString().stripTrailing());
    }

    /** Columns a terminal gives the text: two for a Chinese character or a full-width sign, one otherwise. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean wide = cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
            w += wide ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** A value in its unit: counts with separators, shares in %, money in 元 / 万元 / 亿元. */
    static String value(Indicator i, double v) {
        IndicatorUnit u = i.unit();
        if (u == IndicatorUnit.SHARE) return Units.percent(v);
        if (u == IndicatorUnit.PER_THOUSAND || u == IndicatorUnit.RATIO) return Units.decimal(v, 2);
        if (u.money()) return Units.money(v, false);
        return Units.count(v);
    }

    /** A change in its unit: shares in percentage points, money and counts with their sign. */
    static String delta(Indicator i, double d) {
        IndicatorUnit u = i.unit();
        if (!Double.isFinite(d)) return "—";
        if (u == IndicatorUnit.SHARE) return Units.points(d, true);
        if (u == IndicatorUnit.PER_THOUSAND || u == IndicatorUnit.RATIO) return (d >= 0 ? "+" : "−") + Units.decimal(Math.abs(d), 2);
        if (u.money()) return Units.moneyDelta(d, false);
        return (d >= 0 ? "+" : "−") + Units.count(Math.abs(d));
    }
}
