package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void aMalformedOptimisedBlockIsRefusedByFieldAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "scenario: {name: bad}\nextends: " + Path.of(FILE).toAbsolutePath()
                + "\nregion: " + Path.of("src/test/resources/decide/two-town-region.yaml").toAbsolutePath()
                + "\noptimised:\n  minimise: generalBudget@2028\n  feasible: true\n  cost: 1e6\n  levers:\n"
                + "  - {lever: demand.voucher.A2, min: 900, max: 100, value: 5}\n  targets: []\n");
        assertEquals(Main.BAD_INPUT, run("validate", bad.toString()));
        assertTrue(err().contains("bad.yaml:9") && err().contains("optimised.levers[0]") && err().contains("exceeds"), err());
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
        double cost = j.get("cost").asDouble();
        // A fresh `run` of the written file, as a user would check it: the target holds, the cost is the answer's.
        assertEquals(Main.OK, run("run", reform.toString(), "--json"), err());
        JsonNode y2028 = null;
        for (JsonNode y : json().get("years")) if (y.get("year").asInt() == 2028) y2028 = y;
        assertTrue(y2028.get("totals").get("enrolmentRate").asDouble() >= 0.13, y2028.get("totals").toString());
        assertEquals(cost, y2028.get("accounts").get("generalBudget").asDouble(), 1e-6 * cost);
        assertEquals(j.get("levers").get("demand.voucher.A2").asDouble(),
                d.scenario().levers().regionWide().get(org.tuoyu.sandbox.engine.LeverKey.VOUCHER_A2), 1e-6);

        // The problem as a machine-readable block: enough to re-run it and for the 参数 sheet to show it.
        org.tuoyu.sandbox.scenario.OptimisedProblem p = d.optimised();
        assertEquals("generalBudget@2028", p.minimise());
        assertTrue(p.feasible());
        assertEquals(j.get("cost").asDouble(), p.cost(), 1e-6 * p.cost());
        assertEquals(2, p.levers().size());
        org.tuoyu.sandbox.scenario.OptimisedProblem.Lever a2 = p.levers().get(0);
        assertEquals("demand.voucher.A2", a2.lever());
        assertEquals(0, a2.min(), 0.0);
        assertEquals(2000, a2.max(), 0.0);
        assertEquals(j.get("levers").get("demand.voucher.A2").asDouble(), a2.value(), 1e-9);
        org.tuoyu.sandbox.scenario.OptimisedProblem.Goal g = p.targets().get(0);
        assertEquals(t, Target.parse(g.target(), g.year()), "the target reads back as given");
        assertTrue(g.met() && g.active());
        assertEquals(j.get("targets").get(0).get("costOfTarget").asDouble(), g.costOfTarget(), 1e-6 * g.costOfTarget());
        // Saved again, the block survives; a lever moved by hand drops it (the answer would no longer be these levers).
        assertTrue(org.tuoyu.sandbox.scenario.ScenarioWriter.toYaml(d, d.location()).contains("optimised:"));
        assertNull(d.withLevers(d.scenario().levers().withRegionWide(org.tuoyu.sandbox.engine.LeverKey.VOUCHER_A2, 1))
                .optimised());
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
            assertEquals("双城托育券", sheet.getRow(10).getCell(0).getStringCellValue(), "a Chinese sheet names reforms in Chinese");
        }
        assertEquals(Main.OK, run("tornado", REFORM, "--against", FILE, "--indicator", "generalBudget", "--year", "2027",
                "--json"), err());
        j = json();
        assertTrue(j.get("difference").asBoolean());
        assertEquals(org.tuoyu.sandbox.engine.Uncertainty.parameters().size(), j.get("bars").size());
        java.util.Set<String> named = new java.util.HashSet<>();
        j.get("bars").forEach(b -> named.add(b.get("parameter").asText()));
        assertTrue(named.containsAll(java.util.List.of("incomeSensitivity", "incomeGradient", "nestParameter",
                "marketPremium", "accessScale", "exitRate", "entryRate")), "the v2 parameters have bars: " + named);
        assertTrue(j.get("bars").get(0).has("fitsLow"));
    }
}
