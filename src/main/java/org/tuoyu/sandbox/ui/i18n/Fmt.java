package org.tuoyu.sandbox.ui.i18n;

import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.export.Units;

/** Numbers on screen: grouped and scaled like the reports (元, 万元, 亿元), rates in %. */
public final class Fmt {

    private Fmt() {}

    public static String money(double yuan, I18n i) { return Units.money(yuan, i.english()); }

    public static String moneyDelta(double yuan, I18n i) { return Units.moneyDelta(yuan, i.english()); }

    /** Always in 亿元 (100m yuan), two decimals: the headline tile's unit. */
    public static String yi(double yuan) { return Units.decimal(yuan / 1e8, 2); }

    public static String yiDelta(double yuan) {
        return (yuan > 0 ? "+" : yuan < 0 ? "−" : "±") + Units.decimal(Math.abs(yuan) / 1e8, 2);
    }

    public static String percent(double share) { return Units.percent(share); }

    public static String points(double delta, I18n i) { return Units.points(delta, i.english()); }

    public static String count(double n) { return Units.count(n); }

    public static String countDelta(double n) {
        long r = Math.round(n);
        return (r > 0 ? "+" : r < 0 ? "−" : "±") + Units.count(Math.abs(n));
    }

    /** Multiplier between a lever's stored value and the number the user types (shares are shown in %). */
    public static double displayScale(LeverKey k) { return k.unit() == LeverUnit.SHARE ? 100 : 1; }

    /** A lever value in display units, grouped, without the unit. */
    public static String leverNumber(LeverKey k, double stored) {
        double v = stored * displayScale(k);
        if (k.integral() || v == Math.rint(v)) return Units.decimal(v, 0);
        return Units.decimal(v, 1);
    }

    /** Parses what the user typed in display units ("1,200", "20%", "1.5万") into the stored value, or NaN. */
    public static double parseLever(LeverKey k, String text) {
        if (text == null) return Double.NaN;
        String s = text.trim().replace(",", "").replace("，", "").replace("%", "").replace("元", "").trim();
        double mult = 1;
        if (s.endsWith("万")) { mult = 1e4; s = s.substring(0, s.length() - 1).trim(); }
        else if (s.endsWith("亿")) { mult = 1e8; s = s.substring(0, s.length() - 1).trim(); }
        try {
            return Double.parseDouble(s) * mult / displayScale(k);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
