package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration to several targets and the validity labels, as run --json and validate show them. */
class CalibrationCliTest {

    private static String[] call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void twoParametersFitTwoTargetsAndEveryFigureIsLabelled() throws Exception {
        String[] r = call("run", "src/test/resources/files/tiny-calibrated.yaml", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode root = new ObjectMapper().readTree(r[1]);
        JsonNode cal = root.get("calibration");
        assertTrue(cal.get("converged").asBoolean(), cal.toString());
        assertEquals(2, cal.get("parameters").size());
        assertTrue(cal.get("parameters").has("potentialDemandShare") && cal.get("parameters").has("willingness.b50"));
        for (JsonNode t : cal.get("targets")) {
            assertEquals(t.get("observed").asDouble(), t.get("model").asDouble(), 1e-4 * t.get("observed").asDouble(), t.toString());
            assertEquals("test figure", t.get("source").asText());
        }
        // the run uses the calibrated values: its first year has the target enrolment and demand
        JsonNode first = root.get("years").get(0).get("totals");
        assertEquals(200, first.get("enrolled").asDouble(), 0.02);
        assertEquals(600, first.get("potentialDemand").asDouble(), 0.06);
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode v : root.get("validity")) {
            String key = v.get("figure").asText() + (v.get("district").isNull() ? "" : "@" + v.get("district").asText())
                    + " " + v.get("year").asInt();
            kinds.put(key, v.get("kind").asText());
        }
        assertEquals("input", kinds.get("children 2024"));
        assertEquals("input", kinds.get("seats 2024"));
        assertEquals("fitted", kinds.get("enrolled 2024"));
        assertEquals("fitted", kinds.get("potentialDemand 2024"));
        assertEquals("identity", kinds.get("utilisation 2024"));
        assertEquals("predicted", kinds.get("enrolled@centre 2026"));
    }

    @Test
    void validatePrintsTheValidityTable() {
        String[] r = call("validate", "builtin:jiangmen-2024.yaml");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].matches("(?s).*enrolled 2024\\s+fitted\\s+9,022\\s+9,022.*"), r[1]);
        assertTrue(r[1].matches("(?s).*utilisation 2024\\s+identity.*"), r[1]);
        assertTrue(r[1].matches("(?s).*potentialDemandShare 2024\\s+fitted.*"), r[1]);
    }

    @Test
    void anUnknownParameterOrFigureIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"tiny-region-v2.yaml", "tiny-region.yaml"}) {
            Files.copy(Path.of("src/test/resources/files", f), dir.resolve(f));
        }
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, "scenario: {name: x}\nregion: tiny-region-v2.yaml\ncalibrate: [D0, happiness]\n");
        String[] r = call("validate", s.toString());
        assertEquals(String.valueOf(Main.BAD_INPUT), r[0]);
        assertTrue(r[2].contains("calibrate[1]") && r[2].contains("happiness") && r[2].contains("names no parameter"), r[2]);
        Path region = dir.resolve("tiny-region-v2.yaml");
        Files.writeString(region, Files.readString(region).replace("figure: potentialDemand,", "figure: potentialDemnd,"));
        r = call("validate", s.toString());
        assertTrue(r[2].contains("potentialDemnd") && r[2].contains("did you mean 'potentialDemand'"), r[2]);
    }
}
