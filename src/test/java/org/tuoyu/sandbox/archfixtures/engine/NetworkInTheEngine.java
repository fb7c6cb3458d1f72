package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine fetching from the network. */
public class NetworkInTheEngine {
    java.net.URI source;
}
