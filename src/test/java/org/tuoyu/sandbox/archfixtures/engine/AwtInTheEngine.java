package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine choosing a colour. */
public class AwtInTheEngine {
    java.awt.Color colour;
}
