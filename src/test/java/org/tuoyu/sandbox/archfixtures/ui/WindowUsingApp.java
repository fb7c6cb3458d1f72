package org.tuoyu.sandbox.archfixtures.ui;

import org.tuoyu.sandbox.archfixtures.app.App;

/** Breaks nothingUsesApp: the ui reaching into the entry point. */
public class WindowUsingApp {
    App app;
}
