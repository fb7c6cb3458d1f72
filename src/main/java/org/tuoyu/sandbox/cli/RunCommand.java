package org.tuoyu.sandbox.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Explain;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.JsonReport;
import org.tuoyu.sandbox.export.PairedBands;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run FILE}: one scenario, as a table or as JSON. */
@Command(name = "run", sortOptions = false,
        description = "Evaluate one scenario: a table of the first year (or --year) and the projection, or JSON.")
final class RunCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A scenario file, or builtin:NAME.yaml.")
    String file;

    @Option(names = "--json", description = "Print the full result as JSON (fields: docs/cli.md).")
    boolean json;

    @Option(names = "--set", paramLabel = "levers.KEY=VALUE",
            description = "Change a lever for this run only (keys: docs/scenario-format.md); repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of the table (default: the first).")
    Integer year;

    @Option(names = "--explain", paramLabel = "DISTRICT[/Qn]",
            description = "Print how the district's numbers of the year were computed (the model's own trace); "
                    + "with /Q1../Q5, that income quintile's.")
    String explain;

    @Mixin
    DrawsOptions draws;

    @Override
    public Integer call() throws Main.UsageException {
        draws.check(this);
        ScenarioDocument doc;
        try {
            doc = ScenarioFiles.load(Location.parse(file));
            for (String s : sets) doc = ScenarioFiles.applySetting(doc, s);
        } catch (ScenarioFileException e) {
            err().println(e.getMessage());
            return Main.BAD_INPUT;
        }
        Commands.warn(doc, err());
        if (explain != null) return explain(doc);
        ScenarioResult result = Evaluator.evaluate(doc.scenario());
        MonteCarloResult mc = draws.on() ? monteCarlo(doc) : null;
        if (json) {
            Map<String, Object> tree = JsonReport.scenario(doc, result);
            if (mc != null) JsonReport.addBands(tree, mc);
            out().println(Commands.json(tree));
        } else {
            Commands.printScenario(doc, result, year, out());
            if (mc != null) Commands.printBands(mc, out());
        }
        return Main.OK;
    }

    /**
     * Draws of the scenario; a calibrated baseline (this file's, or its own when a reform) is re-calibrated in every
     * draw, as in compare's paired draws, so the data year keeps its targets and the band shows what they leave open.
     */
    private MonteCarloResult monteCarlo(ScenarioDocument doc) {
        return PairedBands.own(doc, draws.draws, draws.seedOrDefault(), Runtime.getRuntime().availableProcessors(),
                ProgressListener.NONE, () -> false);
    }

    /** The trace of one district (or one of its quintiles) in the year asked for. */
    private int explain(ScenarioDocument doc) {
        String[] parts = explain.split("/", 2);
        var sc = doc.scenario();
        if (sc.region().district(parts[0]) == null) {
            err().println("--explain " + explain + ": no district '" + parts[0] + "' in region " + sc.region().id());
            return Main.BAD_INPUT;
        }
        int y = year != null ? year : sc.horizon().firstYear();
        if (y < sc.horizon().firstYear() || y > sc.horizon().lastYear()) {
            err().println("--year " + y + " lies outside the horizon " + sc.horizon().firstYear() + "-" + sc.horizon().lastYear());
            return Main.BAD_INPUT;
        }
        List<Explain.Line> lines;
        if (parts.length == 2) {
            IncomeGroup q = null;
            for (IncomeGroup g : IncomeGroup.values()) if (g.name().equalsIgnoreCase(parts[1])) q = g;
            if (q == null) {
                err().println("--explain " + explain + ": after the district comes Q1 to Q5");
                return Main.BAD_INPUT;
            }
            lines = Explain.group(sc, y, q, parts[0]);
        } else {
            lines = Explain.district(sc, y, parts[0]);
        }
        out().println(sc.region().district(parts[0]).nameZh() + " / " + sc.region().district(parts[0]).nameEn() + ", " + y);
        for (Explain.Line l : lines) {
            out().printf(java.util.Locale.ROOT, "  %-44s %16s   %s%n", l.labelEn(), format(l), l.formula());
        }
        return Main.OK;
    }

    private static String format(Explain.Line l) {
        switch (l.unit()) {
            case SHARE: return String.format(java.util.Locale.ROOT, "%.1f%%", l.value() * 100);
            case NUMBER: return String.format(java.util.Locale.ROOT, "%.3f", l.value());
            case YUAN_YEAR: return String.format(java.util.Locale.ROOT, "%,.0f yuan/yr", l.value());
            case YUAN_MONTH: return String.format(java.util.Locale.ROOT, "%,.0f yuan/mo", l.value());
            default: return String.format(java.util.Locale.ROOT, "%,.0f", l.value());
        }
    }
}
