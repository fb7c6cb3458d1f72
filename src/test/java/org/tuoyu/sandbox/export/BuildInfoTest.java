package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The build a figure came from: Maven writes version and commit, and every output names them. */
class BuildInfoTest {

    @Test
    void versionIsThePomsAndTheCommitIsNamedWhenBuiltFromGit() {
        // Tests run from target/classes after process-resources, where the build properties are generated.
        assertEquals("0.1.0", BuildInfo.version().replace("-SNAPSHOT", ""));
        String c = BuildInfo.commit();
        if (!c.isEmpty()) {
            assertTrue(c.matches("[0-9a-f]{7,}(\\+local changes)?"), c);
            assertTrue(BuildInfo.describe().startsWith("0.1.0 (build " + c), BuildInfo.describe());
        } else {
            assertEquals(BuildInfo.version(), BuildInfo.describe());
        }
    }
}
