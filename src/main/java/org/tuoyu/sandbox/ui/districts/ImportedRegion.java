package org.tuoyu.sandbox.ui.districts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.Calibration;
import org.tuoyu.sandbox.engine.CalibrationResult;
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.RegionWriter;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * The open scenarios moved onto an imported district table (decisions 0037, 0043). Scenario files name their region
 * file, and a reform must use its baseline's, so the imported region gets a region file's place beside the new
 * baseline file and the baseline a scenario file's place; both are only planned here. The baseline is read back
 * from the text it will be saved with (fitted again to the new districts exactly as opening it later will), and every
 * other open scenario is rebuilt on it. Nothing is written: Save writes the region file, then the baseline
 * ({@link org.tuoyu.sandbox.ui.scenarios.ScenarioActions#save}). No toolkit calls: it runs off the FX thread.
 */
public final class ImportedRegion {

    /** The baseline as it will read back, then the other scenarios in their order; the region file still to write. */
    public record Result(List<ScenarioDocument> documents, Path baselineFile, Workspace.PendingRegion region) {}

    private ImportedRegion() {}

    /** The region file written beside the baseline file: {@code NAME.yaml} → {@code NAME.region.yaml}. */
    public static Path regionFileFor(Path baselineFile) {
        String n = baselineFile.getFileName().toString();
        String stem = n.replaceFirst("(?i)\\.ya?ml$", "");
        return baselineFile.resolveSibling(stem + ".region.yaml");
    }

    /**
     * The report's region as it reads back from its planned file, the baseline naming it as it reads back from
     * {@code baselineFile}, and the others rebuilt on it; nothing written. {@code open.get(0)} is the baseline.
     */
    public static Result apply(ImportReport report, List<ScenarioDocument> open, Path baselineFile)
            throws ScenarioFileException {
        Path regionFile = regionFileFor(baselineFile);
        ScenarioDocument old = open.get(0);
        String header = "District table imported from " + report.file()
                + (report.sheet().isEmpty() ? "" : " (sheet " + report.sheet() + ")") + " into "
                + report.before().location().display() + " on " + LocalDate.now() + " in the app; see docs/districts.md";
        RegionDocument region = RegionWriter.reread(report.result(), Location.of(regionFile), header);
        ScenarioDocument baseline = ScenarioFiles.asSaved(old.toBuilder().region(region).build(), baselineFile);
        List<ScenarioDocument> out = new ArrayList<>();
        out.add(baseline);
        for (ScenarioDocument d : open.subList(1, open.size())) out.add(rebuilt(d, old, baseline));
        // the very text the region was read back from is what Save writes
        return new Result(out, baselineFile, new Workspace.PendingRegion(region, regionFile, RegionWriter.toYaml(report.result(), header)));
    }

    /**
     * Another open scenario on the new baseline: a reform, or a copy of the baseline with other levers (a fork),
     * takes the new baseline's fitted behaviour with its own stated values on top; a baseline of its own that is
     * fitted (another file of the region) is fitted again to the new districts.
     */
    static ScenarioDocument rebuilt(ScenarioDocument d, ScenarioDocument oldBaseline, ScenarioDocument baseline)
            throws ScenarioFileException {
        RegionDocument region = baseline.region();
        boolean ownFit = d.parent() == null && d.calibrate() && d.calibration() != oldBaseline.calibration();
        Behaviour b = baseline.scenario().behaviour();
        for (Map.Entry<String, Double> e : d.behaviourStated().entrySet()) b = b.with(e.getKey(), e.getValue());
        Scenario s = new Scenario(d.scenario().name(), region.region(), d.scenario().levers(), ownFit ? d.scenario().behaviour() : b,
                d.scenario().horizon());
        CalibrationResult calibration = baseline.calibration();
        List<String> calibrated = baseline.calibrated();
        if (ownFit) {
            List<FreeParameter> free = new ArrayList<>();
            for (String k : d.calibrated()) free.add(FreeParameter.fromName(k));
            try {
                calibration = Calibration.fit(s, region.region().observed(), free);
            } catch (IllegalArgumentException e) {
                throw new ScenarioFileException(d.location().display(), 0, "calibrate", null, e.getMessage());
            }
            s = s.withBehaviour(calibration.apply(s.behaviour()));
            calibrated = d.calibrated();
        }
        ScenarioDocument parent = d.parent() != null ? baseline : null;
        return d.toBuilder().region(region).parent(parent).scenario(s).calibration(calibration).calibrated(calibrated).build();
    }
}
