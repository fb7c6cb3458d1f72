package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks onlyCliAndAppUseTheConsole: a stack trace printed by the engine. */
public class StackTraceInTheEngine {
    void fail(IllegalStateException e) {
        e.printStackTrace();
    }
}
