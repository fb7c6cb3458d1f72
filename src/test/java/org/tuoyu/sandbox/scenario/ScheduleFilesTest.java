package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Levers;

/** Dated lever schedules in scenario files and on the command line (MODEL.md section 2). */
class ScheduleFilesTest {

    private static final Path FILES = Path.of("src/test/resources/files");

    @Test
    void aReformsSchedulesAreReadOverItsBaseline() throws Exception {
        Levers l = ScenarioFiles.load(FILES.resolve("tiny-dated.yaml")).scenario().levers();
        assertEquals(0, l.at("centre", 2025).get(LeverKey.VOUCHER_A0));
        assertEquals(600, l.at("centre", 2027).get(LeverKey.VOUCHER_A0));
        assertEquals(1000, l.at("centre", 2030).get(LeverKey.VOUCHER_A0));
        assertEquals(300, l.at("centre", 2026).get(LeverKey.VOUCHER_A2));
        assertEquals(500, l.at("centre", 2027).get(LeverKey.VOUCHER_A2));
        assertEquals(1, l.at("centre", 2027).get(LeverKey.ELIGIBILITY)); // hukou
        assertEquals(8, l.at("centre", 2025).get(LeverKey.TARGET_PER_THOUSAND)); // the baseline's, before 2026
        assertEquals(12, l.at("centre", 2026).get(LeverKey.TARGET_PER_THOUSAND));
        assertEquals(0, l.at("centre", 2028).get(LeverKey.VOUCHER_A1));
        assertEquals(900, l.at("centre", 2029).get(LeverKey.VOUCHER_A1));
    }

    @Test
    void schedulesSurviveSaveAndLoad(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"tiny-dated.yaml", "tiny-dated-baseline.yaml"}) {
            ScenarioDocument doc = ScenarioFiles.load(FILES.resolve(name));
            Path copy = FILES.resolve(".roundtrip-" + name);
            try {
                ScenarioFiles.save(doc, copy);
                ScenarioDocument again = ScenarioFiles.load(copy);
                assertEquals(doc.scenario(), again.scenario(), name + ":\n" + Files.readString(copy));
                assertEquals(doc.leverProvenance(), again.leverProvenance(), name);
                // and once more, so the written form is a fixed point
                ScenarioFiles.save(again, copy);
                assertEquals(doc.scenario(), ScenarioFiles.load(copy).scenario(), name);
            } finally {
                Files.deleteIfExists(copy);
            }
        }
        ScenarioDocument base = ScenarioFiles.load(FILES.resolve("tiny-dated-baseline.yaml"));
        assertEquals(1200, base.scenario().levers().at("centre", 2024).get(LeverKey.ALLOWANCE_PER_CHILD_YEAR));
        assertEquals(3600, base.scenario().levers().at("centre", 2025).get(LeverKey.ALLOWANCE_PER_CHILD_YEAR));
        assertEquals(500, base.scenario().levers().at("centre", 2026).get(LeverKey.OPERATING_SUBSIDY_A2));
    }

    @Test
    void setAcceptsASchedule(@TempDir Path dir) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(FILES.resolve("tiny.yaml"));
        ScenarioDocument set = ScenarioFiles.applySetting(doc, "levers.demand.voucher.A0=2026:600,2028:1000");
        Levers l = set.scenario().levers();
        assertEquals(Map.of(2026, 600.0, 2028, 1000.0), l.schedule(LeverKey.VOUCHER_A0).steps());
        assertEquals(0, l.at("centre", 2025).get(LeverKey.VOUCHER_A0));
        set = ScenarioFiles.applySetting(set, "levers.districts.centre.demand.eligibility=2027:hukou");
        assertEquals(1, set.scenario().levers().at("centre", 2027).get(LeverKey.ELIGIBILITY));
        // a later scalar replaces the schedule
        set = ScenarioFiles.applySetting(set, "levers.demand.voucher.A0=200");
        assertNull(set.scenario().levers().schedule(LeverKey.VOUCHER_A0));
        assertEquals(200, set.scenario().levers().at("centre", 2030).get(LeverKey.VOUCHER_A0));
        // and what --set made can be saved and read back
        Path target = FILES.resolve(".roundtrip-set.yaml");
        try {
            ScenarioFiles.save(set, target);
            // (levers only: a baseline is calibrated again when loaded, with the levers it now has)
            assertEquals(set.scenario().levers(), ScenarioFiles.load(target).scenario().levers());
        } finally {
            Files.deleteIfExists(target);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026:abc|'2026:abc': is not a number",
        "26:600|'26:600': a schedule's keys are years written with four digits",
        "2026:600,2026:700|'2026:700': the year 2026 appears twice",
        "2026:600,2028|'2028': write a schedule as YEAR:VALUE",
        "2026:-5|'2026:-5': must not be negative",
        "2024:600|after the region's data year 2024",
    })
    void setRefusesABadScheduleNamingTheValue(String value, String problem) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(FILES.resolve("tiny.yaml"));
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> ScenarioFiles.applySetting(doc, "levers.demand.voucher.A0=" + value));
        assertEquals(value, e.value());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("levers.demand.voucher.A0"), e.getMessage());
    }

    @Test
    void aBadScheduleInAFileNamesFileKeyAndValue(@TempDir Path dir) throws Exception {
        Files.copy(FILES.resolve("tiny-region.yaml"), dir.resolve("tiny-region.yaml"));
        Files.copy(FILES.resolve("tiny.yaml"), dir.resolve("tiny.yaml"));
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "scenario: {name: x}\nextends: tiny.yaml\nlevers:\n  demand:\n    voucher: {A0: {2026: lots}}\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(f));
        assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("levers.demand.voucher.A0.2026"), e.getMessage());
        assertTrue(e.getMessage().contains("lots"), e.getMessage());
        Files.writeString(f, "scenario: {name: x}\nextends: tiny.yaml\nlevers:\n  demand:\n    voucher: {A0: {2023: 100}}\n");
        e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(f));
        assertTrue(e.getMessage().contains("levers.demand.voucher.A0, year 2023"), e.getMessage());
    }
}
