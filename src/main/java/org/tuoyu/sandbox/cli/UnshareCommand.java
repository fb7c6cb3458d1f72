package org.tuoyu.sandbox.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ShareCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unshare CODE [--out FILE]}: a share code back into a scenario file, checked like any file. */
@Command(name = "unshare", description = "Turn a share code back into a scenario: written to --out, or printed as "
        + "YAML. A damaged or foreign code is refused (exit 2); nothing is written then.")
final class UnshareCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "CODE", description = "The code, as 'share' printed it (spaces and line breaks are ignored).")
    String code;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the scenario to this file (atomically).")
    Path outFile;

    @Override
    public Integer call() throws Main.UsageException {
        try {
            if (outFile == null) {
                String text = ShareCode.decode(code);
                Path tmp = java.nio.file.Files.createTempDirectory("tuoyu-unshare-").resolve("shared.yaml");
                try {
                    ShareCode.read(code, tmp); // every check a file gets, before the text is shown as a scenario
                } finally {
                    java.nio.file.Files.deleteIfExists(tmp);
                    java.nio.file.Files.deleteIfExists(tmp.getParent());
                }
                out().println(text);
            } else {
                ScenarioDocument d = ShareCode.read(code, outFile);
                err().println("wrote " + Location.of(outFile).display() + ": " + d.name() + " / " + d.nameEn());
            }
        } catch (ShareCode.ShareCodeException e) {
            throw new Main.UsageException("share code: " + e.getMessage());
        } catch (IOException e) {
            throw new Main.UsageException((outFile == null ? "share code" : outFile.toString()) + ": " + Location.reason(e));
        }
        return Main.OK;
    }
}
