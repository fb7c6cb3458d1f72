package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void runJsonCarriesTheContractFields() throws Exception {
        assertEquals(0, run("run", "scenarios/jiangmen-2024.yaml", "--json"), err());
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals("江门 2024 基线", root.get("scenario").asText());
        JsonNode y = root.get("years").get(0);
        assertEquals(2024, y.get("year").asInt());
        for (String f : new String[] {"children", "seats", "inclusiveSeats", "enrolled", "enrolmentRate", "utilisation",
                "seatsPerThousand", "unmetPrice", "unmetSeats", "fiscalCost"}) {
            assertTrue(y.get("totals").has(f), f);
        }
        assertEquals(23_595, y.get("totals").get("seats").asDouble(), 0.5);
        assertEquals(9_022, y.get("totals").get("enrolled").asDouble(), 90);
        assertTrue(y.get("fiscalCost").has("maternityAllowance"));
        JsonNode d = y.get("districts").get(0);
        for (String f : new String[] {"id", "name", "children", "seats", "enrolled", "enrolmentRate", "utilisation", "fiscalCost",
                "breakEvenUtilisation", "inclusiveFee", "marketFee"}) {
            assertTrue(d.has(f), f);
        }
        JsonNode g = y.get("incomeGroups").get(4);
        assertEquals("Q5", g.get("group").asText());
        for (String f : new String[] {"children", "enrolled", "enrolmentRate", "meanNetBurden", "shareAboveThreshold"}) assertTrue(g.has(f), f);
        assertEquals(11, root.get("years").size());
    }

    @Test
    void setChangesALeverForThisRunOnly() throws Exception {
        assertEquals(0, run("run", "scenarios/jiangmen-2024.yaml", "--json", "--set", "levers.demand.voucher.A2=800"), err());
        JsonNode withVoucher = new ObjectMapper().readTree(out());
        out.reset();
        assertEquals(0, run("run", "scenarios/jiangmen-2024.yaml", "--json"));
        JsonNode without = new ObjectMapper().readTree(out());
        double a = withVoucher.get("years").get(0).get("totals").get("enrolled").asDouble();
        double b = without.get("years").get(0).get("totals").get("enrolled").asDouble();
        assertTrue(a > b, a + " vs " + b);
        assertTrue(withVoucher.get("years").get(0).get("fiscalCost").get("vouchers").asDouble() > 0);
    }

    @Test
    void compareJsonListsEveryScenario() throws Exception {
        assertEquals(0, run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml", "--json"), err());
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals(2, root.get("scenarios").size());
    }

    @Test
    void aBrokenFileExitsWithTwoAndOneClearLine() {
        assertEquals(2, run("run", "src/test/resources/broken/negative-subsidy.yaml"));
        assertTrue(err().contains("negative-subsidy.yaml:7: levers.supply.operatingSubsidy.A0 = -800: must not be negative"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void anUnknownSetKeySuggestsTheRightOne() {
        assertEquals(2, run("run", "scenarios/jiangmen-2024.yaml", "--set", "levers.demand.vouchr.A2=1"));
        assertTrue(err().contains("did you mean 'levers.demand.voucher.A2'"), err());
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals(2, run("validate", "no/such/file.yaml"));
        assertTrue(err().contains("file.yaml") && err().contains("no such file"), err());
    }

    @Test
    void validateListsProvenanceAndPassesTheShippedFiles() {
        assertEquals(0, run("validate", "--provenance", "scenarios/jiangmen-2024.yaml"), err());
        assertTrue(out().contains("[E] region.districts.pengjiang.seats.market") || out().contains("[X] region.districts.pengjiang.seats.market"), out());
        assertTrue(out().contains("0 without a source"), out());
    }

    @Test
    void humanTableShowsTheHeadlines() {
        assertEquals(0, run("run", "builtin:jiangmen-2024.yaml"), err());
        assertTrue(out().contains("enrolment rate 9.7%"), out());
        assertTrue(out().contains("utilisation 38.2%"), out());
    }

    @Test
    void validateChecksARegionFileOnItsOwn() {
        assertEquals(0, run("validate", "scenarios/regions/jiangmen.yaml"), err());
        assertTrue(out().contains("region jiangmen, 7 districts"), out());
        assertEquals(2, run("validate", "src/test/resources/broken/region-zone-region.yaml"));
        assertTrue(err().contains("did you mean 'urban'"), err());
    }

    @Test
    void compareTableShowsTheLastYearWhereSeatReformsAct() {
        assertEquals(0, run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml"), err());
        assertTrue(out().contains("enrolled 2034"), out());
        String reform = out().lines().filter(l -> l.contains("托幼一体化")).findFirst().orElseThrow();
        assertTrue(reform.trim().matches(".*\\+[0-9,]+$"), reform); // more children enrolled by the last year
    }
}
