package org.tuoyu.sandbox.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The headless entry: {@code run}, {@code compare}, {@code validate}, {@code list}, {@code districts}. Exit codes: 0 done,
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
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            switch (args[0]) {
                case "run":
                    return Commands.run(rest, out, err);
                case "compare":
                    return Commands.compare(rest, out, err);
                case "validate":
                    return Commands.validate(rest, out, err);
                case "list":
                    return Commands.list(out);
                case "districts":
                    return Commands.districts(rest, out, err);
                default:
                    err.println("unknown command '" + args[0] + "'\n" + USAGE);
                    return BAD_INPUT;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException | Error e) {
            // One line, never a stack trace: an error of ours (or out of memory) still exits 1.
            err.println("internal error: " + (e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + ")" : e));
            return FAILED;
        }
    }

    static final String USAGE = String.join("\n",
            "托育政策沙盘 Childcare Policy Sandbox — command line",
            "  java -jar sandbox.jar                         open the desktop app on the Beijing 2025 baseline",
            "  java -jar sandbox.jar run FILE [--json] [--set levers.KEY=VALUE]... [--year YEAR] [--draws N [--seed S]]",
            "  java -jar sandbox.jar compare BASE OTHER... [--json] [--decompose] [--xlsx OUT.xlsx [--en] [--draws N [--seed S]]]",
            "  java -jar sandbox.jar validate [--provenance] FILE...",
            "  java -jar sandbox.jar list                    the built-in scenario library",
            "  java -jar sandbox.jar districts export REGION_OR_SCENARIO OUT.xlsx|OUT.csv",
            "  java -jar sandbox.jar districts template OUT.xlsx|OUT.csv [REGION_OR_SCENARIO]",
            "  java -jar sandbox.jar districts import REGION_OR_SCENARIO TABLE.xlsx|TABLE.csv [--out NEW_REGION.yaml] [--force]",
            "                                                district tables: docs/districts.md",
            "FILE is a path, or builtin:NAME.yaml for a file of the built-in library.",
            "Lever keys: docs/scenario-format.md. Exit codes: 0 ok, 2 bad input, 1 internal error.");

    /** A command line that cannot be understood. */
    static final class UsageException extends Exception {
        UsageException(String m) { super(m); }
    }
}
