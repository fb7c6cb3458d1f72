package org.tuoyu.sandbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A file double-clicked in a file manager arrives as the only argument and must open the app, not the CLI. */
class LauncherTest {

    @Test
    void aLoneScenarioOrWorkspaceFileOpensTheApp() {
        assertTrue(Launcher.opensInApp("/home/a/提案/北京-托育券.yaml"));
        assertTrue(Launcher.opensInApp("C:\\Users\\a\\workshop.TUOYU"));
        assertTrue(Launcher.opensInApp("reform.yml"));
        // Commands and options keep going to the command line.
        assertFalse(Launcher.opensInApp("list"));
        assertFalse(Launcher.opensInApp("--help"));
        assertFalse(Launcher.opensInApp("validate"));
    }

    @Test
    void guiHelpPrintsItsUsageWithoutOpeningAWindow() throws Exception {
        Result r = launcher("gui", "--help");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().startsWith("Usage: java -jar sandbox.jar gui [FILE]"), r.output());
    }

    /** Over SSH or on a server there is no display: the user reads why, not GTK's stack trace. */
    @Test
    void withoutADisplayTheWindowCommandSaysSoInsteadOfAStackTrace() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "only Linux windows need DISPLAY");
        Result r = launcher("gui");
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("no display to open the window on"), r.output());
        assertFalse(r.output().contains("Exception in thread"), r.output());
        assertFalse(r.output().contains("\tat "), r.output());
    }

    private record Result(int exit, String output) {}

    /** The launcher in a fresh JVM on the test class path, with no display variables. */
    private static Result launcher(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher exits");
        return new Result(p.exitValue(), out);
    }
}
