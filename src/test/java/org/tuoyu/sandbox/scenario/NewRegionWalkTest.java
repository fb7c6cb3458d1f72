package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.cli.Main;
import org.tuoyu.sandbox.engine.Region;

/**
 * docs/new-region.md, walked through the real command line: the Zhuhai draft, the template, two
 * district tables imported, a baseline that calibrates to the entered enrolled total, and a run.
 */
class NewRegionWalkTest {

    private static final Path EXAMPLE = Path.of("scenarios/examples/zhuhai");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8); }

    @Test
    void theDraftTheTablesAndTheBaselineGiveACalibratedRun() throws Exception {
        Path draft = EXAMPLE.resolve("region-start.yaml");
        // step 2: the template lists the draft's districts, ready to fill
        Path template = dir.resolve("template.csv");
        assertEquals(0, run("districts", "template", template.toString(), draft.toString()), out());
        String t = Files.readString(template, StandardCharsets.UTF_8);
        assertTrue(t.contains("xiangzhou,香洲区") && t.contains("doumen,斗门区") && t.contains("jinwan,金湾区"), t);

        // steps 3-4: the bulletin's table (in 万, flagged S), then the derived table (flagged X)
        Path step = dir.resolve("step.yaml");
        assertEquals(0, run("districts", "import", draft.toString(), EXAMPLE.resolve("districts-2024.csv").toString(),
                "--out", step.toString()), out());
        assertTrue(out().contains("1400200 → 1431100") && out().contains("in 万"), out());
        Path region = dir.resolve("region.yaml");
        assertEquals(0, run("districts", "import", step.toString(), EXAMPLE.resolve("districts-derived.csv").toString(),
                "--out", region.toString()), out());
        assertTrue(out().contains("0 rejected"), out());

        RegionDocument made = RegionReader.read(Location.of(region));
        Region shipped = RegionReader.read(Location.of(EXAMPLE.resolve("region.yaml"))).region();
        assertEquals(shipped, made.region(), "the shipped region.yaml is what the walk produces");
        assertEquals(1_431_100, made.region().district("xiangzhou").population());
        assertEquals(39_044, made.region().district("doumen").incomePerCapitaYear());
        assertEquals("S", made.provenanceOf("districts.xiangzhou.population").flag());
        assertEquals("X", made.provenanceOf("districts.doumen.incomePerCapitaYear").flag());

        // step 5: the baseline beside the new region calibrates to the enrolled total and runs
        Path baseline = dir.resolve("baseline.yaml");
        Files.copy(EXAMPLE.resolve("baseline.yaml"), baseline);
        assertEquals(0, run("validate", "--provenance", baseline.toString()), out());
        assertTrue(out().contains("[S] region.districts.xiangzhou.population"), out());
        assertEquals(0, run("run", baseline.toString()), out());
        String result = out();
        // Model v2: the baseline frees the demand share and the access scale (baseline.yaml says why).
        assertTrue(result.contains("calibration: D0 (potentialDemandShare)") && result.contains("rho0 (accessScale)"), result);
        assertTrue(result.contains("enrolled 5,140") || result.contains("enrolled 5,13") || result.contains("enrolled 5,14"), result);
        // two free parameters, two figures (the share wanting care and the enrolled total): the fit is the data's, not
        // a bound's (with the enrolled total alone, ρ0 ran to its bound 0.005 and run warned of it)
        assertTrue(result.contains("potentialDemandShare 2025") && !result.contains("sits on its bound"), result);
        double rho0 = ScenarioFiles.load(baseline).scenario().behaviour().accessScale();
        assertTrue(rho0 > 0.03 && rho0 < 0.3, "ρ0 " + rho0 + " inside the range it is drawn from");
        for (String d : new String[] {"xiangzhou", "doumen", "jinwan"}) assertTrue(result.contains(d), d + "\n" + result);
    }
}
