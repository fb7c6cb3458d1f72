package org.tuoyu.sandbox.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.decide.Cost;
import org.tuoyu.sandbox.decide.Frontier;
import org.tuoyu.sandbox.decide.Problem;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.FrontierSheet;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontier FILE --levers ... --target IND --year Y}: least cost at each level of one indicator. */
@Command(name = "frontier", sortOptions = false,
        description = "The efficient frontier: the least cost of reaching each level of one indicator with the named"
                + " levers, and every shipped reform of the same region placed against it (dominated, and by how much).")
final class FrontierCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario to start from, or builtin:NAME.yaml.")
    String file;

    @Option(names = "--levers", required = true, split = ",", paramLabel = "KEY[@YEAR]=MIN:MAX",
            description = "Levers to move and their bounds, comma-separated.")
    List<String> levers = new ArrayList<>();

    @Option(names = "--target", required = true, paramLabel = "IND[@DISTRICT|@Qn]",
            description = "The indicator on the curve's axis, e.g. enrolmentRate.")
    String target;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Year of the indicator and of the cost.")
    int year;

    @Option(names = "--points", paramLabel = "N", defaultValue = "20", description = "Levels on the curve (default 20).")
    int points;

    @Option(names = "--minimise", paramLabel = "generalBudget|publicMoney[@YEAR|@horizon]", defaultValue = "generalBudget",
            description = "The cost (default generalBudget in --year).")
    String minimise;

    @Option(names = "--reform", paramLabel = "FILE", description = "Also place this scenario (repeatable).")
    List<String> reforms = new ArrayList<>();

    @Option(names = "--json", description = "Print the curve and the placements as JSON (fields: docs/decide.md).")
    boolean json;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Also write the curve and the placements as a workbook sheet.")
    Path xlsx;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "Language of the workbook (default zh).")
    String lang;

    @Override
    public Integer call() throws Main.UsageException {
        if (points < 2 || points > 200) throw usage("--points must lie in 2..200, got " + points);
        ScenarioDocument doc = DecideInput.load(file);
        Commands.warn(doc, err());
        Target m = DecideInput.measure(target, year, "--target");
        Problem p;
        try {
            p = new Problem(doc.scenario(), DecideInput.levers(levers, doc.region().region()),
                    Cost.parse(minimise, year, 0), List.of());
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        if (!lang.equals("zh") && !lang.equals("en")) throw usage("--lang takes zh or en, got " + lang);
        long t0 = System.nanoTime();
        long cpu0 = Timing.cpuNanos();
        Frontier.Result r;
        try {
            r = Frontier.of(p, m, points, ProgressListener.NONE, () -> false);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        err().printf("frontier: %d points, %d evaluations in %s%n", r.points().size(), r.evaluations(), Timing.since(t0, cpu0));
        List<Frontier.Placement> placed = new ArrayList<>();
        // The sheet names the reforms in its own language; the table and the JSON in English, as before.
        List<Frontier.Placement> named = new ArrayList<>();
        for (ScenarioDocument d : placedReforms(doc)) {
            var result = Evaluator.evaluate(d.scenario());
            placed.add(r.place(d.nameEn(), result));
            named.add(r.place(lang.equals("en") ? d.nameEn() : d.name(), result));
        }
        if (xlsx != null) {
            try {
                FrontierSheet.writeWorkbook(r, named, xlsx, lang.equals("en") ? Language.EN : Language.ZH);
            } catch (IOException e) {
                err().println(xlsx + ": cannot write the workbook: " + Location.reason(e));
                return Main.BAD_INPUT;
            }
        }
        if (json) {
            out().println(Commands.json(json(r, placed)));
            return Main.OK;
        }
        out().printf("%-8s %16s   levers (%s)%n", m.indicator().key(), p.cost().toString(), String.join(", ",
                p.levers().stream().map(l -> l.label()).toList()));
        for (Frontier.Point pt : r.points()) {
            out().printf("%-8s %16s   %s%n", DecideInput.show(r.measure(), pt.level()), Units.money(pt.cost(), true),
                    pt.levers().stream().map(v -> Units.decimal(v, 2)).toList());
        }
        out().println();
        for (Frontier.Placement pl : placed) {
            out().printf("%-60s %8s %16s  %s%n", pl.name(), DecideInput.show(r.measure(), pl.level()),
                    Units.money(pl.cost(), true), Double.isNaN(pl.frontierCost()) ? "beyond the frontier's reach"
                            : pl.dominated() ? "dominated: " + Units.money(pl.excess(), true) + " above the frontier"
                            : "on or below the frontier");
        }
        return Main.OK;
    }

    /** The shipped reforms of the same region, and any --reform files. */
    /** The shipped reforms of the region and any --reform, each evaluated once. */
    private List<ScenarioDocument> placedReforms(ScenarioDocument doc) throws Main.UsageException {
        List<ScenarioDocument> out = new ArrayList<>();
        String region = doc.region().region().id();
        for (Location l : ScenarioFiles.builtinScenarios()) {
            ScenarioDocument d;
            try {
                d = ScenarioFiles.load(l);
            } catch (ScenarioFileException e) {
                continue; // the library's own tests keep it loadable; a broken entry is not this command's answer
            }
            if (d.isReform() && d.region().region().id().equals(region) && d.scenario().horizon().lastYear() >= year) {
                out.add(d);
            }
        }
        for (String f : reforms) {
            ScenarioDocument d = DecideInput.load(f);
            if (!d.region().region().id().equals(region)) {
                throw new Main.UsageException("--reform " + f + ": region " + d.region().region().id() + " differs from " + region);
            }
            out.add(d);
        }
        return out;
    }

    static Map<String, Object> json(Frontier.Result r, List<Frontier.Placement> placed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", r.measure().indicator().key());
        m.put("year", r.measure().year());
        m.put("cost", r.problem().cost().toString());
        m.put("levers", r.problem().levers().stream().map(l -> l.toString()).toList());
        List<Object> pts = new ArrayList<>();
        for (Frontier.Point p : r.points()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("level", p.level());
            pm.put("cost", p.cost());
            Map<String, Object> lv = new LinkedHashMap<>();
            for (int i = 0; i < p.levers().size(); i++) lv.put(r.problem().levers().get(i).label(), p.levers().get(i));
            pm.put("levers", lv);
            pts.add(pm);
        }
        m.put("points", pts);
        List<Object> ps = new ArrayList<>();
        for (Frontier.Placement p : placed) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("scenario", p.name());
            pm.put("level", p.level());
            pm.put("cost", p.cost());
            pm.put("frontierCost", Double.isNaN(p.frontierCost()) ? null : p.frontierCost());
            pm.put("dominated", p.dominated());
            pm.put("excess", Double.isNaN(p.excess()) ? null : p.excess());
            ps.add(pm);
        }
        m.put("reforms", ps);
        m.put("evaluations", r.evaluations());
        return m;
    }
}
