package org.tuoyu.sandbox.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Totals;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.ComparisonWorkbook;
import org.tuoyu.sandbox.export.ExportCancelledException;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.ExportTargetException;
import org.tuoyu.sandbox.export.FiscalBands;
import org.tuoyu.sandbox.export.JsonReport;
import org.tuoyu.sandbox.export.Validity;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.scenario.DistrictExport;
import org.tuoyu.sandbox.scenario.DistrictImport;
import org.tuoyu.sandbox.scenario.DistrictTemplate;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.RegionWriter;
import org.tuoyu.sandbox.scenario.ProvenanceReport;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.ScenarioReader;

/** The commands behind {@link Main}; each returns an exit code. */
final class Commands {

    private Commands() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static int run(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        Options o = Options.parse(args, true);
        if (o.files.size() != 1) throw new Main.UsageException("run takes one scenario file\n" + Main.USAGE);
        ScenarioDocument doc;
        try {
            doc = ScenarioFiles.load(Location.parse(o.files.get(0)));
            for (String s : o.sets) doc = ScenarioFiles.applySetting(doc, s);
        } catch (ScenarioFileException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        warn(doc, err);
        ScenarioResult result = Evaluator.evaluate(doc.scenario());
        MonteCarloResult mc = o.draws == null ? null : MonteCarlo.run(doc.scenario(), doc.uncertainty(), o.draws, o.seed);
        if (o.json) {
            Map<String, Object> tree = JsonReport.scenario(doc, result);
            if (mc != null) JsonReport.addBands(tree, mc);
            out.println(json(tree));
        } else {
            printScenario(doc, result, o.year, out);
            if (mc != null) printBands(mc, out);
        }
        return Main.OK;
    }

    static int compare(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        Options o = Options.parse(args, false);
        if (o.files.size() < 2) throw new Main.UsageException("compare takes a baseline and at least one other scenario\n" + Main.USAGE);
        if (o.draws != null && o.xlsx == null) {
            throw new Main.UsageException("--draws on compare puts Monte Carlo bands into the workbook: give --xlsx OUT.xlsx too "
                    + "(for bands in text or JSON use run FILE --draws N)");
        }
        if (o.xlsx != null) {
            Thread warm = new Thread(ComparisonWorkbook::warmUp, "xlsx-warm-up"); // loads POI while the scenarios load
            warm.setDaemon(true);
            warm.start();
        }
        List<ScenarioDocument> docs;
        try {
            List<Location> ls = new ArrayList<>();
            for (String f : o.files) ls.add(Location.parse(f));
            docs = ScenarioReader.readAll(ls);
        } catch (ScenarioFileException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        for (ScenarioDocument d : docs) warn(d, err);
        String region = docs.get(0).region().region().id();
        for (ScenarioDocument d : docs) {
            if (!d.region().region().id().equals(region)) {
                err.println(d.location().display() + ": region " + d.region().region().id()
                        + " differs from the baseline's region " + region + "; compare scenarios of one region");
                return Main.BAD_INPUT;
            }
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (ScenarioDocument d : docs) results.add(Evaluator.evaluate(d.scenario()));
        if (o.xlsx != null) {
            long t0 = System.nanoTime();
            FiscalBands bands = null;
            if (o.draws != null) {
                // The same seed for every scenario: draw i perturbs each scenario's behaviour by the same
                // factors (common random numbers), so differences between scenarios are not sampling noise.
                List<MonteCarloResult> runs = new ArrayList<>();
                for (ScenarioDocument d : docs) runs.add(MonteCarlo.run(d.scenario(), d.uncertainty(), o.draws, o.seed));
                bands = FiscalBands.of(runs);
                (o.json ? err : out).printf("Monte Carlo: %d draws of each of %d scenarios, seed %d, in %.2f s%n", o.draws,
                        docs.size(), o.seed, (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
            }
            try {
                ComparisonWorkbook.write(docs, results, bands, Path.of(o.xlsx), o.english ? Language.EN : Language.ZH,
                        ExportProgress.NONE);
            } catch (ExportTargetException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException | ExportCancelledException e) {
                err.println("cannot write " + o.xlsx + ": " + e.getMessage());
                return Main.FAILED;
            }
            (o.json ? err : out).printf("workbook written to %s in %.2f s%n", Path.of(o.xlsx).toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
        }
        List<Decomposition> splits = new ArrayList<>();
        if (o.decompose) {
            for (int i = 1; i < docs.size(); i++) splits.add(Decomposition.of(docs.get(0).scenario(), docs.get(i).scenario()));
        }
        if (o.json) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Map<String, Object> tree = JsonReport.scenario(docs.get(i), results.get(i));
                if (o.decompose && i > 0) JsonReport.addDecomposition(tree, splits.get(i - 1));
                list.add(tree);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("scenarios", list);
            out.println(json(root));
        } else {
            printComparison(docs, results, o.year, out);
            for (Decomposition d : splits) printDecomposition(d, out);
        }
        return Main.OK;
    }

    static int validate(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        boolean provenance = args.remove("--provenance");
        if (args.isEmpty()) throw new Main.UsageException("validate takes one or more scenario files\n" + Main.USAGE);
        int code = Main.OK;
        for (String f : args) {
            if (f.startsWith("--")) throw new Main.UsageException("unknown option " + f + "\n" + Main.USAGE);
            try {
                if (ScenarioFiles.isRegionFile(Location.parse(f))) {
                    var region = org.tuoyu.sandbox.scenario.RegionReader.read(Location.parse(f));
                    out.printf("ok  %s (region %s, %d districts, willingness fit b50 %.4f s %.4f, RMS residual %.4f)%n", f,
                            region.region().id(), region.region().districts().size(), region.fit().curve().b50(),
                            region.fit().curve().s(), region.fit().rmsResidual());
                    continue;
                }
                ScenarioDocument doc = ScenarioFiles.load(Location.parse(f));
                String cal = doc.calibration() == null ? "" : " (calibrated: " + calibrated(doc) + ")";
                out.println("ok  " + f + cal);
                for (String w : doc.warnings()) out.println("    warning: " + w);
                out.print(Validity.table(Validity.of(doc, Evaluator.evaluate(doc.scenario()))).replaceAll("(?m)^", "    "));
                if (provenance) {
                    ProvenanceReport report = ProvenanceReport.of(doc);
                    report.print(out);
                    if (!report.unsourced().isEmpty()) code = Main.BAD_INPUT;
                }
            } catch (ScenarioFileException e) {
                err.println(e.getMessage());
                code = Main.BAD_INPUT;
            }
        }
        return code;
    }

    static int list(PrintStream out) {
        for (Location l : ScenarioFiles.builtinScenarios()) {
            try {
                ScenarioDocument d = ScenarioFiles.load(l);
                out.printf("%-48s %s / %s%n", l.display(), d.name(), d.nameEn());
            } catch (ScenarioFileException e) {
                out.printf("%-48s (cannot load: %s)%n", l.display(), e.problem());
            }
        }
        return Main.OK;
    }

    /**
     * {@code districts export|template|import}: the district table as .xlsx or .csv (docs/districts.md).
     * Import prints the report; exit 2 when a value was rejected or a row named no district, in which
     * case the new region file is written only with --force (accepted values only).
     */
    static int districts(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        String usage = "districts export REGION OUT.xlsx|OUT.csv · districts template OUT.xlsx|OUT.csv [REGION] · "
                + "districts import REGION TABLE.xlsx|TABLE.csv [--out NEW_REGION.yaml] [--force]";
        if (args.isEmpty()) throw new Main.UsageException(usage);
        String sub = args.remove(0);
        boolean force = args.remove("--force");
        String outFile = null;
        int o = args.indexOf("--out");
        if (o >= 0) {
            if (o + 1 >= args.size()) throw new Main.UsageException("--out needs a file name");
            outFile = args.get(o + 1);
            args.remove(o + 1);
            args.remove(o);
        }
        for (String a : args) if (a.startsWith("--")) throw new Main.UsageException("unknown option " + a + "\n" + usage);
        try {
            switch (sub) {
                case "export": {
                    if (args.size() != 2 || outFile != null || force) throw new Main.UsageException(usage);
                    RegionDocument r = ScenarioFiles.regionOf(Location.parse(args.get(0)));
                    DistrictExport.write(r, java.nio.file.Path.of(args.get(1)));
                    out.println("wrote " + args.get(1) + ": " + r.region().districts().size() + " districts of " + r.region().id());
                    return Main.OK;
                }
                case "template": {
                    if (args.isEmpty() || args.size() > 2 || outFile != null || force) throw new Main.UsageException(usage);
                    RegionDocument r = args.size() == 2 ? ScenarioFiles.regionOf(Location.parse(args.get(1))) : null;
                    DistrictTemplate.write(java.nio.file.Path.of(args.get(0)), r);
                    out.println("wrote " + args.get(0) + (r == null ? "" : " with the districts of " + r.region().id()));
                    return Main.OK;
                }
                case "import": {
                    if (args.size() != 2) throw new Main.UsageException(usage);
                    RegionDocument r = ScenarioFiles.regionOf(Location.parse(args.get(0)));
                    ImportReport report = DistrictImport.read(java.nio.file.Path.of(args.get(1)), r);
                    report.print(out);
                    boolean bad = report.anyRejected();
                    if (outFile == null) {
                        out.println("nothing written (give --out NEW_REGION.yaml to write the region with the imported values)");
                    } else if (bad && !force) {
                        out.println("nothing written: values were rejected; fix the table, or give --force to write the accepted values only");
                    } else {
                        RegionWriter.save(report.result(), java.nio.file.Path.of(outFile),
                                "District table imported from " + report.file() + (report.sheet().isEmpty() ? "" : " (sheet " + report.sheet() + ")")
                                        + " into " + r.location().display() + " on " + java.time.LocalDate.now() + "; see docs/districts.md");
                        out.println("wrote " + outFile + (bad ? " (accepted values only)" : ""));
                    }
                    return bad ? Main.BAD_INPUT : Main.OK;
                }
                default:
                    throw new Main.UsageException("unknown districts command '" + sub + "'\n" + usage);
            }
        } catch (ScenarioFileException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println("cannot write: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    private static void warn(ScenarioDocument doc, PrintStream err) {
        for (String w : doc.warnings()) err.println(doc.location().display() + ": warning: " + w);
    }

    private static String json(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report tree holds only maps, lists, numbers and text", e);
        }
    }

    private static YearResult pick(ScenarioResult r, Integer year) throws Main.UsageException {
        if (year == null) return r.first();
        YearResult y = r.year(year);
        if (y == null) throw new Main.UsageException("--year " + year + " is outside the horizon "
                + r.first().year() + "-" + r.last().year());
        return y;
    }

    /** "potentialDemandShare 0.7504, matchFactor 0.8000": the calibrated parameters. */
    private static String calibrated(ScenarioDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.calibration().parameters().forEach((k, v) -> b.append(b.length() > 0 ? ", " : "").append(k)
                .append(' ').append(String.format(java.util.Locale.ROOT, "%.4f", v)));
        return b.toString();
    }

    private static void printScenario(ScenarioDocument doc, ScenarioResult r, Integer year, PrintStream out)
            throws Main.UsageException {
        YearResult y = pick(r, year);
        Totals t = y.totals();
        out.printf("%s / %s — %d%n", doc.name(), doc.nameEn(), y.year());
        if (doc.calibration() != null) {
            out.println("calibration: " + calibrated(doc) + " — " + doc.calibration().message());
        }
        out.printf("willingness: b50 %.4f, s %.4f, fit RMS residual %.4f%n", doc.scenario().behaviour().willingness().b50(),
                doc.scenario().behaviour().willingness().s(), doc.fit().rmsResidual());
        out.print(Validity.table(Validity.of(doc, r)));
        out.printf("children 0-3 %s · seats %s (%s per 1000, %s inclusive) · enrolled %s%n", Units.count(t.children()),
                Units.count(t.seats()), Units.decimal(t.seatsPerThousand(), 2), Units.percent(t.inclusiveShare()),
                Units.count(t.enrolled()));
        out.printf("enrolment rate %s · utilisation %s · unmet: can't afford %s, no seat %s · above %s of income: %s%n",
                Units.percent(t.enrolmentRate()), Units.percent(t.utilisation()), Units.count(t.unmetPrice()),
                Units.count(t.unmetSeats()), Units.percent(doc.scenario().behaviour().affordabilityThreshold()),
                Units.percent(t.shareAboveThreshold()));
        out.printf("fiscal cost %s (per enrolled child %s)%n", Units.money(t.fiscalCost(), false),
                Units.money(t.costPerEnrolledChild(), false));
        for (FiscalComponent c : FiscalComponent.values()) {
            double v = y.fiscal().get(c);
            if (v != 0) out.printf("  %-22s %s%n", c.key(), Units.money(v, false));
        }
        out.println();
        out.printf("%-14s %9s %8s %8s %7s %7s %8s %8s %12s %9s%n", "district", "children", "seats", "enrolled",
                "rate", "util", "incFee", "mktFee", "fiscal", "breakEven");
        for (DistrictResult d : y.districts()) {
            out.printf("%-14s %9s %8s %8s %7s %7s %8s %8s %12s %9s%n", d.id(), Units.count(d.childrenTotal()),
                    Units.count(d.seats()), Units.count(d.enrolled()), Units.percent(d.enrolmentRate()),
                    Units.percent(d.utilisation()), Units.count(d.inclusiveFee()), Units.count(d.marketFee()),
                    Units.money(d.fiscalCost(), false), Units.percent(d.breakEvenUtilisation()));
        }
        out.println();
        out.printf("%-5s %9s %8s %7s %10s %12s %8s%n", "group", "children", "enrolled", "rate", "netBurden", "netCost/月", "above");
        for (IncomeGroupResult g : y.incomeGroups()) {
            out.printf("%-5s %9s %8s %7s %10s %12s %8s%n", g.group(), Units.count(g.children()), Units.count(g.enrolled()),
                    Units.percent(g.enrolmentRate()), Units.percent(g.meanNetBurden()), Units.count(g.meanNetCostMonth()),
                    Units.percent(g.shareAboveThreshold()));
        }
        if (r.years().size() > 1) {
            out.println();
            out.printf("%-6s %9s %8s %8s %7s %7s %14s%n", "year", "children", "seats", "enrolled", "rate", "util", "fiscal");
            for (YearResult x : r.years()) {
                Totals u = x.totals();
                out.printf("%-6d %9s %8s %8s %7s %7s %14s%n", x.year(), Units.count(u.children()), Units.count(u.seats()),
                        Units.count(u.enrolled()), Units.percent(u.enrolmentRate()), Units.percent(u.utilisation()),
                        Units.money(u.fiscalCost(), false));
            }
            out.printf("total fiscal cost %d-%d: %s%n", r.first().year(), r.last().year(),
                    Units.money(r.cumulativeFiscal().total(), false));
        }
    }

    private static void printComparison(List<ScenarioDocument> docs, List<ScenarioResult> results, Integer year, PrintStream out)
            throws Main.UsageException {
        Totals base = pick(results.get(0), year).totals();
        double baseCum = results.get(0).cumulativeFiscal().total();
        int shown = pick(results.get(0), year).year();
        out.printf("compared with %s (%d; horizon totals over %d-%d)%n", docs.get(0).name(), shown,
                results.get(0).first().year(), results.get(0).last().year());
        // Seats are built from the year after the data year, so the horizon's last year is shown too.
        Totals baseLast = results.get(0).last().totals();
        String last = "enrolled " + results.get(0).last().year();
        out.printf("%-34s %14s %14s %9s %9s %9s %9s %9s %16s %14s %9s%n", "scenario", "fiscal", "Δfiscal", "enrolled", "Δenrol",
                "rate", "util", "above", "Δhorizon fiscal", last, "Δ");
        for (int i = 0; i < docs.size(); i++) {
            Totals t = pick(results.get(i), year).totals();
            Totals tl = results.get(i).last().totals();
            double cum = results.get(i).cumulativeFiscal().total();
            out.printf("%-34s %14s %14s %9s %9s %9s %9s %9s %16s %14s %9s%n", clip(docs.get(i).name(), 34),
                    Units.money(t.fiscalCost(), false), i == 0 ? "" : Units.moneyDelta(t.fiscalCost() - base.fiscalCost(), false),
                    Units.count(t.enrolled()), i == 0 ? "" : signed(t.enrolled() - base.enrolled()),
                    Units.percent(t.enrolmentRate()), Units.percent(t.utilisation()), Units.percent(t.shareAboveThreshold()),
                    i == 0 ? Units.money(cum, false) : Units.moneyDelta(cum - baseCum, false),
                    Units.count(tl.enrolled()), i == 0 ? "" : signed(tl.enrolled() - baseLast.enrolled()));
        }
    }

    private static void printBands(MonteCarloResult mc, PrintStream out) {
        out.println();
        out.printf("Monte Carlo: %d draws, seed %d (P5 / P50 / P95)%n", mc.draws(), mc.seed());
        out.printf("%-6s %-44s %-26s %-26s%n", "year", "fiscal", "enrolment rate", "unmet: no seat");
        for (Bands b : mc.years()) {
            out.printf("%-6d %-44s %-26s %-26s%n", b.year(),
                    band(b.fiscalCost(), v -> Units.money(v, false)), band(b.enrolmentRate(), Units::percent),
                    band(b.unmetSeats(), Units::count));
        }
    }

    private static String band(Band b, java.util.function.DoubleFunction<String> f) {
        return f.apply(b.p5()) + " / " + f.apply(b.p50()) + " / " + f.apply(b.p95());
    }

    private static void printDecomposition(Decomposition d, PrintStream out) {
        out.println();
        out.printf("decomposition of %s against %s (first year; horizon)%n", d.reform(), d.baseline());
        out.printf("%-8s %14s %10s %16s %14s   %14s %16s%n", "step", "Δfiscal", "Δenrol", "Δhorizon fiscal",
                "Δenrol-years", "Shapley fiscal", "Shapley horizon");
        for (int g = 0; g < d.forward().size(); g++) {
            Decomposition.Step s = d.forward().get(g), sh = d.shapley().get(g);
            out.printf("%-8s %14s %10s %16s %14s   %14s %16s%n", s.group().key(), Units.moneyDelta(s.effect().fiscalCost(), false),
                    signed(s.effect().enrolled()), Units.moneyDelta(s.effect().horizonFiscalCost(), false),
                    signed(s.effect().horizonEnrolled()), Units.moneyDelta(sh.effect().fiscalCost(), false),
                    Units.moneyDelta(sh.effect().horizonFiscalCost(), false));
        }
        out.printf("%-8s %14s %10s %16s %14s%n", "total", Units.moneyDelta(d.total().fiscalCost(), false),
                signed(d.total().enrolled()), Units.moneyDelta(d.total().horizonFiscalCost(), false),
                signed(d.total().horizonEnrolled()));
    }

    private static String signed(double v) { return (v >= 0 ? "+" : "−") + Units.count(Math.abs(v)); }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }

    /** Parsed options shared by run and compare. */
    static final class Options {
        final List<String> files = new ArrayList<>();
        final List<String> sets = new ArrayList<>();
        boolean json;
        Integer year;
        String xlsx;
        boolean english;
        Integer draws;
        long seed = 1;
        boolean decompose;

        static Options parse(List<String> args, boolean allowSet) throws Main.UsageException {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--json":
                        o.json = true;
                        break;
                    case "--en":
                        if (allowSet) throw new Main.UsageException("--en applies to compare --xlsx only");
                        o.english = true;
                        break;
                    case "--xlsx":
                        if (allowSet) throw new Main.UsageException("--xlsx applies to compare only");
                        if (i + 1 >= args.size()) throw new Main.UsageException("--xlsx needs a file name, e.g. --xlsx out.xlsx");
                        o.xlsx = args.get(++i);
                        break;
                    case "--set":
                        if (!allowSet) throw new Main.UsageException("--set applies to run only");
                        if (i + 1 >= args.size()) throw new Main.UsageException("--set needs KEY=VALUE");
                        o.sets.add(args.get(++i));
                        break;
                    case "--draws":
                        o.draws = (int) number(args, ++i, "--draws", 1, 1_000_000);
                        break;
                    case "--seed":
                        o.seed = number(args, ++i, "--seed", Long.MIN_VALUE, Long.MAX_VALUE);
                        break;
                    case "--decompose":
                        if (allowSet) throw new Main.UsageException("--decompose applies to compare only");
                        o.decompose = true;
                        break;
                    case "--year":
                        if (i + 1 >= args.size()) throw new Main.UsageException("--year needs a year");
                        try {
                            o.year = Integer.parseInt(args.get(++i));
                        } catch (NumberFormatException e) {
                            throw new Main.UsageException("--year " + args.get(i) + ": not a year");
                        }
                        break;
                    default:
                        if (a.startsWith("--set=")) {
                            if (!allowSet) throw new Main.UsageException("--set applies to run only");
                            o.sets.add(a.substring(6));
                        } else if (a.startsWith("--")) {
                            throw new Main.UsageException("unknown option " + a + "\n" + Main.USAGE);
                        } else {
                            o.files.add(a);
                        }
                }
            }
            if (o.draws == null && args.contains("--seed")) throw new Main.UsageException("--seed needs --draws");
            return o;
        }

        private static long number(List<String> args, int i, String option, long min, long max) throws Main.UsageException {
            if (i >= args.size()) throw new Main.UsageException(option + " needs a number");
            try {
                long v = Long.parseLong(args.get(i));
                if (v < min || v > max) throw new Main.UsageException(option + " must lie between " + min + " and " + max);
                return v;
            } catch (NumberFormatException e) {
                throw new Main.UsageException(option + " " + args.get(i) + ": not a whole number");
            }
        }
    }
}
