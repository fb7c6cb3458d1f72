package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine reading a stream. */
public class StreamsInTheEngine {
    java.io.InputStream in;
}
