package org.tuoyu.sandbox.export;

import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;

/**
 * A lever's value as a reader sees it: a choice by its label (常住人口, 低收入优先, …) rather than its key in the file, a
 * flag as 是 / 否, a share in %, other numbers as the sheets write them.
 */
final class LeverValues {

    private LeverValues() {}

    /** The label of choice {@code v} of a CHOICE lever, from the export bundle ({@code choice.KEY}). */
    static String choice(LeverKey k, double v, Language lang) {
        return ExportTexts.get(lang, "choice." + k.choices().get((int) v));
    }

    /** The value in words or figures, with its unit where the unit is not a column of its own (shares). */
    static String text(LeverKey k, double v, Language lang) {
        if (k.unit() == LeverUnit.CHOICE) return choice(k, v, lang);
        if (k.unit() == LeverUnit.FLAG) return v != 0 ? ExportTexts.text(lang, "common.yes") : ExportTexts.text(lang, "common.no");
        if (k.unit() == LeverUnit.SHARE) return Units.percent(v);
        // 4.5 and 8 side by side, not 4.50 and 8: up to two decimals, none when whole
        return v == Math.rint(v) ? Units.count(v) : new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(v);
    }
}
