package org.tuoyu.sandbox.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as our users read them: money in 元, 万元 or 亿元 by size, rates as percentages. */
public final class Units {

    private Units() {}

    private static DecimalFormat fmt(String pattern) { return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)); }

    /** 1,234 元 · 12.3 万元 · 4.56 亿元 (Chinese); yuan / 10k yuan / 100m yuan in English. */
    public static String money(double yuan, boolean english) {
        if (!Double.isFinite(yuan)) return "—";
        double a = Math.abs(yuan);
        if (a >= 1e8) return fmt("#,##0.00").format(yuan / 1e8) + (english ? " 100m yuan" : " 亿元");
        if (a >= 1e5) return fmt("#,##0.0").format(yuan / 1e4) + (english ? " 10k yuan" : " 万元");
        return fmt("#,##0").format(yuan) + (english ? " yuan" : " 元");
    }

    /** A change in money with its sign. */
    public static String moneyDelta(double yuan, boolean english) {
        return (yuan > 0 ? "+" : yuan < 0 ? "−" : "±") + money(Math.abs(yuan), english);
    }

    public static String percent(double share) {
        return Double.isFinite(share) ? fmt("0.0").format(share * 100) + "%" : "—";
    }

    /** A change of a rate, in percentage points. */
    public static String points(double delta, boolean english) {
        return (delta >= 0 ? "+" : "−") + fmt("0.0").format(Math.abs(delta) * 100) + (english ? " pp" : " 个百分点");
    }

    public static String count(double n) { return Double.isFinite(n) ? fmt("#,##0").format(n) : "—"; }

    public static String decimal(double v, int places) {
        return Double.isFinite(v) ? fmt(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places)).format(v) : "—";
    }
}
