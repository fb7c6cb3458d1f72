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

    /** A document that answers no optimisation problem. */
    public ScenarioDocument(Location location, String name, String nameEn, String descriptionZh, String descriptionEn,
                            String source, RegionDocument region, ScenarioDocument parent, Scenario scenario,
                            Map<String, Provenance> leverProvenance, Map<String, Double> behaviourStated,
                            boolean willingnessStated, boolean calibrate, Uncertainty uncertainty,
                            CalibrationResult calibration, String sha256, List<String> warnings, List<String> calibrated) {
        this(location, name, nameEn, descriptionZh, descriptionEn, source, region, parent, scenario, leverProvenance,
                behaviourStated, willingnessStated, calibrate, uncertainty, calibration, sha256, warnings, calibrated, null);
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
        return new ScenarioDocument(location, name, nameEn, descriptionZh, descriptionEn, source, region, parent,
                scenario.withLevers(levers), kept, behaviourStated, willingnessStated, calibrate, uncertainty,
                calibration, sha256, warnings, calibrated, null);
    }

    /** The same document with one more warning (shown by run, compare and validate). */
    public ScenarioDocument withWarning(String w) {
        List<String> ws = new java.util.ArrayList<>(warnings);
        ws.add(w);
        return new ScenarioDocument(location, name, nameEn, descriptionZh, descriptionEn, source, region, parent, scenario,
                leverProvenance, behaviourStated, willingnessStated, calibrate, uncertainty, calibration, sha256, ws, calibrated);
    }

    public ScenarioDocument withName(String zh, String en) {
        return new ScenarioDocument(location, zh, en, descriptionZh, descriptionEn, source, region, parent,
                scenario.withName(zh), leverProvenance, behaviourStated, willingnessStated, calibrate, uncertainty,
                calibration, sha256, warnings, calibrated, optimised);
    }

    /** The same document resolving to another engine scenario (its behaviour changed, say), all else kept. */
    public ScenarioDocument withScenario(Scenario other) {
        return new ScenarioDocument(location, name, nameEn, descriptionZh, descriptionEn, source, region, parent, other,
                leverProvenance, behaviourStated, willingnessStated, calibrate, uncertainty, calibration, sha256, warnings, calibrated,
                optimised);
    }

    /** The same document with another description (Chinese and English); saved with the file. */
    public ScenarioDocument withDescription(String zh, String en) {
        return new ScenarioDocument(location, name, nameEn, zh, en, source, region, parent, scenario, leverProvenance,
                behaviourStated, willingnessStated, calibrate, uncertainty, calibration, sha256, warnings, calibrated);
    }

    /** The same document as if it lived at another place (after Save As). */
    public ScenarioDocument withLocation(Location l, String sha) {
        return new ScenarioDocument(l, name, nameEn, descriptionZh, descriptionEn, source, region, parent, scenario,
                leverProvenance, behaviourStated, willingnessStated, calibrate, uncertainty, calibration, sha, warnings, calibrated,
                optimised);
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
        return new ScenarioDocument(location, name, nameEn, descriptionZh, descriptionEn, source, region, parent,
                scenario, leverProvenance, stated, willingnessStated, false, uncertainty, calibration, sha256, warnings,
                List.of(), optimised);
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
