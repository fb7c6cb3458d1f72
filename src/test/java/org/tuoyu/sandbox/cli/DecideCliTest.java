package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** seek, optimise, frontier and tornado through Main: the JSON contract and exit 2 on bad input. */
class DecideCliTest {

    static final String FILE = "src/test/resources/decide/two-town.yaml";
    static final String REFORM = "src/test/resources/decide/two-town-reform.yaml";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws Exception { return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void seekPrintsTheValueWhatItAchievesAndWhetherItReachedTheTarget() throws Exception {
        assertEquals(Main.OK, run("seek", FILE, "--lever", "demand.voucher.A2=0:3000", "--target", "enrolmentRate>=0.12",
                "--year", "2027", "--json"), err());
        JsonNode j = json();
        assertTrue(j.get("reached").asBoolean(), j.toString());
        assertTrue(j.get("achieved").asDouble() >= 0.12);
        assertTrue(j.get("value").asDouble() > 0 && j.get("value").asDouble() < 3000);
        assertEquals(Main.OK, run("seek", FILE, "--lever", "demand.voucher.A2=0:100", "--target", "enrolmentRate>=0.9",
                "--year", "2027", "--json"), err());
        assertFalse(json().get("reached").asBoolean());
        assertTrue(json().get("shortfall").asDouble() > 0);
    }

    @Test
    void badInputExitsTwoWithAMessageNamingWhatIsWrong() {
        assertEquals(Main.BAD_INPUT, run("seek", FILE, "--lever", "demand.vouchr.A2", "--target", "enrolmentRate>=0.1", "--year", "2027"));
        assertTrue(err().contains("vouchr"), err());
        assertEquals(Main.BAD_INPUT, run("seek", FILE, "--lever", "demand.voucher.A2", "--target", "enrolRate>=0.1", "--year", "2027"));
        assertTrue(err().contains("unknown indicator 'enrolRate'"), err());
        assertEquals(Main.BAD_INPUT, run("optimise", FILE, "--levers", "demand.voucher.A2=900:100", "--target",
                "enrolmentRate>=0.1", "--year", "2027"));
        assertTrue(err().contains("exceeds the upper bound"), err());
        assertEquals(Main.BAD_INPUT, run("optimise", FILE, "--levers", "demand.voucher.A2=0:100", "--target",
                "enrolmentRate>>0.1", "--year", "2027"));
        assertTrue(err().contains("enrolmentRate>>0.1"), err());
        assertEquals(Main.BAD_INPUT, run("optimise", FILE, "--levers", "demand.voucher.A2=0:100", "--target",
                "enrolmentRate>=0.1", "--year", "2099"));
        assertTrue(err().contains("2099"), err());
        assertEquals(Main.BAD_INPUT, run("tornado", FILE, "--indicator", "enrolmentRate>=1", "--year", "2027"));
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void optimiseWritesAReformWhoseTargetsHoldInAFreshRun(@TempDir Path dir) throws Exception {
        Path reform = dir.resolve("optimised.yaml");
        assertEquals(Main.OK, run("optimise", FILE, "--levers", "demand.voucher.A2=0:2000,demand.voucher.A1=0:2000",
                "--minimise", "generalBudget@2028", "--target", "enrolmentRate>=0.13", "--year", "2028", "--json",
                "--out", reform.toString()), err());
        JsonNode j = json();
        assertTrue(j.get("feasible").asBoolean());
        assertTrue(j.get("targets").get(0).get("active").asBoolean());
        assertTrue(j.get("costOfTarget").fields().next().getValue().asDouble() > 0);
        String text = java.nio.file.Files.readString(reform);
        assertFalse(text.contains("operatingSubsidy"), "the reform lists only the levers the search moved:\n" + text);
        ScenarioDocument d = ScenarioFiles.load(reform);
        assertTrue(d.isReform());
        assertTrue(d.descriptionEn().contains("enrolmentRate>=0.13"), d.descriptionEn());
        Target t = Target.parse("enrolmentRate>=0.13", 2028);
        assertTrue(t.met(t.read(Evaluator.evaluate(d.scenario()))), "the written reform meets the target");
        assertEquals(j.get("levers").get("demand.voucher.A2").asDouble(),
                d.scenario().levers().regionWide().get(org.tuoyu.sandbox.engine.LeverKey.VOUCHER_A2), 1e-6);
    }

    @Test
    void frontierAndTornadoPrintTheirJson(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("frontier.xlsx");
        assertEquals(Main.OK, run("frontier", FILE, "--levers", "demand.voucher.A2=0:1500", "--target", "enrolmentRate",
                "--year", "2027", "--points", "4", "--reform", REFORM, "--json", "--xlsx", xlsx.toString()), err());
        JsonNode j = json();
        assertEquals(4, j.get("points").size());
        assertEquals(1, j.get("reforms").size());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var sheet = wb.getSheet("成本前沿");
            assertEquals(j.get("points").get(0).get("cost").asDouble(), sheet.getRow(4).getCell(1).getNumericCellValue(), 1e-6,
                    "the sheet's first point is the JSON's");
            assertEquals("Two towns vouchers", sheet.getRow(10).getCell(0).getStringCellValue());
        }
        assertEquals(Main.OK, run("tornado", REFORM, "--against", FILE, "--indicator", "generalBudget", "--year", "2027",
                "--json"), err());
        j = json();
        assertTrue(j.get("difference").asBoolean());
        assertEquals(org.tuoyu.sandbox.decide.BehaviourParameter.values().length, j.get("bars").size());
        java.util.Set<String> named = new java.util.HashSet<>();
        j.get("bars").forEach(b -> named.add(b.get("parameter").asText()));
        assertTrue(named.containsAll(java.util.List.of("incomeSensitivity", "incomeGradient", "nestParameter",
                "marketPremium", "accessScale", "exitRate", "entryRate")), "the v2 parameters have bars: " + named);
        assertTrue(j.get("bars").get(0).has("fitsLow"));
    }
}
