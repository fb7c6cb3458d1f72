package org.tuoyu.sandbox.app;

import javafx.application.Application;
import org.tuoyu.sandbox.cli.Main;

/**
 * Entry point of the jar. It does not extend javafx.application.Application, so the fat jar starts
 * without the JavaFX module path. With arguments it runs the command line; without, it opens the
 * desktop app on the Beijing 2025 baseline ({@link SandboxApp}).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(SandboxApp.class);
        } else if (args.length == 2 && args[0].equals("gui")) {
            Application.launch(SandboxApp.class, args[1]);
        } else {
            Main.main(args);
        }
    }
}
