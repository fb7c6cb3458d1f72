package org.tuoyu.sandbox.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.LeverUnit;

/**
 * The public lever key paths ({@code supply.grantPerNewSeat}, {@code districts.tongzhou.seats.targetPerThousand})
 * and the spelling of their values (numbers, true/false, choice names).
 */
public final class LeverPaths {

    private LeverPaths() {}

    /** A lever and, for a per-district override, the district it applies to (null for region-wide). */
    public record Target(String districtId, LeverKey key) {
        public String path() { return districtId == null ? key.path() : "districts." + districtId + "." + key.path(); }
    }

    public static List<String> allPaths() {
        List<String> r = new ArrayList<>();
        for (LeverKey k : LeverKey.values()) r.add(k.path());
        return r;
    }

    /** Parses a path below {@code levers.}; null when it names no lever. */
    public static Target parse(String path) {
        if (path.startsWith("districts.")) {
            String rest = path.substring("districts.".length());
            int dot = rest.indexOf('.');
            if (dot <= 0) return null;
            LeverKey k = LeverKey.fromPath(rest.substring(dot + 1));
            return k == null ? null : new Target(rest.substring(0, dot), k);
        }
        LeverKey k = LeverKey.fromPath(path);
        return k == null ? null : new Target(null, k);
    }

    /** "did you mean" for a path that names no lever. */
    public static String suggest(String path) {
        String tail = path;
        String prefix = "";
        if (path.startsWith("districts.")) {
            String rest = path.substring("districts.".length());
            int dot = rest.indexOf('.');
            if (dot > 0) {
                prefix = "districts." + rest.substring(0, dot) + ".";
                tail = rest.substring(dot + 1);
            }
        }
        String near = Suggest.closest(tail, allPaths());
        return near == null ? null : prefix + near;
    }

    /**
     * The number stored for a lever value written as text: a number, true/false for flags, or a
     * choice's name. Returns null (and fills {@code why}) when the text is refused.
     */
    public static Double value(LeverKey k, String text, StringBuilder why) {
        String t = text.trim();
        if (k.unit() == LeverUnit.FLAG) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.equals("true") || l.equals("yes") || l.equals("1")) return 1.0;
            if (l.equals("false") || l.equals("no") || l.equals("0")) return 0.0;
            why.append("must be true or false");
            return null;
        }
        if (k.unit() == LeverUnit.CHOICE) {
            int i = k.choices().indexOf(t);
            if (i >= 0) return (double) i;
            why.append("must be one of ").append(String.join(", ", k.choices()));
            return null;
        }
        Double parsed = SourceText.decimal(t);
        if (parsed == null) {
            why.append("is not a number");
            return null;
        }
        double v = parsed;
        String bad = k.check(v);
        if (bad != null) {
            why.append(bad);
            return null;
        }
        return v;
    }

    /** A schedule's year written as text; null (and {@code why} filled) when refused. */
    public static Integer year(String text, StringBuilder why) {
        String t = text.trim();
        if (!t.matches("\\d{4}")) {
            why.append("a schedule's keys are years written with four digits, e.g. 2026");
            return null;
        }
        int y = Integer.parseInt(t);
        if (y < 1949 || y > 2200) {
            why.append("a schedule's year must lie between 1949 and 2200");
            return null;
        }
        return y;
    }

    /** True when a command-line value is a schedule ({@code 2026:600,2028:1000}) rather than one value. */
    public static boolean isSchedule(String text) { return text.indexOf(':') >= 0; }

    /**
     * A schedule written on the command line, {@code YEAR:VALUE,YEAR:VALUE}; null (and {@code why}
     * filled, quoting the refused part) when refused.
     */
    public static LeverSchedule schedule(LeverKey k, String text, StringBuilder why) {
        Map<Integer, Double> steps = new TreeMap<>();
        for (String part : text.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                why.append("'").append(part.trim()).append("': write a schedule as YEAR:VALUE,YEAR:VALUE, e.g. 2026:600,2028:1000");
                return null;
            }
            StringBuilder w = new StringBuilder();
            Integer y = year(part.substring(0, colon), w);
            Double v = y == null ? null : value(k, part.substring(colon + 1), w);
            if (v == null) {
                why.append("'").append(part.trim()).append("': ").append(w);
                return null;
            }
            if (steps.put(y, v) != null) {
                why.append("'").append(part.trim()).append("': the year ").append(y).append(" appears twice");
                return null;
            }
        }
        return LeverSchedule.of(steps);
    }

    /** A schedule as written back: {year: value} in year order, values spelled as {@link #written}. */
    public static Map<Integer, Object> written(LeverKey k, LeverSchedule s) {
        Map<Integer, Object> m = new LinkedHashMap<>();
        s.steps().forEach((y, v) -> m.put(y, written(k, v)));
        return m;
    }

    /** How a stored value is written back: choices by name, flags as true/false, numbers plainly. */
    public static Object written(LeverKey k, double v) {
        if (k.unit() == LeverUnit.CHOICE) return k.choices().get((int) v);
        if (k.unit() == LeverUnit.FLAG) return v == 1;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v;
        return v;
    }
}
