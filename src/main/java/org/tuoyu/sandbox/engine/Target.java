package org.tuoyu.sandbox.engine;

import java.util.Locale;

/**
 * A goal on one indicator in one year, as the goal seeker, the optimiser and the workshop state it:
 * {@code enrolmentRate>=0.286}, {@code shareAboveThreshold@Q1<=0.1}, {@code utilisation@110105>=0.6},
 * {@code generalBudget<=2e9}. {@code =} asks for the value itself (goal seeking); a trailing {@code %}
 * divides by 100.
 *
 * @param district the district id, or null for the region or a quintile
 * @param group    the income quintile, or null for the region or a district
 */
public record Target(Indicator indicator, String district, IncomeGroup group, Relation relation, double value,
                     int year) {

    /** How the indicator must compare with the value. */
    public enum Relation {
        AT_LEAST(">="), AT_MOST("<="), EQUAL("=");

        private final String symbol;

        Relation(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }
    }

    public Target {
        if (indicator == null || relation == null) throw new IllegalArgumentException("indicator and relation required");
        if (district != null && group != null) throw new IllegalArgumentException("a district or a quintile, not both");
        Indicator.Scope s = scopeOf(district, group);
        if (!indicator.has(s)) {
            throw new IllegalArgumentException("indicator " + indicator.key() + " has no "
                    + s.name().toLowerCase(Locale.ROOT) + " value");
        }
        if (!Double.isFinite(value)) throw new IllegalArgumentException("target value must be a finite number");
    }

    /**
     * Reads {@code IND[@DISTRICT|@Qn](>=|<=|=)VALUE}. The message of the exception names the text and what is
     * wrong with it, for the command line and the workshop page to show as it is.
     */
    public static Target parse(String text, int year) {
        String t = text.trim();
        int at = opIndex(t);
        if (at < 0) throw new IllegalArgumentException("target '" + text + "': expected IND>=VALUE, IND<=VALUE or IND=VALUE");
        Relation rel = t.startsWith(">=", at) ? Relation.AT_LEAST : t.startsWith("<=", at) ? Relation.AT_MOST : Relation.EQUAL;
        String left = t.substring(0, at).trim();
        String right = t.substring(at + rel.symbol().length()).trim();
        String name = left;
        String where = null;
        int sep = left.indexOf('@');
        if (sep >= 0) {
            name = left.substring(0, sep).trim();
            where = left.substring(sep + 1).trim();
        }
        Indicator ind = Indicator.fromKey(name);
        if (ind == null) throw new IllegalArgumentException("target '" + text + "': unknown indicator '" + name + "'");
        IncomeGroup q = null;
        String d = null;
        if (where != null && where.matches("[Qq][1-5]")) q = IncomeGroup.valueOf(where.toUpperCase(Locale.ROOT));
        else if (where != null && !where.isEmpty()) d = where;
        else if (where != null) throw new IllegalArgumentException("target '" + text + "': nothing after '@'");
        double v = number(right, text);
        try {
            return new Target(ind, d, q, rel, v, year);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + text + "': " + e.getMessage(), e);
        }
    }

    public Indicator.Scope scope() { return scopeOf(district, group); }

    /** The indicator's value in the target's year; NaN when the result does not cover that year. */
    public double read(ScenarioResult result) {
        YearResult y = result.year(year);
        if (y == null) return Double.NaN;
        return read(y);
    }

    /** The indicator's value in one year's result; NaN when the district is not in it. */
    public double read(YearResult y) {
        if (group != null) return indicator.of(y.group(group));
        if (district != null) {
            DistrictResult dr = y.district(district);
            return dr == null ? Double.NaN : indicator.of(dr);
        }
        return indicator.of(y);
    }

    /** Whether a value meets the target; an EQUAL target is met within a relative 1e-6. */
    public boolean met(double v) {
        switch (relation) {
            case AT_LEAST: return v >= value;
            case AT_MOST: return v <= value;
            default: return Math.abs(v - value) <= 1e-6 * Math.max(1, Math.abs(value));
        }
    }

    /** How far a value falls short, in the indicator's own units (0 when met). */
    public double shortfall(double v) {
        switch (relation) {
            case AT_LEAST: return Math.max(0, value - v);
            case AT_MOST: return Math.max(0, v - value);
            default: return Math.abs(v - value);
        }
    }

    /** The text {@link #parse} reads back. */
    @Override
    public String toString() {
        String where = group != null ? "@" + group.name() : district != null ? "@" + district : "";
        return indicator.key() + where + relation.symbol() + value;
    }

    private static Indicator.Scope scopeOf(String district, IncomeGroup group) {
        return group != null ? Indicator.Scope.GROUP : district != null ? Indicator.Scope.DISTRICT : Indicator.Scope.REGION;
    }

    private static int opIndex(String t) {
        int ge = t.indexOf(">=");
        if (ge >= 0) return ge;
        int le = t.indexOf("<=");
        if (le >= 0) return le;
        return t.indexOf('=');
    }

    private static double number(String s, String text) {
        boolean percent = s.endsWith("%");
        String n = percent ? s.substring(0, s.length() - 1).trim() : s;
        // Java's own literals (0x1p3, 5f, 600d) are not numbers a user means.
        if (!n.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("target '" + text + "': '" + s + "' is not a number");
        }
        double v = Double.parseDouble(n);
        return percent ? v / 100 : v;
    }
}
