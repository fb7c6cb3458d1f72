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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: Jiangmen's validity table tells its rows apart. The three published utilisations (38.2%, 34%, 40.7%) were
 * three identical "utilisation 2024 identity" lines; each now names its source in short and says why it cannot test
 * the model. The seed's institution shares are reported as inputs, and 新会's inclusive centres are a held-out range.
 */
class JiangmenValidityTableTest {

    private static String[] call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static List<String> lines(String out, String startingWith) {
        List<String> l = new ArrayList<>();
        for (String line : out.split("\n")) if (line.trim().startsWith(startingWith)) l.add(line);
        return l;
    }

    @Test
    void theThreeUtilisationsNameTheirSourcesAndSayWhyTheyCannotTestTheModel() {
        String[] r = call("run", "scenarios/jiangmen-2024.yaml");
        assertEquals("0", r[0], r[2]);
        List<String> util = lines(r[1], "utilisation 2024");
        assertEquals(3, util.size(), r[1]);
        assertTrue(util.get(0).contains("0.3820") && util.get(0).contains("江协〔2024〕48号"), util.get(0));
        assertTrue(util.get(1).contains("0.3400") && util.get(1).contains("广东智慧托育信息系统 2024-04-04"), util.get(1));
        assertTrue(util.get(2).contains("0.4070") && util.get(2).contains("托幼一体化 proposal"), util.get(2));
        for (String u : util) {
            assertTrue(u.contains("identity") && u.contains("= enrolled / seats") && u.contains("cannot test the model"), u);
        }
        assertTrue(util.get(1).contains("another date"), util.get(1));
        String rate = lines(r[1], "enrolmentRate 2024").get(0);
        assertTrue(rate.contains("= enrolled / children"), rate);
    }

    @Test
    void xinhuisInclusiveCentresAreAHeldOutRangeThatTheModelMeets() throws Exception {
        String[] r = call("run", "scenarios/jiangmen-2024.yaml");
        List<String> row = lines(r[1], "inclusiveCentreSeats@xinhui 2025");
        assertEquals(1, row.size(), r[1]);
        assertTrue(row.get(0).matches("\\s*inclusiveCentreSeats@xinhui 2025\\s+predicted\\s+\\d+\\s+255–674\\s+in range\\s+xinhui.gov.cn.*"),
                row.get(0));
        JsonNode v = validity(call("run", "scenarios/jiangmen-2024.yaml", "--json")[1], "inclusiveCentreSeats");
        assertEquals("predicted", v.get("kind").asText());
        assertEquals("xinhui", v.get("district").asText());
        assertEquals(255, v.get("low").asDouble());
        assertEquals(674, v.get("high").asDouble());
        assertTrue(v.get("inRange").asBoolean(), v.toString());
        assertTrue(v.get("value").asDouble() > 255 && v.get("value").asDouble() < 674, v.toString());
    }

    @Test
    void theSeedsInstitutionSharesAreInputsEchoedByTheSeatSplit() throws Exception {
        String json = call("run", "scenarios/jiangmen-2024.yaml", "--json")[1];
        JsonNode inclusive = validity(json, "inclusiveShareOfCentreSeats");
        JsonNode toddler = validity(json, "toddlerClassProviderShare");
        for (JsonNode v : List.of(inclusive, toddler)) {
            assertEquals("input", v.get("kind").asText(), v.toString());
            assertEquals(v.get("observed").asDouble(), v.get("value").asDouble(), 0.001, v.toString());
            assertTrue(v.get("note").asText().contains("seat split is built from this figure"), v.toString());
        }
        assertEquals(0.147, inclusive.get("observed").asDouble());
        assertEquals(0.729, toddler.get("observed").asDouble());
    }

    private static JsonNode validity(String json, String figure) throws Exception {
        for (JsonNode v : new ObjectMapper().readTree(json).get("validity")) {
            if (v.get("figure").asText().equals(figure)) return v;
        }
        throw new AssertionError("no validity row " + figure + " in " + json);
    }

    @Test
    void aRangeIsAHeldOutCheckAndStatesNoValue(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("regions"));
        Files.copy(Path.of("scenarios/jiangmen-2024.yaml"), dir.resolve("s.yaml"));
        Path region = dir.resolve("regions/jiangmen.yaml");
        String text = Files.readString(Path.of("scenarios/regions/jiangmen.yaml"));
        String range = "range: [255, 674], flag: X, use: check";
        assertTrue(text.contains(range));
        Files.writeString(region, text.replace(range, "range: [255, 674], flag: X, use: fit"));
        String[] r = call("validate", dir.resolve("s.yaml").toString());
        assertEquals(String.valueOf(Main.BAD_INPUT), r[0]);
        assertTrue(r[2].contains("jiangmen.yaml") && r[2].contains("observed[8]") && r[2].contains("held-out check"), r[2]);
        Files.writeString(region, text.replace(range, "range: [255, 674], value: 400, flag: X, use: check"));
        r = call("validate", dir.resolve("s.yaml").toString());
        assertTrue(r[2].contains("observed[8].range") && r[2].contains("either value or range"), r[2]);
        Files.writeString(region, text.replace(range, "range: [674, 255], flag: X, use: check"));
        r = call("validate", dir.resolve("s.yaml").toString());
        assertTrue(r[2].contains("observed[8].range") && r[2].contains("must not exceed"), r[2]);
    }
}
