package org.tuoyu.sandbox.decide;

import org.tuoyu.sandbox.engine.Target;

/**
 * What goal seeking found.
 *
 * @param value       the lever value that reaches the target (the lowest such value), or, when unreachable,
 *                    the value within the bounds that comes closest
 * @param achieved    the indicator's value there, in the target's year
 * @param reached     whether the target holds at {@code value}
 * @param shortfall   how far {@code achieved} falls short of the target, in the indicator's units (0 when reached)
 * @param lowest      the indicator's least value seen over the lever's range (of the sampled and solved points)
 * @param highest     its greatest value seen
 * @param evaluations scenario evaluations used
 */
public record SeekResult(DecisionLever lever, Target target, double value, double achieved, boolean reached,
                         double shortfall, double lowest, double highest, int evaluations) {

    /** One sentence for the command line and the app. */
    public String messageEn() {
        String ind = target.toString();
        if (reached) {
            return "levers." + lever.label() + " = " + DecisionLever.fmt(round(value)) + " gives "
                    + target.indicator().key() + " = " + fmtValue(achieved) + " in " + target.year() + " (target " + ind + ")";
        }
        return "target " + ind + " in " + target.year() + " cannot be reached with levers." + lever.label() + " within ["
                + DecisionLever.fmt(lever.min()) + ", " + DecisionLever.fmt(lever.max()) + "]: the indicator ranges from "
                + fmtValue(lowest) + " to " + fmtValue(highest) + "; closest at " + DecisionLever.fmt(round(value))
                + " (" + fmtValue(achieved) + ", short by " + fmtValue(shortfall) + ")";
    }

    private static double round(double v) { return Math.rint(v * 1e4) / 1e4; }

    private static String fmtValue(double v) {
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e7) ? String.format(java.util.Locale.ROOT, "%.4g", v)
                : String.format(java.util.Locale.ROOT, "%.6g", v);
    }
}
