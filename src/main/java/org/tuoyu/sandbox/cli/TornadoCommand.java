package org.tuoyu.sandbox.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.decide.Tornado;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tornado FILE [--against BASE] --indicator IND --year Y}: which behavioural parameter decides a number. */
@Command(name = "tornado", sortOptions = false,
        description = "What drives a number: each behavioural parameter at the ends of its uncertainty range,"
                + " the others held (calibrated baselines re-calibrated); widest first.")
final class TornadoCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A scenario file, or builtin:NAME.yaml.")
    String file;

    @Option(names = "--against", paramLabel = "BASE", description = "Show the reform's difference against this scenario.")
    String against;

    @Option(names = "--indicator", required = true, paramLabel = "IND[@DISTRICT|@Qn]",
            description = "The number, by its JSON name, e.g. enrolmentRate or generalBudget.")
    String indicator;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year it is read in.")
    int year;

    @Option(names = "--json", description = "Print the bars as JSON (fields: docs/decide.md).")
    boolean json;

    @Override
    public Integer call() throws Main.UsageException {
        ScenarioDocument doc = DecideInput.load(file);
        ScenarioDocument base = against == null ? null : DecideInput.load(against);
        Commands.warn(doc, err());
        if (base != null && !base.region().region().id().equals(doc.region().region().id())) {
            throw new Main.UsageException("--against " + against + ": region " + base.region().region().id()
                    + " differs from " + doc.region().region().id());
        }
        Target m = DecideInput.measure(indicator, year, "--indicator");
        Tornado.Result r;
        long t0 = System.nanoTime();
        long cpu0 = Timing.cpuNanos();
        try {
            r = Tornado.of(doc, base, m);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        err().printf("tornado: %d evaluations in %s%n", r.evaluations(), Timing.since(t0, cpu0));
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("scenario", doc.name());
            if (base != null) tree.put("against", base.name());
            tree.put("indicator", DecideInput.targetJson(m).get("indicator"));
            tree.put("year", year);
            tree.put("difference", r.difference());
            tree.put("central", r.central());
            List<Object> bars = new ArrayList<>();
            for (Tornado.Bar b : r.bars()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("parameter", b.parameter().key());
                bm.put("labelZh", b.parameter().labelZh());
                bm.put("labelEn", b.parameter().labelEn());
                bm.put("kind", b.parameter().kind().name().toLowerCase(java.util.Locale.ROOT));
                bm.put("low", b.lowEnd());
                bm.put("high", b.highEnd());
                bm.put("atLow", b.atLow());
                bm.put("atHigh", b.atHigh());
                bm.put("swing", b.swing());
                bm.put("calibrated", b.calibrated());
                bm.put("fitsLow", b.fitsLow());
                bm.put("fitsHigh", b.fitsHigh());
                bars.add(bm);
            }
            tree.put("bars", bars);
            out().println(Commands.json(tree));
            return Main.OK;
        }
        out().printf("%s%s in %d: %s%n", m.indicator().key(), base == null ? "" : " (difference against " + against + ")",
                year, DecideInput.show(m, r.central()));
        boolean missed = false;
        out().printf("%-40s %12s %12s %14s %14s %14s%n", "parameter", "low end", "high end", "at low", "at high", "swing");
        for (Tornado.Bar b : r.bars()) {
            if (b.calibrated()) {
                out().printf("%-40s %12s %12s %s%n", b.parameter().labelEn(), b.lowEnd(), b.highEnd(), "re-solved by calibration");
                continue;
            }
            out().printf("%-40s %12s %12s %14s %14s %14s%n", b.parameter().labelEn(), b.lowEnd(), b.highEnd(),
                    DecideInput.show(m, b.atLow()) + (b.fitsLow() ? "" : " *"),
                    DecideInput.show(m, b.atHigh()) + (b.fitsHigh() ? "" : " *"), DecideInput.show(m, b.swing()));
            missed |= !b.fitsLow() || !b.fitsHigh();
        }
        if (missed) {
            out().println("* at this end the re-calibrated baseline cannot reproduce its observed figures within the free"
                    + " parameters' ranges: the data speak against it");
        }
        return Main.OK;
    }
}
