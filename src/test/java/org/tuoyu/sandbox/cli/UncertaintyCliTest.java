package org.tuoyu.sandbox.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** run --draws / --seed and compare --decompose on the built-in Jiangmen scenarios. */
class UncertaintyCliTest {

    private static String call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runWithDrawsAddsOrderedBandsToEveryYearAndIsReproducible() throws Exception {
        String a = call("run", "builtin:jiangmen-2024.yaml", "--json", "--draws", "60", "--seed", "5");
        JsonNode root = new ObjectMapper().readTree(a);
        assertEquals(60, root.get("monteCarlo").get("draws").asInt());
        for (JsonNode y : root.get("years")) {
            for (String k : new String[] {"fiscalCost", "enrolmentRate", "utilisation", "unmetPrice", "unmetSeats"}) {
                JsonNode b = y.get("bands").get(k);
                assertTrue(b.get("p5").asDouble() <= b.get("p50").asDouble() && b.get("p50").asDouble() <= b.get("p95").asDouble(),
                        k + " " + b);
            }
            JsonNode rate = y.get("bands").get("enrolmentRate");
            assertTrue(rate.get("p95").asDouble() > rate.get("p5").asDouble());
        }
        assertEquals(a, call("run", "builtin:jiangmen-2024.yaml", "--json", "--draws", "60", "--seed", "5"));
        assertNotEquals(a, call("run", "builtin:jiangmen-2024.yaml", "--json", "--draws", "60", "--seed", "6"));
    }

    @Test
    void compareWithDecomposeSplitsEachReformIntoStepsThatAddUp() throws Exception {
        String s = call("compare", "builtin:jiangmen-2024.yaml", "builtin:jiangmen-2024-toward-28-6.yaml", "--json", "--decompose");
        JsonNode reform = new ObjectMapper().readTree(s).get("scenarios").get(1);
        JsonNode steps = reform.get("decomposition");
        assertEquals(4, steps.size());
        assertEquals("supply", steps.get(0).get("step").asText());
        double sum = 0, sumH = 0;
        for (JsonNode st : steps) {
            sum += st.get("fiscalCost").asDouble();
            sumH += st.get("horizonFiscalCost").asDouble();
        }
        JsonNode total = reform.get("decompositionTotal");
        assertEquals(total.get("fiscalCost").asDouble(), sum, 1e-6 * Math.abs(sum) + 1);
        assertEquals(total.get("horizonFiscalCost").asDouble(), sumH, 1e-6 * Math.abs(sumH) + 1);
        assertTrue(Math.abs(total.get("horizonFiscalCost").asDouble()) > 0, "the reform costs something");
    }
}
