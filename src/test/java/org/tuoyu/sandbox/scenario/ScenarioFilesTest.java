package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuoyu.sandbox.engine.LeverKey;

class ScenarioFilesTest {

    static Stream<Path> shippedScenarios() throws IOException {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void savingAndLoadingAgainGivesTheSameScenario(Path file, @TempDir Path dir) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(file);
        // Save beside the original so relative references still resolve, then in another folder.
        Path copy = file.resolveSibling(".roundtrip-" + file.getFileName());
        try {
            ScenarioFiles.save(doc, copy);
            ScenarioDocument again = ScenarioFiles.load(copy);
            assertEquals(doc.scenario(), again.scenario());
            assertEquals(doc.leverProvenance(), again.leverProvenance());
            assertEquals(doc.name(), again.name());
            assertEquals(doc.descriptionEn(), again.descriptionEn());
        } finally {
            Files.deleteIfExists(copy);
        }
        Path elsewhere = dir.resolve("copy.yaml");
        ScenarioFiles.save(doc, elsewhere);
        assertEquals(doc.scenario(), ScenarioFiles.load(elsewhere).scenario());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void everyShippedFigureHasASource(Path file) throws Exception {
        ProvenanceReport r = ProvenanceReport.of(ScenarioFiles.load(file));
        assertEquals(List.of(), r.unsourced());
    }

    @Test
    void everyShippedScenarioIsInTheBuiltInLibraryAndLoadsFromTheJar() throws Exception {
        Set<String> onDisk = new TreeSet<>();
        shippedScenarios().forEach(p -> onDisk.add(p.getFileName().toString()));
        Set<String> listed = new TreeSet<>();
        for (Location l : ScenarioFiles.builtinScenarios()) {
            listed.add(l.fileName());
            assertNotNull(ScenarioFiles.load(l).scenario());
        }
        assertEquals(onDisk, listed);
    }

    @Test
    void aReformInheritsItsBaselineAndChangesOnlyWhatItStates() throws Exception {
        ScenarioDocument base = ScenarioFiles.load(Path.of("src/test/resources/files/tiny.yaml"));
        ScenarioDocument reform = ScenarioFiles.load(Path.of("src/test/resources/files/tiny-reform.yaml"));
        assertNotNull(reform.parent());
        assertEquals(1000, reform.scenario().levers().regionWide().get(LeverKey.VOUCHER_A0));
        assertEquals(0, base.scenario().levers().regionWide().get(LeverKey.VOUCHER_A0));
        assertEquals(800, reform.scenario().levers().regionWide().get(LeverKey.OPERATING_SUBSIDY_A1));
        assertEquals(10, reform.scenario().levers().forDistrict("centre").get(LeverKey.TARGET_PER_THOUSAND));
        // never recalibrated: the reform keeps the baseline's demand share
        assertEquals(base.scenario().behaviour(), reform.scenario().behaviour());
        assertEquals(base.calibration(), reform.calibration());
    }

    @Test
    void saveWritesThroughATemporaryFileAndLeavesNoTrace(@TempDir Path dir) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Path.of("src/test/resources/files/tiny.yaml"));
        Path target = dir.resolve("mine.yaml");
        Files.writeString(target, "previous contents");
        ScenarioFiles.save(doc, target);
        assertTrue(Files.readString(target).contains("小城基线"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void aReadOnlyTargetIsRefusedAndKeepsItsContents(@TempDir Path dir) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Path.of("src/test/resources/files/tiny.yaml"));
        Path target = dir.resolve("locked.yaml");
        Files.writeString(target, "keep me");
        assertTrue(target.toFile().setWritable(false));
        if (Files.isWritable(target)) return; // running as a user who can write anyway (root): nothing to check
        IOException e = assertThrows(IOException.class, () -> ScenarioFiles.save(doc, target));
        assertTrue(e.getMessage().contains("locked.yaml"), e.getMessage());
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void setRefusesUnknownKeysAndBadValuesNamingBoth() throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Path.of("src/test/resources/files/tiny.yaml"));
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> ScenarioFiles.applySetting(doc, "levers.demand.vouchr.A2=600"));
        assertTrue(e.getMessage().contains("did you mean 'levers.demand.voucher.A2'"), e.getMessage());
        e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.applySetting(doc, "levers.supply.grantPerNewSeat=-5"));
        assertEquals("-5", e.value());
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
        e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.applySetting(doc, "levers.districts.nowhere.supply.grantPerNewSeat=5"));
        assertTrue(e.getMessage().contains("names no district"), e.getMessage());
        ScenarioDocument set = ScenarioFiles.applySetting(doc, "levers.districts.centre.demand.voucher.A2=600");
        assertEquals(600, set.scenario().levers().forDistrict("centre").get(LeverKey.VOUCHER_A2));
        assertEquals(0, set.scenario().levers().regionWide().get(LeverKey.VOUCHER_A2));
    }

    @Test
    void changedLeversLoseTheSourceOfTheOldValue() throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Path.of("src/test/resources/files/tiny.yaml"));
        assertNotNull(doc.provenanceOf(LeverKey.OPERATING_SUBSIDY_A2));
        ScenarioDocument changed = ScenarioFiles.applySetting(doc, "levers.supply.operatingSubsidy.A2=900");
        assertNull(changed.provenanceOf(LeverKey.OPERATING_SUBSIDY_A2));
        ScenarioDocument same = ScenarioFiles.applySetting(doc, "levers.supply.operatingSubsidy.A1=900");
        assertNotNull(same.provenanceOf(LeverKey.OPERATING_SUBSIDY_A2));
    }

    @Test
    void everyLeverPathIsDocumentedInTheFormatGuide() throws Exception {
        String guide = Files.readString(Path.of("docs/scenario-format.md"));
        List<String> missing = new ArrayList<>();
        for (LeverKey k : LeverKey.values()) {
            String leaf = k.path().substring(k.path().lastIndexOf('.') + 1);
            if (!guide.contains(leaf)) missing.add(k.path());
        }
        assertEquals(List.of(), missing);
        assertFalse(guide.isEmpty());
    }
}
