package org.tuoyu.sandbox.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.CalibrationResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Uncertainty;
import org.tuoyu.sandbox.engine.WillingnessFit;

/**
 * A scenario file as loaded: the engine scenario it resolves to (levers inherited from its
 * baseline, demand share calibrated), plus what a user and a workbook need to know about it.
 *
 * @param parent          the baseline this reform extends, or null for a baseline
 * @param leverProvenance sources of lever values, keyed by lever path below {@code levers.}
 * @param behaviourStated behaviour values the file states itself (kept when saving)
 * @param willingnessStated true when the file fixes b50 and s instead of fitting them
 * @param calibration     the calibration that set the demand share (the baseline's, for a reform), or null
 * @param warnings        things the user should know that do not stop the file loading
 * @param calibrated      the behavioural parameters calibration sets (the baseline's, for a reform); empty when none
 * @param optimised       the problem an optimised reform answers (its file's {@code optimised:} block), or null
 */
public record ScenarioDocument(
        Location location,
        String name,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        String source,
        RegionDocument region,
        ScenarioDocument parent,
        Scenario scenario,
        Map<String, Provenance> leverProvenance,
        Map<String, Double> behaviourStated,
        boolean willingnessStated,
        boolean calibrate,
        Uncertainty uncertainty,
        CalibrationResult calibration,
        String sha256,
        List<String> warnings,
        List<String> calibrated,
        OptimisedProblem optimised) {

    public ScenarioDocument {
        calibrated = List.copyOf(calibrated);
        leverProvenance = Map.copyOf(leverProvenance);
        behaviourStated = Map.copyOf(behaviourStated);
        warnings = List.copyOf(warnings);
    }

    /** A document built field by field: the reader, the workspace writer and the reforms the app makes use it. */
    public static Builder builder(Location location, RegionDocument region, Scenario scenario) {
        return new Builder(location, region, scenario);
    }

    /**
     * A reform extending {@code base} at {@code location}: the base's region, uncertainty ranges, calibration and
     * calibrated parameters, no file of its own yet (no hash), nothing stated beyond its levers.
     */
    public static Builder reformOf(ScenarioDocument base, Location location, Scenario scenario) {
        return builder(location, base.region, scenario).parent(base).uncertainty(base.uncertainty)
                .calibration(base.calibration).calibrated(base.calibrated);
    }

    /**
     * This document's fields, to change some and build another: the one copy every {@code with...} goes through, so a
     * component added to the record is copied once here (ScenarioDocumentCopiesTest fails until it is).
     */
    public Builder toBuilder() {
        return builder(location, region, scenario).name(name, nameEn).description(descriptionZh, descriptionEn)
                .source(source).parent(parent).leverProvenance(leverProvenance).behaviourStated(behaviourStated)
                .willingnessStated(willingnessStated).calibrate(calibrate).uncertainty(uncertainty)
                .calibration(calibration).sha256(sha256).warnings(warnings).calibrated(calibrated).optimised(optimised);
    }

    /** The record's components with defaults: no names, descriptions or source, nothing stated, no calibration. */
    public static final class Builder {
        private Location location;
        private String name = "";
        private String nameEn = "";
        private String descriptionZh = "";
        private String descriptionEn = "";
        private String source = "";
        private RegionDocument region;
        private ScenarioDocument parent;
        private Scenario scenario;
        private Map<String, Provenance> leverProvenance = Map.of();
        private Map<String, Double> behaviourStated = Map.of();
        private boolean willingnessStated;
        private boolean calibrate;
        private Uncertainty uncertainty = Uncertainty.DEFAULT;
        private CalibrationResult calibration;
        private String sha256 = "";
        private List<String> warnings = List.of();
        private List<String> calibrated = List.of();
        private OptimisedProblem optimised;

        private Builder(Location location, RegionDocument region, Scenario scenario) {
            this.location = location;
            this.region = region;
            this.scenario = scenario;
        }

        public Builder location(Location l) { location = l; return this; }

        public Builder name(String zh, String en) { name = zh; nameEn = en; return this; }

        public Builder description(String zh, String en) { descriptionZh = zh; descriptionEn = en; return this; }

        public Builder source(String s) { source = s; return this; }

        public Builder region(RegionDocument r) { region = r; return this; }

        public Builder parent(ScenarioDocument p) { parent = p; return this; }

        public Builder scenario(Scenario s) { scenario = s; return this; }

        public Builder leverProvenance(Map<String, Provenance> p) { leverProvenance = p; return this; }

        public Builder behaviourStated(Map<String, Double> b) { behaviourStated = b; return this; }

        public Builder willingnessStated(boolean w) { willingnessStated = w; return this; }

        public Builder calibrate(boolean c) { calibrate = c; return this; }

        public Builder uncertainty(Uncertainty u) { uncertainty = u; return this; }

        public Builder calibration(CalibrationResult c) { calibration = c; return this; }

        public Builder sha256(String s) { sha256 = s; return this; }

        public Builder warnings(List<String> w) { warnings = w; return this; }

        public Builder calibrated(List<String> c) { calibrated = c; return this; }

        public Builder optimised(OptimisedProblem o) { optimised = o; return this; }

        public ScenarioDocument build() {
            return new ScenarioDocument(location, name, nameEn, descriptionZh, descriptionEn, source, region, parent,
                    scenario, leverProvenance, behaviourStated, willingnessStated, calibrate, uncertainty, calibration,
                    sha256, warnings, calibrated, optimised);
        }
    }

    public boolean isReform() { return parent != null; }

    /** The fit of the willingness curve to the region's survey (the curve in use unless the file fixes it). */
    public WillingnessFit fit() { return region.fit(); }

    /**
     * The same document with other levers; provenance is kept only for values that did not change, and an optimised
     * block goes (its answer would no longer be these levers).
     */
    public ScenarioDocument withLevers(Levers levers) {
        Map<String, Provenance> kept = new HashMap<>();
        Levers old = scenario.levers();
        for (Map.Entry<String, Provenance> e : leverProvenance.entrySet()) {
            LeverPaths.Target t = LeverPaths.parse(e.getKey());
            if (t == null) continue;
            if (value(old, t) == value(levers, t) && java.util.Objects.equals(schedule(old, t), schedule(levers, t))) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return toBuilder().scenario(scenario.withLevers(levers)).leverProvenance(kept).optimised(null).build();
    }

    /** The same document with one more warning (shown by run, compare and validate); its levers and answer are kept. */
    public ScenarioDocument withWarning(String w) {
        List<String> ws = new java.util.ArrayList<>(warnings);
        ws.add(w);
        return toBuilder().warnings(ws).build();
    }

    public ScenarioDocument withName(String zh, String en) {
        return toBuilder().name(zh, en).scenario(scenario.withName(zh)).build();
    }

    /** The same document resolving to another engine scenario (its behaviour changed, say), all else kept. */
    public ScenarioDocument withScenario(Scenario other) {
        return toBuilder().scenario(other).build();
    }

    /**
     * The same document with another description (Chinese and English); saved with the file. An optimised block stays:
     * the levers are still the answer to its problem.
     */
    public ScenarioDocument withDescription(String zh, String en) {
        return toBuilder().description(zh, en).build();
    }

    /** The same document as if it lived at another place (after Save As). */
    public ScenarioDocument withLocation(Location l, String sha) {
        return toBuilder().location(l).sha256(sha).build();
    }

    /**
     * True unless this is a calibrated baseline whose levers have been changed since it was fitted, so that its
     * targets no longer come out where the fit left them (a reform forked from the baseline in the app, a baseline
     * edited with --set). Saved with {@code calibrate:}, such a file would fit itself again on loading, to the new
     * levers, and no longer be the scenario that was shown.
     */
    static boolean stillFitsItsTargets(ScenarioDocument d) {
        if (d.parent != null || !d.calibrate || d.calibration == null || d.calibration.targets().isEmpty()) return true;
        ScenarioResult r = Evaluator.evaluate(d.scenario);
        for (CalibrationResult.TargetFit t : d.calibration.targets()) {
            double now = t.figure().read(r);
            if (!(Math.abs(now - t.model()) <= 1e-9 * Math.max(1, Math.abs(t.model())))) return false;
        }
        return true;
    }

    /** The same scenario, not calibrated any more: the fitted values become values the file states. */
    ScenarioDocument keepingFittedValues() {
        Map<String, Double> stated = new HashMap<>(behaviourStated);
        for (String key : calibrated) {
            FreeParameter p = FreeParameter.fromName(key);
            if (p != null) stated.put(key, p.get(scenario.behaviour()));
        }
        return toBuilder().behaviourStated(stated).calibrate(false).calibrated(List.of()).build();
    }

    private static double value(Levers l, LeverPaths.Target t) {
        return t.districtId() == null ? l.regionWide().get(t.key()) : l.forDistrict(t.districtId()).get(t.key());
    }

    private static Object schedule(Levers l, LeverPaths.Target t) {
        return t.districtId() == null ? l.schedule(t.key()) : l.schedule(t.districtId(), t.key());
    }

    /** Provenance of a region-wide lever value, or null. */
    public Provenance provenanceOf(LeverKey k) { return leverProvenance.get(k.path()); }
}
