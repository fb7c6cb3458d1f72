package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.JsonReport;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.ShareCode;

/** Share codes: every shipped scenario comes back with the same results to the last digit; a bad code never opens. */
class ShareCodeTest {

    @TempDir
    Path dir;

    @Test
    void everyShippedScenarioRoundTripsToTheSameResults() throws Exception {
        int n = 0;
        for (Location l : ScenarioFiles.builtinScenarios()) {
            ScenarioDocument doc = ScenarioFiles.load(l);
            String code = ShareCode.of(doc);
            assertTrue(code.length() < 700, l.display() + " code is " + code.length() + " characters, too long for a chat");
            // Chats wrap long lines: the code must survive line breaks and spaces.
            String wrapped = code.replaceAll("(.{60})", "$1\n ");
            ScenarioDocument back = ShareCode.read(wrapped, dir.resolve("back-" + n++ + ".yaml"));
            assertEquals(doc.name(), back.name());
            ScenarioResult a = Evaluator.evaluate(doc.scenario());
            ScenarioResult b = Evaluator.evaluate(back.scenario());
            assertEquals(JsonReport.scenario(doc, a).get("years"), JsonReport.scenario(back, b).get("years"), l.display());
        }
        assertTrue(n >= 10, "shipped scenarios: " + n);
    }

    @Test
    void damagedForeignAndHostileCodesAreRefusedAndNothingIsWritten() throws Exception {
        String code = ShareCode.of(ScenarioFiles.load(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml")));
        Path target = dir.resolve("mine.yaml");
        Files.writeString(target, "what the user had");
        int mid = code.length() / 2;
        String flipped = code.substring(0, mid) + (code.charAt(mid) == 'A' ? 'B' : 'A') + code.substring(mid + 1);
        for (String bad : new String[] {flipped, code.substring(0, code.length() - 12), "hello", "TYSC2-abc-00000000",
                "TYSC1-!!!!-00000000", code.substring(0, code.lastIndexOf('-'))}) {
            ShareCode.ShareCodeException e = assertThrows(ShareCode.ShareCodeException.class, () -> ShareCode.read(bad, target));
            assertFalse(e.getMessage().isBlank());
        }
        assertEquals("what the user had", Files.readString(target));
        // A well-formed code that points at a file of the user's machine is refused before anything is read.
        String hostile = craft("{scenario: {name: x}, extends: /etc/passwd}");
        String why = assertThrows(ShareCode.ShareCodeException.class, () -> ShareCode.read(hostile, target)).getMessage();
        assertTrue(why.contains("only refer to the built-in library"), why);
        String unknownPart = craft("{scenario: {name: x}, extends: 'builtin:beijing-2025.yaml', script: rm}");
        assertTrue(assertThrows(ShareCode.ShareCodeException.class, () -> ShareCode.decode(unknownPart)).getMessage()
                .contains("unknown part 'script'"));
        // A valid code whose lever is out of range gets the file validation's message.
        String negative = craft("{scenario: {name: x}, region: 'builtin:regions/beijing.yaml', extends: 'builtin:beijing-2025.yaml',"
                + " levers: {demand: {voucher: {A0: -5}}}}");
        String neg = assertThrows(ShareCode.ShareCodeException.class, () -> ShareCode.read(negative, target)).getMessage();
        assertTrue(neg.contains("voucher"), neg);
        assertEquals("what the user had", Files.readString(target));
    }

    @Test
    void theCommandLineSharesAndUnshares() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.OK, Main.run(new String[] {"share", "builtin:jiangmen-2024-toddler-classes.yaml"}, stream(out), stream(err)));
        String code = out.toString(StandardCharsets.UTF_8).trim();
        assertTrue(code.startsWith(ShareCode.PREFIX), code);
        Path f = dir.resolve("from-chat.yaml");
        assertEquals(Main.OK, Main.run(new String[] {"unshare", code, "--out", f.toString()}, stream(out), stream(err)));
        assertEquals(ScenarioFiles.load(Location.parse("builtin:jiangmen-2024-toddler-classes.yaml")).name(),
                ScenarioFiles.load(f).name());
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertEquals(Main.BAD_INPUT, Main.run(new String[] {"unshare", code + "x"}, stream(new ByteArrayOutputStream()), stream(err2)));
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("damaged"), err2.toString(StandardCharsets.UTF_8));
        Path local = dir.resolve("local-base.yaml");
        Files.writeString(local, Files.readString(Path.of("scenarios/jiangmen-2024.yaml"))
                .replace("regions/jiangmen.yaml", "builtin:regions/jiangmen.yaml"));
        ByteArrayOutputStream err3 = new ByteArrayOutputStream();
        assertEquals(Main.BAD_INPUT, Main.run(new String[] {"share", local.toString()}, stream(new ByteArrayOutputStream()), stream(err3)));
        assertTrue(err3.toString(StandardCharsets.UTF_8).contains("not in the built-in library"), err3.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream stream(ByteArrayOutputStream b) { return new PrintStream(b, true, StandardCharsets.UTF_8); }

    /** A code made by hand, as an attacker or a buggy tool would. */
    private static String craft(String yaml) {
        byte[] b = yaml.getBytes(StandardCharsets.UTF_8);
        Deflater d = new Deflater(9, true);
        d.setInput(b);
        d.finish();
        byte[] buf = new byte[4096];
        int n = d.deflate(buf);
        byte[] packed = java.util.Arrays.copyOf(buf, n);
        CRC32 c = new CRC32();
        c.update(b);
        return ShareCode.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(packed) + "-" + String.format("%08x", c.getValue());
    }
}
