package org.tuoyu.sandbox.app;

import java.util.Locale;
import java.util.logging.Logger;
import javafx.application.Application;
import org.tuoyu.sandbox.cli.Main;

/**
 * Entry point of the jar. It does not extend javafx.application.Application, so the fat jar starts
 * without the JavaFX module path. With arguments it runs the command line; without, it opens the
 * desktop app on the Beijing 2025 baseline ({@link SandboxApp}); with one scenario or workspace file (a
 * double-click in a file manager passes just the path), it opens the app on that file.
 */
public final class Launcher {

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from unnamed module" whenever it runs
     * from the class path, which a runnable jar must. The configuration is the one the JavaFX runtime is tested
     * with on the class path and works; the warning only alarms users, so this one message is dropped and every
     * other JavaFX warning still shows. Held in a field: an unreferenced logger loses its filter.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Launcher() {}

    /** What `gui --help` prints: the window is not a picocli command, so its help is written here. */
    static final String GUI_USAGE = """
            Usage: java -jar sandbox.jar gui [FILE]
            Opens the desktop app on FILE (a scenario .yaml or a workspace .tuoyu; a reform opens with its baseline),
            or on the built-in Beijing 2025 baseline without FILE. A lone FILE argument does the same.
            The command line needs no window: java -jar sandbox.jar --help""";

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].equals("gui")) {
            launch();
        } else if (args.length == 2 && args[0].equals("gui") && (args[1].equals("-h") || args[1].equals("--help"))) {
            System.out.println(GUI_USAGE);
        } else if (args.length == 2 && args[0].equals("gui")) {
            launch(args[1]);
        } else if (args.length == 1 && opensInApp(args[0])) {
            launch(args[0]);
        } else {
            Main.main(args);
        }
    }

    /** A lone argument that names a scenario or workspace file rather than a command. */
    static boolean opensInApp(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return !a.startsWith("-") && (a.endsWith(".yaml") || a.endsWith(".yml") || a.endsWith(".tuoyu"));
    }

    private static void launch(String... args) {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            Application.launch(SandboxApp.class, args);
        } catch (UnsupportedOperationException e) {
            // GTK finds no display (an SSH session, a server, a container): say so instead of a stack trace.
            System.err.println("托育政策沙盘 / Childcare Policy Sandbox: no display to open the window on ("
                    + e.getMessage() + "; DISPLAY=" + System.getenv().getOrDefault("DISPLAY", "") + ")."
                    + System.lineSeparator() + "The command line needs none: java -jar sandbox.jar --help");
            System.exit(2);
        }
    }
}
