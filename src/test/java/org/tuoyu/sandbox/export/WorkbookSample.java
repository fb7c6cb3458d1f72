package org.tuoyu.sandbox.export;

import java.nio.file.Path;
import java.util.List;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/** Writes the Beijing sample workbook and brief for looking at (docs/export.md): not a test. */
public final class WorkbookSample {
    private WorkbookSample() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample");
        java.nio.file.Files.createDirectories(dir);
        List<ScenarioDocument> docs = Fixtures.beijing();
        List<ScenarioResult> results = Fixtures.evaluate(docs);
        for (Language lang : Language.values()) {
            long t0 = System.nanoTime();
            ComparisonWorkbook.write(docs, results, null, new ExportOptions(2030, ExportOptions.DEFAULT_DISCOUNT_RATE),
                    dir.resolve("beijing-" + lang.name().toLowerCase() + ".xlsx"), lang, ExportProgress.NONE);
            System.out.printf("workbook %s %.2f s%n", lang, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            Brief.write(docs, results, null, ExportOptions.DEFAULT, dir.resolve("brief-" + lang.name().toLowerCase() + ".docx"), lang);
            System.out.printf("brief %s %.2f s%n", lang, (System.nanoTime() - t0) / 1e9);
        }
    }
}
