package org.tuoyu.sandbox.archfixtures.scenario;

/** A class of the scenario layer for the engine fixture to reach up to. */
public class ScenarioFile {
}
