package org.tuoyu.sandbox.app;

import org.tuoyu.sandbox.cli.Main;

/**
 * Entry point of the jar. It does not extend javafx.application.Application, so the fat jar starts
 * without the JavaFX module path. With arguments it runs the command line; without, it runs the
 * built-in Jiangmen baseline until the desktop app lands.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Main.main(args.length == 0 ? new String[] {"run", "builtin:jiangmen-2024.yaml"} : args);
    }
}
