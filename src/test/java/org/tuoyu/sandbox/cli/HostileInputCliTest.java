package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line never shows a stack trace: bad input is one line naming the file, exit 2. */
class HostileInputCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @TempDir
    Path dir;

    @Test
    void validateRefusesWhatRunWouldRefuse() throws Exception {
        Path region = dir.resolve("jiangmen.yaml");
        String t = Files.readString(Path.of("scenarios/regions/jiangmen.yaml")).replaceFirst("(?ms)^totals:.*?(?=^\\S)", "");
        Files.writeString(region, t.replaceFirst("population: 835208", "population: 1e308"));
        assertEquals(2, run("validate", region.toString()), err() + out.toString(StandardCharsets.UTF_8));
        assertTrue(err().contains("districts.pengjiang.population = 1e308: lies outside the plausible range"), err());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("ok "), out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate"})
    void aDeviceIsOneLineAndExitTwo(String command) {
        int code = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(command, "/dev/zero"));
        assertEquals(2, code, err());
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().startsWith("/dev/zero: cannot read the file: is not a regular file"), err());
        assertFalse(err().contains("\tat ") || err().contains("Error"), err());
    }
}
