package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The paired draws behind the bands of each reform's difference from the baseline (MODEL.md section 12): the baseline
 * and its reforms in the same draw, a calibrated baseline re-calibrated in every draw. One place for the command line
 * and the app, so that a workbook or brief exported from either carries the same bands for the same seed.
 */
public final class PairedBands {

    private PairedBands() {}

    /** Whether the draws of {@code docs} re-calibrate the baseline (a calibrated baseline file with observed figures). */
    public static boolean recalibrates(List<ScenarioDocument> docs) {
        ScenarioDocument base = docs.get(0);
        return base.parent() == null && base.calibrate() && base.region().region().observed() != null;
    }

    /** Paired draws of {@code docs} (the baseline first) with the baseline's uncertainty ranges. */
    public static PairedMonteCarlo.Result run(List<ScenarioDocument> docs, int draws, long seed, int threads) {
        ScenarioDocument base = docs.get(0);
        boolean recalibrate = recalibrates(docs);
        List<FreeParameter> free = new ArrayList<>();
        for (String name : base.calibrated()) free.add(FreeParameter.fromName(name));
        List<Scenario> reforms = new ArrayList<>();
        for (int i = 1; i < docs.size(); i++) reforms.add(docs.get(i).scenario());
        return PairedMonteCarlo.run(base.scenario(), reforms, base.uncertainty(),
                recalibrate ? base.region().region().observed() : null, free, draws, seed, threads);
    }
}
