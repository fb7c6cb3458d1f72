package org.tuoyu.sandbox.archfixtures.cli;

import org.tuoyu.sandbox.archfixtures.app.App;

/** Breaks nothingUsesApp: the command line using the JavaFX application class. */
public class CommandUsingApp {
    App app;
}
