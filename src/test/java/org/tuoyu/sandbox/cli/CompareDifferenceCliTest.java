package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** compare --json: each reform's difference from the baseline, and with --draws the paired bands of it. */
class CompareDifferenceCliTest {

    private static JsonNode compare(String... extra) throws Exception {
        String[] args = new String[3 + extra.length];
        args[0] = "compare";
        args[1] = "builtin:jiangmen-2024.yaml";
        args[2] = "builtin:jiangmen-2024-toward-28-6.yaml";
        System.arraycopy(extra, 0, args, 3, extra.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDifferenceIsTheReformMinusTheBaselineInEveryYear() throws Exception {
        JsonNode root = compare("--json");
        JsonNode base = root.get("scenarios").get(0), reform = root.get("scenarios").get(1);
        JsonNode diff = reform.get("difference");
        assertEquals(base.get("years").size(), diff.size());
        for (int y = 0; y < diff.size(); y++) {
            JsonNode d = diff.get(y), by = base.get("years").get(y), ry = reform.get("years").get(y);
            assertEquals(by.get("year").asInt(), d.get("year").asInt());
            for (String k : new String[] {"enrolled", "fiscalCost", "unmetPrice", "seats"}) {
                double expected = ry.get("totals").get(k).asDouble() - by.get("totals").get(k).asDouble();
                assertEquals(expected, d.get("totals").get(k).asDouble(), 1e-6 * Math.max(1, Math.abs(expected)), k);
            }
            for (String k : new String[] {"generalBudget", "insuranceFund", "taxExpenditure"}) {
                double expected = ry.get("accounts").get(k).asDouble() - by.get("accounts").get(k).asDouble();
                assertEquals(expected, d.get("accounts").get(k).asDouble(), 1e-6 * Math.max(1, Math.abs(expected)), k);
            }
        }
        assertTrue(diff.get(1).get("accounts").get("generalBudget").asDouble() > 0, "the reform's vouchers cost money");
        assertTrue(base.get("difference") == null, "the baseline has no difference");
    }

    @Test
    void drawsGivePairedBandsOfTheDifferenceWithRecalibration() throws Exception {
        JsonNode root = compare("--json", "--draws", "40", "--seed", "4");
        JsonNode mc = root.get("monteCarlo");
        assertTrue(mc.get("paired").asBoolean() && mc.get("recalibrated").asBoolean(), mc.toString());
        JsonNode reform = root.get("scenarios").get(1);
        JsonNode bands = reform.get("bands");
        assertEquals(reform.get("difference").size(), bands.size());
        JsonNode y = bands.get(1);
        for (String k : new String[] {"generalBudget", "enrolled", "enrolmentRate", "fiscalCost"}) {
            JsonNode b = y.get(k);
            assertTrue(b.get("p5").asDouble() <= b.get("p50").asDouble() && b.get("p50").asDouble() <= b.get("p95").asDouble(), k);
        }
        assertTrue(y.get("generalBudget").get("p5").asDouble() > 0, "the reform costs more in every draw");
        assertEquals(root.toString(), compare("--json", "--draws", "40", "--seed", "4").toString(), "reproducible");
    }
}
