package org.tuoyu.sandbox.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.Brief;
import org.tuoyu.sandbox.export.ComparisonWorkbook;
import org.tuoyu.sandbox.export.ExportCancelledException;
import org.tuoyu.sandbox.export.ExportOptions;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.ExportTargetException;
import org.tuoyu.sandbox.export.FiscalBands;
import org.tuoyu.sandbox.export.JsonReport;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.PairedBands;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare BASE OTHER...}: reforms against a baseline, as a table, JSON or an Excel workbook. */
@Command(name = "compare", sortOptions = false,
        description = "Compare reforms with a baseline of the same region: a table, JSON, or an .xlsx workbook.")
final class CompareCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "BASE", description = "The baseline scenario file.")
    String base;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER", description = "One or more reform files.")
    List<String> others;

    @Option(names = "--json", description = "Print every scenario's full result as JSON.")
    boolean json;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of the table and of the workbook's one-year sheets (default: the first).")
    Integer year;

    @Option(names = "--decompose", description = "Split each reform's effect among the lever groups (docs/cli.md).")
    boolean decompose;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Also write the comparison workbook.")
    String xlsx;

    @Option(names = "--brief", paramLabel = "OUT.docx", description = "Also write the brief for a proposal (Word, docs/export.md).")
    String brief;

    @Option(names = "--en", description = "The workbook and the brief in English (default Chinese).")
    boolean english;

    @Mixin
    DrawsOptions draws;

    @Override
    public Integer call() throws Main.UsageException {
        draws.check(this);
        if (draws.on() && xlsx == null && brief == null && !json) {
            throw usage("--draws on compare puts Monte Carlo bands into the workbook, the brief or the JSON: give --xlsx"
                    + " OUT.xlsx, --brief OUT.docx or --json too (for bands in text use run FILE --draws N)");
        }
        if (xlsx != null) {
            Thread warm = new Thread(ComparisonWorkbook::warmUp, "xlsx-warm-up"); // loads POI while the scenarios load
            warm.setDaemon(true);
            warm.start();
        }
        if (brief != null) {
            Thread warm = new Thread(Brief::warmUp, "brief-warm-up"); // POI's XWPF, JFreeChart and the fonts, likewise
            warm.setDaemon(true);
            warm.start();
        }
        List<ScenarioDocument> docs;
        try {
            docs = load();
        } catch (ScenarioFileException e) {
            err().println(e.getMessage());
            return Main.BAD_INPUT;
        }
        if (docs == null) return Main.BAD_INPUT;
        List<ScenarioResult> results = new ArrayList<>();
        for (ScenarioDocument d : docs) results.add(Evaluator.evaluate(d.scenario()));
        ScenarioResult baseline = results.get(0);
        if (year != null && baseline.year(year) == null) {
            throw usage("--year " + year + " is outside the horizon " + baseline.first().year() + "-" + baseline.last().year());
        }
        PairedMonteCarlo.Result paired = draws.on() ? paired(docs) : null;
        if (xlsx != null || brief != null) {
            int code = writeFiles(docs, results, paired);
            if (code != Main.OK) return code;
        }
        List<Decomposition> splits = new ArrayList<>();
        if (decompose) {
            for (int i = 1; i < docs.size(); i++) splits.add(Decomposition.of(docs.get(0).scenario(), docs.get(i).scenario()));
        }
        if (json) {
            out().println(Commands.json(jsonTree(docs, results, splits, paired)));
        } else {
            Commands.printComparison(docs, results, year, out());
            for (Decomposition d : splits) Commands.printDecomposition(d, out());
        }
        return Main.OK;
    }

    /** The files, baseline first; null (after saying why) when they are of different regions. */
    private List<ScenarioDocument> load() throws ScenarioFileException {
        List<Location> ls = new ArrayList<>();
        ls.add(Location.parse(base));
        for (String f : others) ls.add(Location.parse(f));
        List<ScenarioDocument> docs = ScenarioReader.readAll(ls);
        for (ScenarioDocument d : docs) Commands.warn(d, err());
        String region = docs.get(0).region().region().id();
        for (ScenarioDocument d : docs) {
            if (!d.region().region().id().equals(region)) {
                err().println(d.location().display() + ": region " + d.region().region().id()
                        + " differs from the baseline's region " + region + "; compare scenarios of one region");
                return null;
            }
        }
        return docs;
    }

    private int writeFiles(List<ScenarioDocument> docs, List<ScenarioResult> results, PairedMonteCarlo.Result paired) {
        // With --json the progress lines go to stderr so that stdout stays one JSON document.
        PrintStream said = json ? err() : out();
        long t0 = System.nanoTime();
        FiscalBands bands = null;
        if (draws.on()) {
            // The same seed for every scenario: draw i perturbs each scenario's behaviour by the same
            // factors (common random numbers), so differences between scenarios are not sampling noise.
            List<MonteCarloResult> runs = new ArrayList<>();
            for (ScenarioDocument d : docs) {
                runs.add(PairedBands.own(d, draws.draws, draws.seedOrDefault(), Runtime.getRuntime().availableProcessors(),
                        ProgressListener.NONE, () -> false));
            }
            bands = FiscalBands.of(runs).withDifferences(paired); // the bands of each Δ, beside each scenario's own
            said.printf("Monte Carlo: %d draws of each of %d scenarios, seed %d, in %.2f s%n", draws.draws,
                    docs.size(), draws.seedOrDefault(), (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
        }
        Language lang = english ? Language.EN : Language.ZH;
        ExportOptions options = ExportOptions.DEFAULT.withYear(year);
        String target = xlsx;
        try {
            if (xlsx != null) {
                ComparisonWorkbook.write(docs, results, bands, options, Path.of(xlsx), lang, ExportProgress.NONE);
                said.printf("workbook written to %s in %.2f s%n", Path.of(xlsx).toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
            }
            if (brief != null) {
                target = brief;
                t0 = System.nanoTime();
                Brief.write(docs, results, bands, options, Path.of(brief), lang);
                said.printf("brief written to %s in %.2f s%n", Path.of(brief).toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
            }
        } catch (ExportTargetException e) {
            err().println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException | ExportCancelledException e) {
            err().println("cannot write " + target + ": " + e.getMessage());
            return Main.FAILED;
        }
        return Main.OK;
    }

    private Map<String, Object> jsonTree(List<ScenarioDocument> docs, List<ScenarioResult> results,
            List<Decomposition> splits, PairedMonteCarlo.Result paired) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> tree = JsonReport.scenario(docs.get(i), results.get(i));
            if (decompose && i > 0) JsonReport.addDecomposition(tree, splits.get(i - 1));
            if (i > 0) JsonReport.addDifference(tree, results.get(0), results.get(i));
            if (paired != null && i > 0) JsonReport.addDifferenceBands(tree, paired.differences().get(i - 1));
            list.add(tree);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        if (paired != null) root.put("monteCarlo", JsonReport.pairedInfo(paired));
        root.put("scenarios", list);
        return root;
    }

    /**
     * Paired draws of the baseline and the reforms (MODEL.md section 12); a calibrated baseline is
     * re-calibrated in every draw and its reforms take the same values.
     */
    private PairedMonteCarlo.Result paired(List<ScenarioDocument> docs) {
        boolean recalibrate = PairedBands.recalibrates(docs);
        long t0 = System.nanoTime();
        PairedMonteCarlo.Result r = PairedBands.run(docs, draws.draws, draws.seedOrDefault(), Runtime.getRuntime().availableProcessors());
        err().printf("paired Monte Carlo: %d draws%s, seed %d, in %.2f s%n", draws.draws,
                recalibrate ? " with re-calibration" : "", draws.seedOrDefault(), (System.nanoTime() - t0) / 1e9);
        return r;
    }
}
