package org.tuoyu.sandbox.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FiscalCost;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * Mutates the shipped scenario and region files (fixed seed) and asserts that each mutated file is
 * either turned away with a message naming a file, or gives a result in which every number is finite.
 * A few hundred mutations by default; {@code -Dfuzz.count=10000} for the long run (docs/scenario-format.md).
 */
class ScenarioFuzzTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);

    private static final String[] EXTREMES = {"0", "-0", "-1", "1e308", "-1e308", "4.9e-324", "1e-300", "NaN", ".nan",
        ".inf", "-.inf", "Infinity", "999999999999", "9.3e18", "1e20", "0.0000001", "5.5f", "600d", "0x1.64p7", "0x10",
        "1_000", "1,5", "150%", "2e", "+3", "00012", "1e6", "100", "1e308", "4.9e-324", "0", "1e-9", "1e15", "2.2e-308"};
    private static final String[] TEXTS = {"abc", "\"\"", "~", "null", "true", "[1, 2]", "{a: 1}", "'12'", "两千", "- 1"};
    private static final String[] JUNK = {":", "{", "}", "[", "]", "\"", "'", "&a", "*a", "!!str", "%", "\t", "#", "\u0000",
        "中", "\uFEFF", "- ", ": x", "\n", "\r", "\\", "|", ">", "@", "`"};
    private static final String[] REFS = {"missing.yaml", "regions", "/dev/null", "/etc/passwd", "index.txt",
        "regions/jiangmen.yaml", "regions/beijing.yaml", "beijing-2025.yaml", "jiangmen-2024.yaml", "builtin:nope.yaml", ""};
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,-] ?)-?\\d[\\d_.eE+-]*");
    private static final Pattern KEY = Pattern.compile("^(\\s*-?\\s*)([A-Za-z0-9_]+):");

    @TempDir
    Path dir;

    @Test
    void everyMutatedFileIsRejectedCleanlyOrGivesFiniteResults() throws Exception {
        Path lib = dir.resolve("scenarios");
        copyLibrary(Path.of("scenarios"), lib);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(lib)) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        Random rnd = new Random(SEED);
        Tally tally = new Tally();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < COUNT; i++) {
                Path target = files.get(rnd.nextInt(files.size()));
                String original = Files.readString(target);
                // mostly one mutation, sometimes up to four, so that pairs of odd values meet too
                String mutated = mutate(original, target, rnd);
                for (int extra = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(3) : 0; extra > 0; extra--) {
                    mutated = mutate(mutated, target, rnd);
                }
                Files.writeString(target, mutated);
                Path open = target.getParent().getFileName().toString().equals("regions")
                        ? lib.resolve(target.getFileName().toString().startsWith("beijing") ? "beijing-2025.yaml" : "jiangmen-2024.yaml")
                        : target;
                Future<String> f = pool.submit(() -> outcome(open));
                String o;
                try {
                    o = f.get(30, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    o = "hang";
                    f.cancel(true);
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor();
                }
                tally.add(o, i, target.getFileName() + ": " + diff(original, mutated));
                Files.writeString(target, original);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(tally.summary());
        assertEquals(0, tally.bad(), tally.summary() + "\n" + String.join("\n", tally.examples));
        assertTrue(tally.rejected + tally.finite == COUNT, tally.summary());
    }

    /** "rejected", "rejected-line", "finite", or what went wrong. */
    private static String outcome(Path file) {
        ScenarioDocument doc;
        try {
            doc = ScenarioFiles.load(file);
        } catch (ScenarioFileException e) {
            boolean named = e.file() != null && !e.file().isBlank() && e.getMessage().startsWith(e.file());
            if (!named) return "unnamed rejection: " + e.getMessage();
            return e.line() > 0 ? "rejected-line" : "rejected";
        } catch (Throwable t) {
            return "crash " + t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        try {
            ScenarioResult r = Evaluator.evaluate(doc.scenario());
            String bad = nonFinite(r, "result");
            return bad == null ? "finite" : "non-finite " + bad;
        } catch (Throwable t) {
            return "crash in evaluation " + t.getClass().getSimpleName() + ": " + t.getMessage();
        }
    }

    /** The path of the first non-finite number in a result (break-even utilisations may be +Infinity). */
    private static String nonFinite(Object o, String path) throws ReflectiveOperationException {
        if (o instanceof Double d) {
            return d.isNaN() || d.isInfinite() && !path.contains("reakEven") ? path + " = " + d : null;
        }
        if (o instanceof double[] a) {
            for (int i = 0; i < a.length; i++) if (!Double.isFinite(a[i])) return path + "[" + i + "] = " + a[i];
            return null;
        }
        if (o instanceof FiscalCost f) return nonFinite(f.toArray(), path);
        if (o instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                String b = nonFinite(l.get(i), path + "[" + i + "]");
                if (b != null) return b;
            }
            return null;
        }
        if (o != null && o.getClass().isRecord()) {
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                String b = nonFinite(c.getAccessor().invoke(o), path + "." + c.getName());
                if (b != null) return b;
            }
        }
        if (o instanceof org.tuoyu.sandbox.engine.ByAge a) return nonFinite(a.toArray(), path);
        return null;
    }

    private static String mutate(String text, Path file, Random rnd) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        int at = rnd.nextInt(n);
        // numbers are where the model is fragile: half of the mutations change one
        switch (rnd.nextBoolean() ? rnd.nextInt(2) : rnd.nextInt(11)) {
            case 0: return replaceNumber(lines, rnd, EXTREMES[rnd.nextInt(EXTREMES.length)]);
            case 1: return scaleNumber(lines, rnd);
            case 2: lines.remove(at); break;
            case 3: lines.add(at, lines.get(at)); break;
            case 4: if (at + 1 < n) java.util.Collections.swap(lines, at, at + 1); break;
            case 5: lines.set(at, rnd.nextBoolean() ? "  " + lines.get(at) : lines.get(at).replaceFirst("^  ", "")); break;
            case 6: {
                int pos = rnd.nextInt(text.length() + 1);
                return text.substring(0, pos) + JUNK[rnd.nextInt(JUNK.length)] + text.substring(pos);
            }
            case 7: return text.substring(0, rnd.nextInt(text.length() + 1));
            case 8: {
                Matcher m = KEY.matcher(lines.get(at));
                if (m.find()) lines.set(at, m.replaceFirst("$1$2x:"));
                break;
            }
            case 9: return replaceValue(lines, rnd, TEXTS[rnd.nextInt(TEXTS.length)]);
            default: {
                for (int i = 0; i < n; i++) {
                    String l = lines.get(i);
                    if (l.startsWith("region:") || l.startsWith("extends:")) {
                        String ref = REFS[rnd.nextInt(REFS.length)];
                        if (ref.isEmpty()) ref = file.getFileName().toString();
                        lines.set(i, l.substring(0, l.indexOf(':') + 1) + " " + ref);
                        break;
                    }
                }
                return replaceNumber(lines, rnd, EXTREMES[rnd.nextInt(EXTREMES.length)]);
            }
        }
        return String.join("\n", lines);
    }

    private static String replaceNumber(List<String> lines, Random rnd, String with) {
        List<int[]> spots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBER.matcher(lines.get(i));
            while (m.find()) spots.add(new int[] {i, m.start(), m.end()});
        }
        if (spots.isEmpty()) return String.join("\n", lines);
        int[] s = spots.get(rnd.nextInt(spots.size()));
        String l = lines.get(s[0]);
        lines.set(s[0], l.substring(0, s[1]) + with + l.substring(s[2]));
        return String.join("\n", lines);
    }

    private static String scaleNumber(List<String> lines, Random rnd) {
        List<int[]> spots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBER.matcher(lines.get(i));
            while (m.find()) spots.add(new int[] {i, m.start(), m.end()});
        }
        if (spots.isEmpty()) return String.join("\n", lines);
        int[] s = spots.get(rnd.nextInt(spots.size()));
        String l = lines.get(s[0]);
        double v;
        try {
            v = Double.parseDouble(l.substring(s[1], s[2]).replace("_", ""));
        } catch (NumberFormatException e) {
            return String.join("\n", lines);
        }
        double[] factors = {100, 0.01, 1e6, 1e-6, -1, 10, 1e300};
        double nv = v * factors[rnd.nextInt(factors.length)];
        lines.set(s[0], l.substring(0, s[1]) + nv + l.substring(s[2]));
        return String.join("\n", lines);
    }

    private static String replaceValue(List<String> lines, Random rnd, String with) {
        List<Integer> spots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).matches("\\s*-?\\s*[A-Za-z0-9_]+: \\S.*")) spots.add(i);
        if (spots.isEmpty()) return String.join("\n", lines);
        int i = spots.get(rnd.nextInt(spots.size()));
        String l = lines.get(i);
        lines.set(i, l.substring(0, l.indexOf(": ") + 2) + with);
        return String.join("\n", lines);
    }

    /** The first changed line, for the report of a failure. */
    private static String diff(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) return "line " + (i + 1) + ": " + clip(y[i]);
        }
        return x.length == y.length ? "(same)" : "line count " + x.length + " -> " + y.length;
    }

    private static String clip(String s) { return s.length() > 120 ? s.substring(0, 120) + "…" : s; }

    private static void copyLibrary(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    /** Counts of each outcome, and the first few bad ones. */
    private static final class Tally {
        int rejected, withLine, finite;
        final Map<String, Integer> badKinds = new TreeMap<>();
        final List<String> examples = new ArrayList<>();

        void add(String outcome, int i, String what) {
            if (outcome.startsWith("rejected")) {
                rejected++;
                if (outcome.equals("rejected-line")) withLine++;
            } else if (outcome.equals("finite")) {
                finite++;
            } else {
                String kind = outcome.replaceAll(":.*", "").replaceAll("(non-finite) .*", "$1");
                badKinds.merge(kind, 1, Integer::sum);
                if (examples.size() < 30) examples.add("#" + i + " " + what + " -> " + clip(outcome));
            }
        }

        int bad() { return badKinds.values().stream().mapToInt(Integer::intValue).sum(); }

        String summary() {
            return String.format("fuzz: %d mutated files (seed %d): %d rejected cleanly (%d name the line), %d finite results, "
                    + "%d bad %s", COUNT, SEED, rejected, withLine, finite, bad(), badKinds);
        }
    }
}
