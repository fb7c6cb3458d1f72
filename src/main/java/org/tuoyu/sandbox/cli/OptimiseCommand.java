package org.tuoyu.sandbox.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.decide.Cost;
import org.tuoyu.sandbox.decide.OptimisedReform;
import org.tuoyu.sandbox.decide.Optimiser;
import org.tuoyu.sandbox.decide.Optimum;
import org.tuoyu.sandbox.decide.Problem;
import org.tuoyu.sandbox.decide.TargetOutcome;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code optimise FILE --levers ... --target ... --year Y}: the cheapest lever set that meets the targets. */
@Command(name = "optimise", sortOptions = false,
        description = "The cheapest set of the named levers, within their bounds, that meets every target;"
                + " what each target costs (by re-solving without it); optionally written as a reform file.")
final class OptimiseCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario to start from, or builtin:NAME.yaml.")
    String file;

    @Option(names = "--levers", required = true, split = ",", paramLabel = "KEY[@YEAR]=MIN:MAX",
            description = "Levers to move and their bounds, comma-separated; districts.ID.KEY for one district's.")
    List<String> levers = new ArrayList<>();

    @Option(names = "--minimise", paramLabel = "generalBudget|publicMoney[@YEAR|@horizon]", defaultValue = "generalBudget",
            description = "The cost to minimise (default generalBudget in --year).")
    String minimise;

    @Option(names = "--discount", paramLabel = "RATE", defaultValue = "0",
            description = "Yearly discount rate for a cost @horizon, e.g. 0.03 (default 0).")
    double discount;

    @Option(names = "--target", paramLabel = "IND[@DISTRICT|@Qn](>=|<=)VALUE[@YEAR]",
            description = "A target, repeatable; its year is --year unless it ends with @YEAR.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Year of the targets and of the cost.")
    int year;

    @Option(names = "--json", description = "Print the answer as JSON (fields: docs/decide.md).")
    boolean json;

    @Option(names = "--out", paramLabel = "REFORM.yaml", description = "Write the answer as a reform of FILE.")
    Path outFile;

    @Override
    public Integer call() throws Main.UsageException {
        ScenarioDocument doc = DecideInput.load(file);
        Commands.warn(doc, err());
        Problem p = problem(doc);
        long t0 = System.nanoTime();
        long cpu0 = Timing.cpuNanos();
        Optimum o = Optimiser.solve(p, true, ProgressListener.NONE, () -> false);
        err().printf("optimise: %d evaluations in %s%n", o.evaluations(), Timing.since(t0, cpu0));
        if (outFile != null) {
            try {
                ScenarioFiles.save(OptimisedReform.of(doc, o, Location.of(outFile)), outFile);
            } catch (IOException e) {
                err().println(outFile + ": cannot write the reform: " + Location.reason(e));
                return Main.BAD_INPUT;
            }
        }
        if (json) {
            out().println(Commands.json(json(o)));
        } else {
            print(o);
        }
        return Main.OK;
    }

    private Problem problem(ScenarioDocument doc) throws Main.UsageException {
        Cost cost;
        try {
            cost = Cost.parse(minimise, year, discount);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--minimise: " + e.getMessage());
        }
        List<Target> ts = new ArrayList<>();
        for (String t : targets) ts.add(DecideInput.target(t, year));
        try {
            return new Problem(doc.scenario(), DecideInput.levers(levers, doc.region().region()), cost, ts);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    static Map<String, Object> json(Optimum o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("levers", o.levers());
        m.put("cost", o.cost());
        m.put("minimised", o.problem().cost().toString());
        m.put("feasible", o.feasible());
        List<Object> ts = new ArrayList<>();
        Map<String, Object> prices = new LinkedHashMap<>();
        for (TargetOutcome t : o.targets()) {
            Map<String, Object> tm = DecideInput.targetJson(t.target());
            tm.put("value", t.value());
            tm.put("met", t.met());
            tm.put("active", t.active());
            tm.put("costOfTarget", Double.isNaN(t.costOfTarget()) ? null : t.costOfTarget());
            ts.add(tm);
            prices.put(t.target() + "@" + t.target().year(), Double.isNaN(t.costOfTarget()) ? null : t.costOfTarget());
        }
        m.put("targets", ts);
        m.put("costOfTarget", prices);
        Map<String, Object> bounds = new LinkedHashMap<>();
        o.problem().levers().forEach(l -> bounds.put(l.label(), List.of(l.min(), l.max())));
        m.put("bounds", bounds);
        m.put("evaluations", o.evaluations());
        return m;
    }

    private void print(Optimum o) {
        out().println(o.feasible() ? "cheapest lever set meeting every target:"
                : "the targets cannot all be met within the bounds; the closest lever set:");
        o.levers().forEach((k, v) -> out().printf("  levers.%s = %s%n", k, Units.decimal(v, 2)));
        out().printf("%s: %s%n", o.problem().cost().describeEn(), Units.money(o.cost(), true));
        for (TargetOutcome t : o.targets()) {
            out().printf("  %-40s %s in %d: %s%s%n", t.target(), t.met() ? "met" : "NOT met", t.target().year(),
                    DecideInput.show(t.target(), t.value()), t.active() ? " — binding; dropping it saves "
                            + Units.money(t.costOfTarget(), true) : "");
        }
    }
}
