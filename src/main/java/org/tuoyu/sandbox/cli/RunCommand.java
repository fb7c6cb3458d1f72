package org.tuoyu.sandbox.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.JsonReport;
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
        ScenarioResult result = Evaluator.evaluate(doc.scenario());
        MonteCarloResult mc = draws.on()
                ? MonteCarlo.run(doc.scenario(), doc.uncertainty(), draws.draws, draws.seedOrDefault()) : null;
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
}
