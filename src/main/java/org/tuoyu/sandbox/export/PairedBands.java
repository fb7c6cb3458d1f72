package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.Observation;
import org.tuoyu.sandbox.engine.ObservedFigure;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
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

    /**
     * The re-calibration of {@code doc}'s draws: its calibrated baseline (the file itself, or the baseline it extends)
     * re-fitted in every draw to the values its central run gives the observed figures; null when that baseline is not
     * calibrated. As loaded, those are the observed values (the central run meets them). A baseline edited since
     * (--set, the app's edit-baseline mode) keeps its calibration and its data year moves with the edit (decision
     * 0021): its draws then reproduce the edited data year, not the observed one, so the band stays about the
     * central run instead of undoing the edit in every draw.
     */
    public static MonteCarlo.Recalibration recalibration(ScenarioDocument doc) {
        ScenarioDocument base = doc;
        while (base.parent() != null) base = base.parent();
        Observation observed = base.region().region().observed();
        if (!base.calibrate() || observed == null || base.calibrated().isEmpty()) return null;
        List<FreeParameter> free = new ArrayList<>();
        for (String name : base.calibrated()) free.add(FreeParameter.fromName(name));
        return new MonteCarlo.Recalibration(base.scenario(), asCentral(base, observed), free);
    }

    /** The observed targets at the values the baseline's central run gives them (the observed ones where it meets them). */
    private static Observation asCentral(ScenarioDocument base, Observation observed) {
        ScenarioResult central = Evaluator.evaluate(base.scenario());
        List<ObservedFigure> figures = new ArrayList<>();
        boolean moved = false;
        for (ObservedFigure f : observed.targets()) {
            double v = f.read(central);
            boolean met = Math.abs(v - f.value()) <= 1e-6 * Math.max(1e-9, Math.abs(f.value()));
            moved |= !met;
            figures.add(met ? f : new ObservedFigure(f.figure(), f.district(), f.year(), v, f.source(), true));
        }
        return moved ? new Observation(figures) : observed;
    }

    /**
     * The bands of one scenario's own level ({@code run --draws}, the app's fan charts, the workbook's bands of each
     * scenario): a calibrated baseline, or a reform of one, re-calibrated in every draw, so the band's data year keeps
     * the observed figures and the central run lies inside it (docs/uncertainty.md).
     */
    public static MonteCarloResult own(ScenarioDocument doc, int draws, long seed, int threads, ProgressListener progress,
                                       BooleanSupplier cancelled) {
        return MonteCarlo.run(doc.scenario(), doc.uncertainty(), recalibration(doc), draws, seed, threads, progress,
                cancelled);
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
                recalibrate ? asCentral(base, base.region().region().observed()) : null, free, draws, seed, threads);
    }
}
