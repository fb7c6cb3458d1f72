package org.tuoyu.sandbox.decide;

import java.util.Locale;
import java.util.Map;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.Scenario;

/**
 * A lever the decision tools may move, and the range they may move it in: region-wide, or one district's
 * override ({@code districts.ID.KEY}). Whole-number levers (days, years, ranks) are rounded when applied, so every
 * lever set the tools evaluate is one a scenario file can hold.
 *
 * <p>Dated schedules (MODEL.md §2) are respected: a lever with a {@code from} year becomes one more step of the
 * lever's schedule, in force from that year on, and the steps before it stay; a lever without one is set for the
 * whole horizon, replacing that lever's own schedule. Every other lever keeps its schedule.
 *
 * @param district the district id for a per-district lever, or null for the region-wide value
 * @param from     the first year the value is in force, or null for the whole horizon
 */
public record DecisionLever(LeverKey key, String district, double min, double max, Integer from) {

    public DecisionLever(LeverKey key, String district, double min, double max) {
        this(key, district, min, max, null);
    }

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
     * Reads {@code KEY[@YEAR]=MIN:MAX} or {@code KEY[@YEAR]} (the lever's whole range), where KEY is a lever path with
     * or without {@code levers.}, e.g. {@code demand.voucher.A2=0:2000}, {@code demand.voucher.A2@2027=0:2000} (from
     * 2027 on) or {@code districts.tongzhou.seats.targetPerThousand=4:9}.
     * Choice and yes/no levers are refused: they are decisions to state, not amounts to search.
     */
    public static DecisionLever parse(String text, Region region) {
        String t = text.trim();
        int eq = t.indexOf('=');
        String path = (eq < 0 ? t : t.substring(0, eq)).trim();
        if (path.startsWith("levers.")) path = path.substring("levers.".length());
        Integer from = null;
        int at = path.indexOf('@');
        if (at >= 0) {
            String y = path.substring(at + 1).trim();
            if (!y.matches("\\d{4}")) throw new IllegalArgumentException("lever '" + text + "': after '@' write the year it starts");
            from = Integer.valueOf(y);
            path = path.substring(0, at).trim();
        }
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
        if (eq < 0) return new DecisionLever(key, district, key.min(), key.max(), from);
        String range = t.substring(eq + 1).trim();
        int colon = range.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("lever '" + text + "': write KEY=MIN:MAX, e.g. demand.voucher.A2=0:2000");
        double lo = number(range.substring(0, colon), text);
        double hi = number(range.substring(colon + 1), text);
        return new DecisionLever(key, district, lo, hi, from);
    }

    /** The lever's path below {@code levers.}, as a scenario file and the command line write it. */
    public String path() { return path(key, district); }

    /** The path with the start year, as the command line writes it: {@code demand.voucher.A2@2027}. */
    public String label() { return from == null ? path() : path() + "@" + from; }

    /** The value in force in the lever's first year ({@code from}, or the scenario's first year), where it applies. */
    public double current(Levers levers, int firstYear) {
        // Levers.at with no district is the region-wide policy of that year.
        return levers.at(district, from == null ? firstYear : from).get(key);
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
        if (from == null) return district == null ? l.withRegionWide(key, a) : l.withOverride(district, key, a);
        LeverSchedule step = LeverSchedule.of(Map.of(from, a));
        return district == null ? l.withRegionSchedule(key, step) : l.withOverrideSchedule(district, key, step);
    }

    /** The bounds as the command line writes them: {@code KEY=MIN:MAX}. */
    @Override
    public String toString() { return label() + "=" + fmt(min) + ":" + fmt(max); }

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
