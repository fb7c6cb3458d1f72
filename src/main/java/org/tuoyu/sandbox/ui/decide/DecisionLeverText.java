package org.tuoyu.sandbox.ui.decide;

/** How the panel writes a bound or a target value into its text fields. */
final class DecisionLeverText {

    private DecisionLeverText() {}

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
