package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** workshop serve: bad input is exit 2 with a message naming what is wrong; a good one serves and stops on --for. */
class WorkshopCommandTest {

    @Test
    void refusesWhatCannotRun() {
        assertRefused("names no lever", "workshop", "serve", "builtin:beijing-2025.yaml", "--levers", "demand.voucher.A9=0:1", "--year", "2026");
        assertRefused("unknown indicator", "workshop", "serve", "builtin:beijing-2025.yaml", "--levers", "demand.voucher.A2=0:2000",
                "--goal", "happiness>=1", "--year", "2026");
        assertRefused("outside the baseline's horizon", "workshop", "serve", "builtin:beijing-2025.yaml", "--levers",
                "demand.voucher.A2=0:2000", "--year", "2090");
        assertRefused("4 to 12 letters", "workshop", "serve", "builtin:beijing-2025.yaml", "--levers", "demand.voucher.A2=0:2000",
                "--year", "2026", "--code", "<b>");
    }

    @Test
    void servesAndPrintsTheAddressAndCode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"workshop", "serve", "builtin:jiangmen-2024.yaml", "--levers", "demand.voucher.A2=0:2000",
            "--year", "2025", "--port", "0", "--code", "ROOM42", "--for", "0"}, stream(out), stream(new ByteArrayOutputStream()));
        assertEquals(Main.OK, rc);
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.matches("(?s)workshop: http://127\\.0\\.0\\.1:\\d+/\\?code=ROOM42 .*join code ROOM42.*"), s);
    }

    private static void assertRefused(String expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.BAD_INPUT, Main.run(args, stream(new ByteArrayOutputStream()), stream(err)));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains(expected), e);
    }

    private static PrintStream stream(ByteArrayOutputStream b) { return new PrintStream(b, true, StandardCharsets.UTF_8); }
}
