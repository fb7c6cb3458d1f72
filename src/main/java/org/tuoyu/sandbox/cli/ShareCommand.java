package org.tuoyu.sandbox.cli;

import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ShareCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code share FILE}: the scenario as a short code to paste into a chat (docs/workshop.md, "Share codes"). */
@Command(name = "share", description = "Print a share code: the scenario's differences from its built-in baseline, "
        + "short enough to paste into a chat. 'unshare CODE' turns it back into a scenario.")
final class ShareCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A scenario whose baseline is in the built-in library.")
    String file;

    @Override
    public Integer call() throws Main.UsageException {
        ScenarioDocument doc = DecideInput.load(file);
        try {
            out().println(ShareCode.of(doc));
        } catch (ShareCode.ShareCodeException e) {
            throw new Main.UsageException(file + ": " + e.getMessage());
        }
        return Main.OK;
    }
}
