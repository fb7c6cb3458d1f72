package org.tuoyu.sandbox.cli;

import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import picocli.CommandLine.Command;

/** {@code list}: the built-in scenario library. */
@Command(name = "list", description = "The built-in scenario library (use a name as builtin:NAME.yaml).")
final class ListCommand extends CliCommand {

    @Override
    public Integer call() {
        for (Location l : ScenarioFiles.builtinScenarios()) {
            try {
                ScenarioDocument d = ScenarioFiles.load(l);
                out().printf("%-48s %s / %s%n", l.display(), d.name(), d.nameEn());
            } catch (ScenarioFileException e) {
                out().printf("%-48s (cannot load: %s)%n", l.display(), e.problem());
            }
        }
        return Main.OK;
    }
}
