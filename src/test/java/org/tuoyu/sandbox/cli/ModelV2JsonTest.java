package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The model-version-2 fields of {@code run --json} (docs/cli.md): enrolment by mode, unmet split by reason, coverage,
 * seats opened and closed, hukou groups, the general budget by level and the willingness fit, each agreeing with the
 * figures a researcher's script would add up from them.
 */
class ModelV2JsonTest {

    private static JsonNode run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static double sum(JsonNode byMode) {
        return byMode.get("toddlerClass").asDouble() + byMode.get("inclusive").asDouble() + byMode.get("market").asDouble();
    }

    @Test
    void everyYearCarriesTheVersionTwoFiguresAndTheyAddUp() throws Exception {
        JsonNode root = run("run", "src/test/resources/scenario-tests/inputs/two-towns.yaml", "--json",
                "--set", "levers.demand.voucher.A2=500", "--set", "levers.demand.allowancePerChildYear=3600");
        JsonNode y1 = root.get("years").get(1);
        JsonNode t = y1.get("totals");
        assertEquals(t.get("enrolled").asDouble(), sum(t.get("enrolledByMode")), 1e-6);
        assertEquals(t.get("unmetSeats").asDouble(), t.get("unmetNoReach").asDouble() + t.get("unmetFull").asDouble(), 1e-6);
        assertTrue(t.get("seatsClosed").asDouble() > 0, "the baseline's loss-making stocks close: " + t);
        JsonNode levels = y1.get("generalBudgetByLevel");
        assertEquals(y1.get("accounts").get("generalBudget").asDouble(), levels.get("national").asDouble()
                + levels.get("city").asDouble() + levels.get("district").asDouble(), 1e-3);
        assertEquals(4500 * 3600, levels.get("national").asDouble(), 1e-6, "the allowance is national");
        JsonNode hukou = y1.get("hukou");
        assertEquals("local", hukou.get(0).get("status").asText());
        assertEquals("nonLocal", hukou.get(1).get("status").asText());
        assertEquals(3150, hukou.get(0).get("children").asDouble(), 1e-9);
        assertEquals(t.get("enrolled").asDouble(), hukou.get(0).get("enrolled").asDouble() + hukou.get(1).get("enrolled").asDouble(), 1e-6);
        JsonNode east = y1.get("districts").get(0);
        assertEquals("east", east.get("id").asText());
        // East's seats moved by closures from 2024's 0.1 a child, so coverage is below 1 − e^−1 and above 0
        double cov = east.get("coverage").get("inclusive").asDouble();
        assertTrue(cov > 0.5 && cov < 1 - Math.exp(-1), "coverage " + cov);
        assertEquals(east.get("enrolled").asDouble(), sum(east.get("enrolledByMode")), 1e-6);
        assertTrue(east.has("seatsOpened") && east.has("admission"));
        JsonNode w = root.get("willingness");
        assertEquals(0.25, w.get("eta").asDouble(), 1e-12);
        assertEquals(0.6, w.get("lambda").asDouble(), 1e-12);
        assertEquals(3.0, w.get("marketPremium").asDouble(), 1e-12);
        assertEquals(2, w.get("bins").size());
        assertEquals(1500, w.get("bins").get(0).get("price").asDouble(), 1e-9);
        assertEquals(0.5, w.get("bins").get(0).get("survey").asDouble(), 1e-9);
        assertTrue(Math.abs(w.get("bins").get(0).get("model").asDouble() - 0.5) < 0.05, w.toString());
    }
}
