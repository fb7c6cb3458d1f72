package org.tuoyu.sandbox.archfixtures.cli;

/** Allowed by onlyCliAndAppUseTheConsole: the command line owns standard output. */
public class PrintingCommand {
    void print() {
        System.out.println("ok");
        System.err.println("warning");
    }
}
