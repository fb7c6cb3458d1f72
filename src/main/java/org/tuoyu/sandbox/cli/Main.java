package org.tuoyu.sandbox.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless entry: the commands are listed in {@link SandboxCommand}, parsed by picocli. Exit codes: 0 done,
 * 2 bad input (the message names file, line, key and value), 1 an error of ours.
 */
public final class Main {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int FAILED = 1;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command; separated from main so tests can call it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (RuntimeException | Error e) { // whatever escapes picocli's handlers: one line, never a stack trace
            err.println(internalError(e));
            return FAILED;
        }
    }

    /** The command tree writing to these streams, with our exit codes for refusals and failures. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new SandboxCommand(out, err));
        cl.setOut(writer(out));
        cl.setErr(writer(err));
        cl.setParameterExceptionHandler(Main::refused);
        cl.setExecutionExceptionHandler(Main::failed);
        return cl;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** A command line we cannot run: the reason, a suggestion or the synopsis, and where the help is. */
    private static int refused(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter w = cl.getErr();
        w.println(e.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(e, w)) {
            w.print(cl.getHelp().synopsisHeading() + cl.getHelp().synopsis(cl.getHelp().synopsisHeading().length()));
        }
        w.println("More: " + cl.getCommandSpec().qualifiedName() + " --help");
        return BAD_INPUT;
    }

    /** An exception out of a command: a refusal it found late (exit 2), or an error of ours (exit 1). */
    private static int failed(Exception e, CommandLine cl, ParseResult parsed) {
        if (e instanceof UsageException) {
            cl.getErr().println(e.getMessage());
            return BAD_INPUT;
        }
        cl.getErr().println(internalError(e));
        return FAILED;
    }

    /** One line, never a stack trace: an error of ours (or out of memory) still exits 1. */
    private static String internalError(Throwable e) {
        return "internal error: " + (e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + ")" : e);
    }

    /** A command line that cannot be understood, found while running (e.g. a --year outside the horizon). */
    static final class UsageException extends Exception {
        UsageException(String m) {
            super(m);
        }
    }
}
