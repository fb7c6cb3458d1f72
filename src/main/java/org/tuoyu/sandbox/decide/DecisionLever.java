package org.tuoyu.sandbox.decide;

import java.util.Locale;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.Scenario;

/**
 * A lever the decision tools may move, and the range they may move it in: region-wide, or one district's
 * override ({@code districts.ID.KEY}). Whole-number levers (days, years, ranks) are rounded when applied, so every
 * lever set the tools evaluate is one a scenario file can hold.
 *
 * @param district the district id for a per-district lever, or null for the region-wide value
 */
public record DecisionLever(LeverKey key, String district, double min, double max) {

    public DecisionLever {
        if (key == null) throw new IllegalArgumentException("a lever is required");
        if (!(min <= max)) {
            throw new IllegalArgumentException("lever " + path(key, district) + ": the lower bound " + fmt(min)
                    + " exceeds the upper bound " + fmt(max));
        }
        String lo = key.check(min);
        String hi = key.check(max);
        if (lo != null && !(key.integral() && key.check(Math.ceil(min)) == null)) {
            throw new IllegalArgumentException("lever " + path(key, district) + ": lower bound " + fmt(min) + " " + lo);
        }
        if (hi != null && !(key.integral() && key.check(Math.floor(max)) == null)) {
            throw new IllegalArgumentException("lever " + path(key, district) + ": upper bound " + fmt(max) + " " + hi);
        }
    }

    /** The lever over its whole allowed range. */
    public static DecisionLever whole(LeverKey key, String district) {
        return new DecisionLever(key, district, key.min(), key.max());
    }

    /**
     * Reads {@code KEY=MIN:MAX} or {@code KEY} (the lever's whole range), where KEY is a lever path with or without
     * {@code levers.}, e.g. {@code demand.voucher.A2=0:2000} or {@code districts.tongzhou.seats.targetPerThousand=4:9}.
     * Choice and yes/no levers are refused: they are decisions to state, not amounts to search.
     */
    public static DecisionLever parse(String text, Region region) {
        String t = text.trim();
        int eq = t.indexOf('=');
        String path = (eq < 0 ? t : t.substring(0, eq)).trim();
        if (path.startsWith("levers.")) path = path.substring("levers.".length());
        String district = null;
        String keyPath = path;
        if (path.startsWith("districts.")) {
            String rest = path.substring("districts.".length());
            int dot = rest.indexOf('.');
            if (dot <= 0) throw new IllegalArgumentException("lever '" + text + "': write districts.ID.KEY");
            district = rest.substring(0, dot);
            keyPath = rest.substring(dot + 1);
            if (region.indexOf(district) < 0) {
                throw new IllegalArgumentException("lever '" + text + "': region " + region.id()
                        + " has no district '" + district + "'");
            }
        }
        LeverKey key = LeverKey.fromPath(keyPath);
        if (key == null) throw new IllegalArgumentException("lever '" + text + "': names no lever (keys: docs/scenario-format.md)");
        if (key.unit() == LeverUnit.CHOICE || key.unit() == LeverUnit.FLAG) {
            throw new IllegalArgumentException("lever '" + text + "': " + key.path()
                    + " is a choice, not an amount; set it in the scenario and search the amounts");
        }
        if (eq < 0) return whole(key, district);
        String range = t.substring(eq + 1).trim();
        int colon = range.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("lever '" + text + "': write KEY=MIN:MAX, e.g. demand.voucher.A2=0:2000");
        double lo = number(range.substring(0, colon), text);
        double hi = number(range.substring(colon + 1), text);
        return new DecisionLever(key, district, lo, hi);
    }

    /** The lever's path below {@code levers.}, as a scenario file and the command line write it. */
    public String path() { return path(key, district); }

    /** The value a scenario's levers give this lever (a district's own value when it is a district lever). */
    public double current(Levers levers) {
        return district == null ? levers.regionWide().get(key) : levers.forDistrict(district).get(key);
    }

    /** The value as applied: clamped to the bounds and, for whole-number levers, rounded into them. */
    public double applicable(double v) {
        double c = Math.max(min, Math.min(max, v));
        if (!key.integral()) return c;
        double r = Math.rint(c);
        if (r < min) r = Math.ceil(min);
        if (r > max) r = Math.floor(max);
        return r;
    }

    /** The scenario with this lever at {@code v} (after {@link #applicable}). */
    public Scenario apply(Scenario s, double v) {
        return s.withLevers(apply(s.levers(), v));
    }

    public Levers apply(Levers l, double v) {
        double a = applicable(v);
        return district == null ? l.withRegionWide(key, a) : l.withOverride(district, key, a);
    }

    /** The bounds as the command line writes them: {@code KEY=MIN:MAX}. */
    @Override
    public String toString() { return path() + "=" + fmt(min) + ":" + fmt(max); }

    private static String path(LeverKey key, String district) {
        return district == null ? key.path() : "districts." + district + "." + key.path();
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static double number(String s, String text) {
        String n = s.trim().replace("_", "");
        if (!n.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("lever '" + text + "': '" + s.trim() + "' is not a number");
        }
        return Double.parseDouble(n.toLowerCase(Locale.ROOT));
    }
}
