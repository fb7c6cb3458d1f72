package org.tuoyu.sandbox.export;

import java.nio.file.Path;
import java.util.List;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * Writes the Beijing sample workbook and brief for looking at (docs/export.md): not a test. Arguments: the folder
 * (target/sample), then optionally the number of paired draws (seed 7) for the bands of the differences.
 */
public final class WorkbookSample {
    private WorkbookSample() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample");
        java.nio.file.Files.createDirectories(dir);
        List<ScenarioDocument> docs = Fixtures.beijing();
        List<ScenarioResult> results = Fixtures.evaluate(docs);
        FiscalBands bands = args.length > 1 ? bands(docs, Integer.parseInt(args[1])) : null;
        for (Language lang : Language.values()) {
            long t0 = System.nanoTime();
            ComparisonWorkbook.write(docs, results, bands, new ExportOptions(2030, ExportOptions.DEFAULT_DISCOUNT_RATE),
                    dir.resolve("beijing-" + lang.name().toLowerCase() + ".xlsx"), lang, ExportProgress.NONE);
            System.out.printf("workbook %s %.2f s%n", lang, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            Brief.write(docs, results, bands, ExportOptions.DEFAULT, dir.resolve("brief-" + lang.name().toLowerCase() + ".docx"), lang);
            System.out.printf("brief %s %.2f s%n", lang, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static FiscalBands bands(List<ScenarioDocument> docs, int draws) {
        List<org.tuoyu.sandbox.engine.MonteCarloResult> runs = new java.util.ArrayList<>();
        for (ScenarioDocument d : docs) runs.add(org.tuoyu.sandbox.engine.MonteCarlo.run(d.scenario(), d.uncertainty(), draws, 7));
        List<org.tuoyu.sandbox.engine.Scenario> reforms = new java.util.ArrayList<>();
        for (int i = 1; i < docs.size(); i++) reforms.add(docs.get(i).scenario());
        ScenarioDocument base = docs.get(0);
        List<org.tuoyu.sandbox.engine.FreeParameter> free = new java.util.ArrayList<>();
        for (String name : base.calibrated()) free.add(org.tuoyu.sandbox.engine.FreeParameter.fromName(name));
        var observed = base.calibrate() ? base.region().region().observed() : null;
        return FiscalBands.of(runs).withDifferences(org.tuoyu.sandbox.engine.PairedMonteCarlo.run(base.scenario(), reforms,
                base.uncertainty(), observed, free, draws, 7, 2));
    }
}
