package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** The tables of run and compare are the catalogue's: every column is an indicator key, every cell its value. */
class CliTablesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private List<String> run(String... args) {
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The table whose header line starts with {@code first}: its header and the row named {@code row}, split. */
    private static List<List<String>> table(List<String> lines, String first, String row) {
        int h = 0;
        while (!lines.get(h).startsWith(first + " ")) h++;
        for (int i = h + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            if (lines.get(i).startsWith(row + " ")) {
                return List.of(Arrays.asList(lines.get(h).trim().split(" {2,}")), Arrays.asList(lines.get(i).trim().split(" {2,}")));
            }
        }
        throw new AssertionError("no row " + row + " below " + lines.get(h));
    }

    @Test
    void theDistrictGroupAndYearTablesShowCatalogueIndicatorsAsTheEngineComputesThem() throws Exception {
        List<String> lines = run("run", "builtin:jiangmen-2024.yaml");
        YearResult y = Evaluator.evaluate(ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml")).scenario()).first();
        DistrictResult d = y.districts().stream().filter(x -> x.id().equals("pengjiang")).findFirst().orElseThrow();
        IncomeGroupResult q1 = y.incomeGroups().get(0);
        List<List<String>> dt = table(lines, "district", "pengjiang");
        List<List<String>> gt = table(lines, "group", "Q1");
        List<List<String>> yt = table(lines, "year", String.valueOf(y.year()));
        for (int c = 1; c < dt.get(0).size(); c++) {
            Indicator i = Indicator.fromKey(dt.get(0).get(c));
            assertNotNull(i, dt.get(0).get(c) + " is not a catalogue key");
            assertEquals(IndicatorTable.value(i, i.of(d)), dt.get(1).get(c), i.key());
        }
        for (int c = 1; c < gt.get(0).size(); c++) {
            Indicator i = Indicator.fromKey(gt.get(0).get(c));
            assertNotNull(i, gt.get(0).get(c) + " is not a catalogue key");
            assertEquals(IndicatorTable.value(i, i.of(q1)), gt.get(1).get(c), i.key());
        }
        for (int c = 1; c < yt.get(0).size(); c++) {
            Indicator i = Indicator.fromKey(yt.get(0).get(c));
            assertNotNull(i, yt.get(0).get(c) + " is not a catalogue key");
            assertEquals(IndicatorTable.value(i, i.of(y)), yt.get(1).get(c), i.key());
        }
        assertTrue(dt.get(0).size() >= 8 && gt.get(0).size() >= 5 && yt.get(0).size() >= 5, dt.get(0) + " " + gt.get(0) + " " + yt.get(0));
    }

    @Test
    void theCompareTableHeadsItsIndicatorColumnsWithCatalogueKeysAndRatesChangeInPoints() {
        List<String> lines = run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml");
        String header = lines.stream().filter(l -> l.startsWith("scenario ")).findFirst().orElseThrow();
        List<String> heads = Arrays.asList(header.trim().split(" {2,}"));
        for (String h : heads.subList(1, heads.size())) {
            if (h.equals("Δ")) continue;
            assertNotNull(Indicator.fromKey(h.split(" ")[0]), h + " is not a catalogue key");
        }
        String reform = lines.stream().filter(l -> l.contains("托幼一体化")).findFirst().orElseThrow();
        assertTrue(reform.contains(" pp"), reform);
    }

    @Test
    void theMonteCarloTableOfRunHeadsItsBandsWithCatalogueKeys() {
        List<String> lines = run("run", "builtin:jiangmen-2024.yaml", "--draws", "20");
        int at = 0;
        while (!lines.get(at).startsWith("Monte Carlo:")) at++;
        List<String> heads = Arrays.asList(lines.get(at + 1).trim().split(" {2,}"));
        assertEquals("year", heads.get(0));
        assertTrue(heads.size() >= 4, heads.toString());
        for (String h : heads.subList(1, heads.size())) assertNotNull(Indicator.fromKey(h), h + " is not a catalogue key");
        assertTrue(lines.get(at + 2).matches("\\d{4} .* / .* / .*"), lines.get(at + 2));
    }
}
