package org.tuoyu.sandbox.archfixtures.export;

/** Breaks onlyCliAndAppUseTheConsole: the export printing progress to standard output. */
public class PrintingExport {
    void progress() {
        System.out.println("half done");
    }
}
