package org.tuoyu.sandbox.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A file double-clicked in a file manager arrives as the only argument and must open the app, not the CLI. */
class LauncherTest {

    @Test
    void aLoneScenarioOrWorkspaceFileOpensTheApp() {
        assertTrue(Launcher.opensInApp("/home/a/提案/北京-托育券.yaml"));
        assertTrue(Launcher.opensInApp("C:\\Users\\a\\workshop.TUOYU"));
        assertTrue(Launcher.opensInApp("reform.yml"));
        // Commands and options keep going to the command line.
        assertFalse(Launcher.opensInApp("list"));
        assertFalse(Launcher.opensInApp("--help"));
        assertFalse(Launcher.opensInApp("validate"));
    }
}
