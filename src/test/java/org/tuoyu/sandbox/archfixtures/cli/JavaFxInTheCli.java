package org.tuoyu.sandbox.archfixtures.cli;

/** Breaks cliHasNoToolkit: the command line starting a JavaFX application. */
public class JavaFxInTheCli {
    javafx.application.Application app;
}
