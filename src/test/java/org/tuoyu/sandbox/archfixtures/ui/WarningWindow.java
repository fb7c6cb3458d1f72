package org.tuoyu.sandbox.archfixtures.ui;

/** Breaks onlyCliAndAppUseTheConsole: a window writing its warning to standard error. */
public class WarningWindow {
    void warn() {
        System.err.println("could not save");
    }
}
