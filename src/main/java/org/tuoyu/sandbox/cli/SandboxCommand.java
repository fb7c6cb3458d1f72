package org.tuoyu.sandbox.cli;

import java.io.PrintStream;
import org.tuoyu.sandbox.export.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The root command: holds the streams and lists the subcommands, one registration line each. */
@Command(name = "java -jar sandbox.jar",
        description = {"托育政策沙盘 Childcare Policy Sandbox — command line.",
                "Without arguments the jar opens the desktop app on the Beijing 2025 baseline;"
                        + " 'gui FILE' opens it on another scenario file."},
        footer = {"", "FILE is a path, or builtin:NAME.yaml for a file of the built-in library.",
                "Lever keys: docs/scenario-format.md. District tables: docs/districts.md.",
                "Exit codes: 0 ok, 2 bad input, 1 internal error."},
        synopsisSubcommandLabel = "COMMAND",
        versionProvider = SandboxCommand.Version.class,
        subcommands = {
                RunCommand.class,
                CompareCommand.class,
                ValidateCommand.class,
                ListCommand.class,
                DistrictsCommand.class,
                SeekCommand.class,
                OptimiseCommand.class,
                FrontierCommand.class,
                TornadoCommand.class,
                ShareCommand.class,
                UnshareCommand.class,
                WorkshopCommand.class,
                HelpCommand.class,
        })
final class SandboxCommand extends CliCommand {

    final PrintStream out;
    final PrintStream err;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and build, and exit.")
    boolean version;

    SandboxCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** No command given: the overview, and exit 2 as before. */
    @Override
    public Integer call() {
        out.print(spec.commandLine().getUsageMessage());
        return Main.BAD_INPUT;
    }

    /** The version and the commit built from, so a figure quoted from a run can be traced to its build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"托育政策沙盘 Childcare Policy Sandbox " + BuildInfo.describe(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
