package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** run --set with a dated schedule: the JSON echoes it and the voucher money starts in its year. */
class ScheduleCliTest {

    private static String[] call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aScheduleSetOnTheCommandLineIsEchoedAndActsFromItsYear() throws Exception {
        String[] r = call("run", "builtin:jiangmen-2024.yaml", "--json", "--set", "levers.demand.voucher.A2=2026:600,2028:1000");
        assertEquals("0", r[0], r[2]);
        JsonNode root = new ObjectMapper().readTree(r[1]);
        JsonNode lever = root.get("levers").get("demand.voucher.A2");
        assertEquals(0, lever.get("value").asDouble());
        assertEquals(600, lever.get("schedule").get("2026").asDouble());
        assertEquals(1000, lever.get("schedule").get("2028").asDouble());
        assertEquals(0, root.get("levers").get("demand.voucher.A1").asDouble()); // a plain lever stays a number
        for (JsonNode y : root.get("years")) {
            double vouchers = y.get("fiscalCost").get("vouchers").asDouble();
            if (y.get("year").asInt() < 2026) {
                assertEquals(0, vouchers, "year " + y.get("year"));
            } else {
                assertTrue(vouchers > 0, "year " + y.get("year"));
            }
        }
    }

    @Test
    void aBadScheduleIsABadInputNamingTheValue() {
        String[] r = call("run", "builtin:jiangmen-2024.yaml", "--set", "levers.demand.voucher.A2=2026:600,2028:x");
        assertEquals(String.valueOf(Main.BAD_INPUT), r[0]);
        assertTrue(r[2].contains("'2028:x'") && r[2].contains("levers.demand.voucher.A2"), r[2]);
    }
}
