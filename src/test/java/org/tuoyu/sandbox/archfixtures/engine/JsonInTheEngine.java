package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine writing JSON with Jackson. */
public class JsonInTheEngine {
    com.fasterxml.jackson.databind.ObjectMapper json;
}
