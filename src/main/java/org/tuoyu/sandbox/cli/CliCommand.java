package org.tuoyu.sandbox.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code -h/--help}, the output streams of {@link Main#run}, and a way to refuse a command
 * line (exit 2). A command's {@code call()} returns its exit code ({@link Main#OK}, {@link Main#BAD_INPUT},
 * {@link Main#FAILED}). How to add one: docs/cli.md, "Adding a command".
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Standard output of this run (tables, JSON). */
    protected PrintStream out() {
        return root().out;
    }

    /** Standard error of this run (warnings, the one-line reason of a refusal). */
    protected PrintStream err() {
        return root().err;
    }

    /** A command line this command cannot run: printed with the command's synopsis, exit 2. */
    protected ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private SandboxCommand root() {
        return (SandboxCommand) spec.root().userObject();
    }
}
