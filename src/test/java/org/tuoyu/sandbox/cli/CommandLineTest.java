package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command tree on picocli: help for every command, and the exit codes 0 / 2 / 1 kept from before. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream stream(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, stream(out), stream(err));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void everyCommandAnswersHelpWithItsUsageAndExitZero() {
        List<String> paths = new ArrayList<>();
        collect(Main.commandLine(stream(out), stream(err)), new ArrayList<>(), paths);
        assertTrue(paths.containsAll(List.of("run", "compare", "validate", "list", "districts", "districts export",
                "districts template", "districts import")), paths.toString());
        for (String path : paths) {
            List<String> args = new ArrayList<>(List.of(path.split(" ")));
            args.add("--help");
            assertEquals(Main.OK, run(args.toArray(String[]::new)), path + ": " + err());
            assertTrue(out().startsWith("Usage: java -jar sandbox.jar " + path + " "), path + ": " + out());
            assertTrue(err().isEmpty(), path + ": " + err());
        }
    }

    private static void collect(CommandLine cl, List<String> prefix, List<String> paths) {
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> p = new ArrayList<>(prefix);
            p.add(e.getKey());
            if (!e.getKey().equals("help")) paths.add(String.join(" ", p));
            collect(e.getValue(), p, paths);
        }
    }

    @Test
    void theOverviewListsTheCommandsAndNoCommandIsBadInput() {
        assertEquals(Main.OK, run("--help"));
        for (String c : new String[] {"run", "compare", "validate", "list", "districts"}) {
            assertTrue(out().contains("\n  " + c + " "), c + " missing from\n" + out());
        }
        assertTrue(out().contains("Exit codes: 0 ok, 2 bad input, 1 internal error."), out());
        assertEquals(Main.OK, run("help", "compare"));
        assertTrue(out().contains("--decompose") && out().contains("--xlsx=OUT.xlsx"), out());
        assertEquals(Main.BAD_INPUT, run());
        assertTrue(out().startsWith("Usage: java -jar sandbox.jar"), out());
    }

    @Test
    void versionNamesTheReleaseAndTheBuildAFigureCameFrom() {
        assertEquals(Main.OK, run("--version"));
        String v = out();
        assertTrue(v.startsWith("托育政策沙盘 Childcare Policy Sandbox " + org.tuoyu.sandbox.export.BuildInfo.describe()), v);
        assertTrue(v.matches("(?s).* \\d+\\.\\d+\\.\\d+.*"), "a release number: " + v);
        assertEquals(Main.OK, run("-V"));
        assertEquals(v, out());
    }

    @Test
    void aCommandLineThatCannotRunExitsTwoWithTheReasonAndWhereTheHelpIs() {
        assertEquals(Main.BAD_INPUT, run("frobnicate"));
        assertTrue(err().contains("'frobnicate'"), err());
        assertEquals(Main.BAD_INPUT, run("run", "scenarios/jiangmen-2024.yaml", "--jsn"));
        assertTrue(err().contains("Unknown option: '--jsn'") && err().contains("--json"), err());
        assertEquals(Main.BAD_INPUT, run("run", "scenarios/jiangmen-2024.yaml", "--seed", "3"));
        assertTrue(err().startsWith("--seed needs --draws\n"), err());
        assertTrue(err().contains("More: java -jar sandbox.jar run --help"), err());
        assertEquals(Main.BAD_INPUT, run("run", "scenarios/jiangmen-2024.yaml", "--draws", "0"));
        assertTrue(err().contains("--draws must lie between 1 and 1000000"), err());
        assertEquals(Main.BAD_INPUT, run("run", "scenarios/jiangmen-2024.yaml", "--year", "soon"));
        assertTrue(err().contains("'soon'"), err());
        assertEquals(Main.BAD_INPUT, run("run", "scenarios/jiangmen-2024.yaml", "--year", "2090"));
        assertTrue(err().contains("--year 2090 is outside the horizon 2024-2034"), err());
        assertEquals(Main.BAD_INPUT, run("run", "scenarios/jiangmen-2024.yaml", "--xlsx", "a.xlsx"));
        assertEquals(Main.BAD_INPUT, run("compare", "scenarios/jiangmen-2024.yaml"));
        assertTrue(err().contains("OTHER"), err());
        assertEquals(Main.BAD_INPUT, run("districts"));
        assertTrue(err().contains("export, template or import"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void optionsWorkInEitherSpellingAndANegativeSeedIsANumber() {
        assertEquals(Main.OK, run("run", "builtin:jiangmen-2024.yaml", "--set=levers.demand.voucher.A2=600", "--json"), err());
        String joined = out();
        assertEquals(Main.OK, run("run", "builtin:jiangmen-2024.yaml", "--json", "--set", "levers.demand.voucher.A2=600"));
        assertEquals(joined, out());
        assertEquals(Main.OK, run("run", "builtin:jiangmen-2024.yaml", "--draws", "5", "--seed", "-5"), err());
        assertTrue(out().contains("seed -5"), out());
    }

    @Command(name = "boom")
    static final class Boom extends CliCommand {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug of ours");
        }
    }

    @Test
    void anErrorOfOursExitsOneWithOneLineAndNoStackTrace() {
        CommandLine cl = Main.commandLine(stream(out), stream(err));
        cl.addSubcommand("boom", new Boom());
        cl.getSubcommands().get("boom").setErr(cl.getErr()); // added after the tree was wired to the streams
        assertEquals(Main.FAILED, cl.execute("boom"));
        assertEquals("internal error: java.lang.IllegalStateException: a bug of ours", err().strip());
    }
}
