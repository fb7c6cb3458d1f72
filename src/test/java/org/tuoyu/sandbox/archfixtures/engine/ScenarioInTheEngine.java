package org.tuoyu.sandbox.archfixtures.engine;

import org.tuoyu.sandbox.archfixtures.scenario.ScenarioFile;

/** Breaks layers: the engine using the layer above it. */
public class ScenarioInTheEngine {
    ScenarioFile file;
}
