package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.Levers;

/** The one door to scenario files for the app and the command line. */
public final class ScenarioFiles {

    /** The shipped library, in the jar under scenarios/ (listed in scenarios/index.txt). */
    public static final String INDEX = "index.txt";

    private ScenarioFiles() {}

    public static ScenarioDocument load(Path file) throws ScenarioFileException {
        return ScenarioReader.read(Location.of(file));
    }

    public static ScenarioDocument load(Location location) throws ScenarioFileException {
        return ScenarioReader.read(location);
    }

    /** Writes the scenario to {@code target} through a temporary file; returns it as now located there. */
    public static ScenarioDocument save(ScenarioDocument doc, Path target) throws IOException {
        Location at = Location.of(target);
        String text = ScenarioWriter.toYaml(doc, at);
        AtomicFiles.writeString(target, text);
        return doc.withLocation(at, Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The document as saving it at {@code target} and opening that file would give, without writing anything: its
     * region is taken as it is (it may not be on disk yet; it must be written at its location before the scenario
     * is). A calibrated baseline is fitted again, as opening it does.
     */
    public static ScenarioDocument asSaved(ScenarioDocument doc, Path target) throws ScenarioFileException {
        Location at = Location.of(target);
        return ScenarioReader.readWith(at, ScenarioWriter.toYaml(doc, at), doc.region());
    }

    /** The text saving {@code doc} at {@code at} would write (references relative to {@code at}), to keep elsewhere. */
    public static String textAt(ScenarioDocument doc, Path at) { return ScenarioWriter.toYaml(doc, Location.of(at)); }

    /**
     * Texts kept by {@link #textAt} for {@code at}, the first their baseline, standing on a region not on disk at
     * {@code regionFile} whose text is given: each as it will read from {@code at} once that region file is written.
     */
    public static List<ScenarioDocument> readAt(Path at, Path regionFile, String regionText, List<String> texts)
            throws ScenarioFileException {
        RegionDocument region = RegionReader.parse(Location.of(regionFile), regionText,
                Hashes.sha256(regionText.getBytes(StandardCharsets.UTF_8)));
        return ScenarioReader.readAllWith(Location.of(at), texts, region);
    }

    /**
     * The region of a region file, or of the region a scenario file names (a file with a top-level
     * {@code scenario:} key is a scenario file).
     */
    public static RegionDocument regionOf(Location location) throws ScenarioFileException {
        String text;
        try {
            text = location.read();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioFileException(location.display(), 0, "", null, "no such file");
        } catch (IOException e) {
            throw new ScenarioFileException(location.display(), 0, "", null, "cannot read the file: " + Location.reason(e));
        }
        if (text.lines().anyMatch(l -> l.startsWith("scenario:"))) return load(location).region();
        return RegionReader.read(location);
    }

    /** True for a region file (districts, no scenario header), judged by its top-level keys only. */
    public static boolean isRegionFile(Location location) {
        try {
            String text = location.read();
            return text.matches("(?s)(.*\\n)?districts:.*") && !text.matches("(?s)(.*\\n)?scenario:.*");
        } catch (IOException e) {
            return false;
        }
    }

    /** Built-in scenario files (the preset library), as references like builtin:beijing-2025.yaml. */
    public static List<Location> builtinScenarios() {
        List<Location> out = new ArrayList<>();
        try {
            String index = Location.builtin(INDEX).read();
            for (String line : index.split("\n")) {
                String l = line.trim();
                if (!l.isEmpty() && !l.startsWith("#")) out.add(Location.builtin(l));
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /**
     * Applies one {@code --set levers.PATH=VALUE}; the key is checked against the lever list and
     * the value against the lever's range, and the message names both when refused. The value may be
     * a dated schedule, {@code 2026:600,2028:1000} (MODEL.md section 2).
     */
    public static ScenarioDocument applySetting(ScenarioDocument doc, String assignment) throws ScenarioFileException {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioFileException("--set", 0, assignment, null, "write KEY=VALUE, e.g. levers.demand.voucher.A2=600");
        }
        String key = assignment.substring(0, eq).trim();
        String value = assignment.substring(eq + 1).trim();
        if (!key.startsWith("levers.")) {
            throw new ScenarioFileException("--set", 0, key, value, "only levers can be set; keys start with 'levers.'");
        }
        String path = key.substring("levers.".length());
        LeverPaths.Target t = LeverPaths.parse(path);
        if (t == null) {
            String near = LeverPaths.suggest(path);
            throw new ScenarioFileException("--set", 0, key, value,
                    "names no lever" + (near != null ? "; did you mean 'levers." + near + "'?" : ""));
        }
        if (t.districtId() != null && doc.region().region().indexOf(t.districtId()) < 0) {
            throw new ScenarioFileException("--set", 0, key, value, "names no district of region " + doc.region().region().id());
        }
        StringBuilder why = new StringBuilder();
        Levers l = doc.scenario().levers();
        if (LeverPaths.isSchedule(value)) {
            LeverSchedule s = LeverPaths.schedule(t.key(), value, why);
            if (s == null) throw new ScenarioFileException("--set", 0, key, value, why.toString());
            int dataYear = doc.region().region().dataYear();
            if (s.firstYear() <= dataYear) {
                throw new ScenarioFileException("--set", 0, key, value, "a schedule's years must come after the region's data year "
                        + dataYear + " (the data year's policy is the baseline's)");
            }
            l = t.districtId() == null ? l.withRegionSchedule(t.key(), s) : l.withOverrideSchedule(t.districtId(), t.key(), s);
            return keepingCalibration(doc.withLevers(l));
        }
        Double v = LeverPaths.value(t.key(), value, why);
        if (v == null) throw new ScenarioFileException("--set", 0, key, value, why.toString());
        l = t.districtId() == null ? l.withRegionWide(t.key(), v) : l.withOverride(t.districtId(), t.key(), v);
        return keepingCalibration(doc.withLevers(l));
    }

    /** What a baseline keeps after a setting, in the words {@code run} and {@code compare} print. */
    public static final String KEPT_CALIBRATION = "--set on a baseline is a what-if on it as loaded: its calibration and "
            + "the data-year leave that leave changes are measured from are kept; save it and load it again to make the "
            + "new levers the data year's (re-calibrated)";

    /**
     * A setting on a calibrated baseline, or one that changes its leave, says that it keeps the baseline as loaded:
     * saving and loading again would instead take the new levers as the data year's, re-fit the calibration to them
     * and measure leave from them (the what-if of issue 10's examples would then vanish in the data year).
     */
    private static ScenarioDocument keepingCalibration(ScenarioDocument doc) {
        if (doc.parent() != null || doc.warnings().contains(KEPT_CALIBRATION)) return doc;
        var b = doc.scenario().behaviour();
        boolean leaveMoved = Evaluator.coveredLeaveDays(doc.scenario().levers().forDistrict(""), b) != b.referenceLeaveDays();
        return doc.calibrate() || leaveMoved ? doc.withWarning(KEPT_CALIBRATION) : doc;
    }

    /** Every lever path a file or --set may use. */
    public static List<String> leverKeys() {
        List<String> r = new ArrayList<>();
        for (LeverKey k : LeverKey.values()) r.add("levers." + k.path());
        return r;
    }
}
