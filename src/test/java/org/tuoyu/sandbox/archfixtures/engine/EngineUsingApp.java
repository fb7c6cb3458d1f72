package org.tuoyu.sandbox.archfixtures.engine;

import org.tuoyu.sandbox.archfixtures.app.App;

/** Breaks nothingUsesApp (and layers): the engine reaching the entry point. */
public class EngineUsingApp {
    App app;
}
