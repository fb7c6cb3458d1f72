package org.tuoyu.sandbox.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tuoyu.sandbox.engine.LeverKey;
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

    /** How a stored value is written back: choices by name, flags as true/false, numbers plainly. */
    public static Object written(LeverKey k, double v) {
        if (k.unit() == LeverUnit.CHOICE) return k.choices().get((int) v);
        if (k.unit() == LeverUnit.FLAG) return v == 1;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v;
        return v;
    }
}
