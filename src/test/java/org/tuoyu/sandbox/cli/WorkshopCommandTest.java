package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.workshop.Workshop;
import org.tuoyu.sandbox.workshop.WorkshopFiles;

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
        assertRefused("--levers is needed", "workshop", "serve", "builtin:beijing-2025.yaml", "--year", "2026");
        assertRefused("--minutes -5: 0 to 1440", "workshop", "serve", "builtin:beijing-2025.yaml", "--levers",
                "demand.voucher.A2=0:2000", "--year", "2026", "--minutes", "-5");
    }

    @Test
    void servesASavedWorkshopUnderANewCodeAndRefusesAFileThatIsNone(@TempDir Path dir) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml"));
        Workshop w = new Workshop(doc, List.of(DecisionLever.parse("demand.voucher.A2=0:2000", doc.region().region())),
                List.of(), 2025, "ROOM42");
        w.join("ROOM42", "第一组");
        Path saved = dir.resolve("class.tuoyu");
        WorkshopFiles.save(w, saved);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"workshop", "serve", saved.toString(), "--port", "0", "--for", "0"}, stream(out),
                stream(new ByteArrayOutputStream()));
        assertEquals(Main.OK, rc);
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("workshop: http://127.0.0.1:") && !s.contains("ROOM42"), "a new join code: " + s);
        assertRefused("drop --levers", "workshop", "serve", saved.toString(), "--levers", "demand.voucher.A2=0:2000");
        Files.writeString(saved, Files.readString(saved).replace("\"demand.voucher.A2=0:2000\"", "\"demand.voucher.A2=0:99999\""));
        assertRefused("workshop.levers[0]", "workshop", "serve", saved.toString(), "--port", "0", "--for", "0");
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
