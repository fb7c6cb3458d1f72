package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures that once gave NaN or Infinity (or an IllegalArgumentException naming nothing): each is now
 * refused with the file, line, key and value, and the plausible range is documented.
 */
class PlausibleRangesTest {

    @TempDir
    Path dir;
    Path region;
    Path scenario;

    @BeforeEach
    void copy() throws Exception {
        Files.createDirectories(dir.resolve("regions"));
        region = dir.resolve("regions/jiangmen.yaml");
        scenario = dir.resolve("jiangmen-2024.yaml");
        Files.copy(Path.of("scenarios/regions/jiangmen.yaml"), region, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("scenarios/jiangmen-2024.yaml"), scenario, StandardCopyOption.REPLACE_EXISTING);
    }

    private void edit(Path p, String regex, String with) throws Exception {
        String t = Files.readString(p);
        String u = t.replaceFirst(regex, with);
        assertTrue(!u.equals(t), "the edit " + regex + " applies");
        Files.writeString(p, u);
    }

    private int lineOf(Path p, String text) throws Exception {
        var lines = Files.readAllLines(p);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "(?m)^totals:\\n.*\\n.*\\n.*\\n    population: 835208 | population: 1e308       | districts.pengjiang.population",
        "    population: 835208                               | population: 1e308       | districts.pengjiang.population",
        "incomePerCapitaYear: 44320                           | incomePerCapitaYear: 4.9e-324 | districts.pengjiang.incomePerCapitaYear",
        "incomePerCapitaYear: 44320                           | incomePerCapitaYear: 1e308 | districts.pengjiang.incomePerCapitaYear",
    })
    void anImplausibleRegionFigureIsRefusedWithFileLineKeyAndValue(String regex, String with, String key) throws Exception {
        String r = regex.trim();
        if (r.startsWith("(?m)^totals")) {
            // the same without the totals block that used to catch it by accident
            String t = Files.readString(region).replaceFirst("(?ms)^totals:.*?(?=^\\S)", "");
            Files.writeString(region, t);
            r = "    population: 835208";
        }
        edit(region, r.contains("population") ? "population: 835208" : r, with.trim());
        int line = lineOf(region, with.trim());
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(scenario));
        assertTrue(e.file().endsWith("jiangmen.yaml"), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.keyPath(), e.getMessage());
        assertEquals(with.trim().replaceAll(".*: ", ""), e.value(), e.getMessage());
        assertTrue(e.getMessage().contains("plausible range"), e.getMessage());
        // a region file on its own (validate REGION) is refused alike
        assertThrows(ScenarioFileException.class, () -> RegionReader.read(Location.of(region)));
    }

    @Test
    void birthsTotalsAbovePlausibleAreRefused() throws Exception {
        Files.writeString(region, Files.readString(region) + "birthsTotals:\n  2025: 1e308\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(scenario));
        assertEquals("birthsTotals.2025", e.keyPath(), e.getMessage());
        assertTrue(e.getMessage().contains("plausible range"), e.getMessage());
        Files.writeString(region, Files.readString(region).replace("2025: 1e308", "2025: 900000"));
        e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(scenario));
        assertTrue(e.getMessage().contains("births above 5% of the population"), e.getMessage());
    }

    @Test
    void ageWeightsThatAreAllZeroAreRefused() throws Exception {
        // the Jiangmen baseline has a behaviour block (its exit rate): the weights go into it
        Files.writeString(scenario, Files.readString(scenario).replace("\nbehaviour:\n",
                "\nbehaviour:\n  ageWeights: {A0: 0, A1: 0, A2: 0}\n"));
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(scenario));
        assertEquals("behaviour.ageWeights", e.keyPath(), e.getMessage());
        assertEquals(lineOf(scenario, "ageWeights"), e.line());
        assertTrue(e.getMessage().contains("at least one age weight"), e.getMessage());
    }

    @Test
    void everyRangeIsDocumentedAndEveryDistrictColumnHasOne() throws Exception {
        String doc = Files.readString(Path.of("docs/scenario-format.md"));
        StringBuilder missing = new StringBuilder();
        for (FieldRules.Bound b : FieldRules.BOUNDS) {
            String row = "| `" + b.field() + "` | " + b.unit() + " | " + FieldRules.show(b.min()) + " – " + FieldRules.show(b.max())
                    + " | " + b.why() + " |";
            if (!doc.contains(row)) missing.append(row).append('\n');
        }
        assertEquals("", missing.toString(), "docs/scenario-format.md lacks these rows of the range table");
        for (DistrictTable.Column c : DistrictTable.Column.values()) {
            if (c.kind.numeric()) assertNotNull(FieldRules.bound("districts.x." + c.path), c.path);
        }
    }
}
