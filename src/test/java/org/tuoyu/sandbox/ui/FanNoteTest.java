package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.export.PairedBands;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.charts.ChartsViewModel;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The fan charts' note says how many draws could not reproduce the observed figures and were left out. */
class FanNoteTest {

    @Test
    void theNoteCountsTheDrawsLeftOutOfTheBand() throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Path.of("scenarios/jiangmen-2024.yaml"));
        MonteCarloResult mc = PairedBands.own(doc, 100, 3, 2, ProgressListener.NONE, () -> false);
        assertTrue(mc.calibrationMisses() > 0 && mc.drawsInBands() == 100 - mc.calibrationMisses(), "misses " + mc);
        var central = Evaluator.evaluate(doc.scenario());
        String zh = ChartsViewModel.fans(central, mc, new I18n(I18n.Lang.ZH)).note();
        String en = ChartsViewModel.fans(central, mc, new I18n(I18n.Lang.EN)).note();
        assertEquals("100 次抽样，种子 3；其中 " + mc.calibrationMisses() + " 次在重新校准后无法重现基年观测值，未计入区间（按 "
                + mc.drawsInBands() + " 次计算）；阴影为 P5–P95", zh);
        assertTrue(en.contains(mc.calibrationMisses() + " could not reproduce the observed figures of the data year")
                && en.contains("(bands of " + mc.drawsInBands() + ")"), en);
        // a run in which every draw met the targets keeps the short note
        MonteCarloResult allMet = new MonteCarloResult(mc.scenario(), 3, 100, mc.uncertainty(), mc.years(), true, 0);
        assertEquals("100 draws, seed 3; shaded: P5–P95 under uncertain behavioural parameters",
                ChartsViewModel.fans(central, allMet, new I18n(I18n.Lang.EN)).note());
    }
}
