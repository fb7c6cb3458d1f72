package org.tuoyu.sandbox.ui.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.export.FiscalBands;
import org.tuoyu.sandbox.export.PairedBands;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * The app's workbook and brief carry the same paired bands of each reform's difference as {@code compare --draws} with
 * the same seed and draws: before, the app exported each scenario's own band only, and a reform's Δ had none.
 */
class ExportBandsTest {

    @Test
    void theAppsExportCarriesThePairedBandsOfTheCommandLine() throws Exception {
        ScenarioDocument base = ScenarioFiles.load(Path.of("scenarios", "jiangmen-2024.yaml"));
        ScenarioDocument reform = ScenarioFiles.applySetting(base, "levers.demand.voucher.A2=600")
                .withName("江门 + 托育券 600", "Jiangmen + vouchers 600");
        List<ScenarioDocument> docs = List.of(base, reform);
        List<MonteCarloResult> own = new ArrayList<>();
        for (ScenarioDocument d : docs) own.add(MonteCarlo.run(d.scenario(), d.uncertainty(), 20, 5));
        FiscalBands app = ExportViewModel.withDifferences(docs, FiscalBands.of(own));
        var cli = PairedBands.run(docs, 20, 5, 1);
        assertNotNull(app.differences(), "paired bands of the differences");
        int year = base.scenario().horizon().firstYear() + 3;
        for (Indicator figure : List.of(Indicator.ENROLLED, Indicator.GENERAL_BUDGET)) {
            Band a = app.difference(1, figure, year);
            Band c = cli.differences().get(0).stream().filter(y -> y.year() == year).findFirst().orElseThrow().get(figure);
            assertNotNull(a, figure.key());
            assertEquals(c.p5(), a.p5(), 0, figure.key());
            assertEquals(c.p95(), a.p95(), 0, figure.key());
        }
        assertNull(ExportViewModel.withDifferences(docs, null), "no uncertainty run: no bands");
    }
}
