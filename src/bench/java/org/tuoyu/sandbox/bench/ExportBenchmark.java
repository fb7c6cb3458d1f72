package org.tuoyu.sandbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.ComparisonWorkbook;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioReader;

/**
 * The comparison workbook of the five Beijing scenario files (goal: 2 s), wall time of one write. With
 * {@code -wi 0 -i 1 -f 5} each fork measures the first export in a fresh JVM (what a user waits for after starting the
 * app); the default warm-up measures the export again in a warm JVM. Replaces the wall-clock bound of the former
 * BeijingExportTimingTest.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ExportBenchmark {

    private static final List<String> BEIJING = List.of("beijing-2025.yaml", "beijing-2025-hangzhou-vouchers.yaml",
            "beijing-2025-hangzhou-vouchers-hukou.yaml", "beijing-2025-changping-awards.yaml",
            "beijing-2025-maternity-allowance-158.yaml");

    private List<ScenarioDocument> docs;
    private List<ScenarioResult> results;
    private Path dir;

    @Setup
    public void setup() throws Exception {
        List<Location> ls = new ArrayList<>();
        for (String f : BEIJING) ls.add(Location.builtin(f));
        docs = ScenarioReader.readAll(ls);
        results = new ArrayList<>();
        for (ScenarioDocument d : docs) results.add(Evaluator.evaluate(d.scenario()));
        dir = Files.createTempDirectory("export-bench");
    }

    @Benchmark
    public long fiveBeijingScenarios() throws Exception {
        Path out = dir.resolve("beijing.xlsx");
        ComparisonWorkbook.write(docs, results, out, Language.ZH, ExportProgress.NONE);
        return Files.size(out);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir.resolve("beijing.xlsx"));
        Files.deleteIfExists(dir);
    }
}
