package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Range;
import org.tuoyu.sandbox.engine.UncertainParameter;

/**
 * Each {@code with...} copy of a ScenarioDocument keeps every component it is not about. Issue 13 found withWarning and
 * withDescription dropping an optimised reform's {@code optimised:} block: the app's "describe" and a load warning made
 * an optimised reform forget the problem it answers, and the saved file lost the block.
 */
class ScenarioDocumentCopiesTest {

    /** Given to the builder itself, so never defaults. */
    private static final Set<String> GIVEN = Set.of("location", "region", "scenario");

    /** A reform with schedules and sources (Beijing's phased vouchers), every other component set to something. */
    private static ScenarioDocument full;

    @BeforeAll
    static void load() throws Exception {
        ScenarioDocument d = ScenarioFiles.load(Path.of("scenarios/beijing-2025-phased-vouchers.yaml"));
        OptimisedProblem answer = new OptimisedProblem("generalBudget@2030", 0.03, true, 1.5e9,
                List.of(new OptimisedProblem.Lever("demand.voucher.A1", 2026, 0, 2000, 800)),
                List.of(new OptimisedProblem.Goal("enrolmentRate>=0.15", 2030, 0.151, true, true, 2e8)));
        full = d.toBuilder().source("seed 000").warnings(List.of("a warning from loading"))
                .behaviourStated(Map.of("b50", 1200.0)).willingnessStated(true).calibrate(true).sha256("ab12")
                .calibrated(List.of("D0")).optimised(answer)
                .uncertainty(d.uncertainty().with(UncertainParameter.MATCH_FACTOR, new Range(0.5, 0.9))).build();
    }

    private static Object component(RecordComponent c, ScenarioDocument d) {
        try {
            return c.getAccessor().invoke(d);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The components of {@code after} that differ from {@code before}'s, by name. */
    private static Set<String> changed(ScenarioDocument before, ScenarioDocument after) {
        Set<String> out = new TreeSet<>();
        for (RecordComponent c : ScenarioDocument.class.getRecordComponents()) {
            if (!Objects.equals(component(c, before), component(c, after))) out.add(c.getName());
        }
        return out;
    }

    @Test
    void theFixtureSetsEveryComponentSoThatACopyForgettingOneShows() {
        ScenarioDocument defaults = ScenarioDocument.builder(full.location(), full.region(), full.scenario()).build();
        List<String> unset = new ArrayList<>();
        for (RecordComponent c : ScenarioDocument.class.getRecordComponents()) {
            if (!GIVEN.contains(c.getName()) && Objects.equals(component(c, full), component(c, defaults))) unset.add(c.getName());
        }
        assertEquals(List.of(), unset, "components the fixture leaves at the builder's default: set them in load()");
        assertEquals(Set.of(), changed(full, full.toBuilder().build()), "toBuilder() copies every component");
    }

    @Test
    void everyWithMethodHasItsCopyTestHere() {
        Set<String> withs = new TreeSet<>();
        for (Method m : ScenarioDocument.class.getDeclaredMethods()) {
            if (m.getName().startsWith("with") && Modifier.isPublic(m.getModifiers())) withs.add(m.getName());
        }
        assertEquals(new TreeSet<>(Arrays.asList("withDescription", "withLevers", "withLocation", "withName",
                "withScenario", "withWarning")), withs, "a new with... needs its test in this class");
    }

    @Test
    void aWarningKeepsEverythingElseAndTheOptimisedBlock() {
        ScenarioDocument w = full.withWarning("kept the calibration");
        assertEquals(Set.of("warnings"), changed(full, w));
        assertEquals(List.of("a warning from loading", "kept the calibration"), w.warnings());
        assertNotNull(w.optimised());
    }

    @Test
    void aDescriptionKeepsEverythingElseAndTheOptimisedBlock() {
        ScenarioDocument d = full.withDescription("新的说明", "new note");
        assertEquals(Set.of("descriptionEn", "descriptionZh"), changed(full, d));
        assertEquals("新的说明", d.descriptionZh());
        assertEquals(full.optimised(), d.optimised());
    }

    /** What the user saw go: describe an optimised reform, save it, open it again; the problem it answers is there. */
    @Test
    void aDescribedOptimisedReformSavedAndReopenedKeepsItsBlock(@TempDir Path dir) throws Exception {
        ScenarioDocument loaded = ScenarioFiles.load(Path.of("scenarios/beijing-2025-phased-vouchers.yaml"));
        ScenarioDocument described = loaded.toBuilder().optimised(full.optimised()).build()
                .withDescription("找到的最低成本方案", "The least-cost answer found").withWarning("kept");
        Path file = dir.resolve("optimised.yaml");
        ScenarioFiles.save(described, file);
        ScenarioDocument reopened = ScenarioFiles.load(file);
        assertEquals(full.optimised(), reopened.optimised());
        assertEquals("找到的最低成本方案", reopened.descriptionZh());
    }

    @Test
    void aNameChangesTheNamesAndTheEngineScenariosNameOnly() {
        ScenarioDocument n = full.withName("分步托育券", "Phased vouchers");
        assertEquals(Set.of("name", "nameEn", "scenario"), changed(full, n));
        assertEquals("分步托育券", n.scenario().name());
        assertEquals(full.scenario().levers(), n.scenario().levers(), "the levers, schedules included, stay");
    }

    @Test
    void anotherEngineScenarioKeepsTheFilesOwnParts() {
        ScenarioDocument s = full.withScenario(full.scenario().withName("x"));
        assertEquals(Set.of("scenario"), changed(full, s));
    }

    @Test
    void anotherPlaceChangesTheLocationAndTheHashOnly() {
        ScenarioDocument l = full.withLocation(Location.of(Path.of("/tmp/elsewhere.yaml")), "cd34");
        assertEquals(Set.of("location", "sha256"), changed(full, l));
    }

    /**
     * New levers: the sources of the values that changed go, those of the values that did not stay, schedules counted;
     * the optimised block goes (its answer was the old levers); nothing else changes.
     */
    @Test
    void otherLeversDropTheChangedSourcesAndTheAnswerOnly() {
        Levers old = full.scenario().levers();
        assertNotNull(old.schedule(LeverKey.VOUCHER_A0), "the fixture has a schedule");
        Levers moved = old.withRegionSchedule(LeverKey.VOUCHER_A0, LeverSchedule.of(Map.of(2027, 700.0)))
                .withRegionWide(LeverKey.VOUCHER_A2, 650);
        ScenarioDocument l = full.withLevers(moved);
        assertEquals(Set.of("leverProvenance", "optimised", "scenario"), changed(full, l));
        assertNull(l.optimised());
        assertNotNull(full.provenanceOf(LeverKey.VOUCHER_A0));
        assertNull(l.provenanceOf(LeverKey.VOUCHER_A0), "a schedule changed: its source goes");
        assertNull(l.provenanceOf(LeverKey.VOUCHER_A2), "a value changed: its source goes");
        assertEquals(full.provenanceOf(LeverKey.VOUCHER_A1), l.provenanceOf(LeverKey.VOUCHER_A1), "an unchanged schedule keeps it");
        assertEquals(Set.of(), changed(full, full.withLevers(old).toBuilder().optimised(full.optimised()).build()),
                "the same levers keep every source");
    }

    @Test
    void keepingTheFittedValuesStatesThemAndStopsCalibrating() {
        ScenarioDocument k = full.keepingFittedValues();
        assertEquals(Set.of("behaviourStated", "calibrate", "calibrated"), changed(full, k));
        assertFalse(k.calibrate());
        assertTrue(k.behaviourStated().containsKey("D0") && k.behaviourStated().containsKey("b50"), k.behaviourStated().toString());
        assertNotEquals(full.behaviourStated(), k.behaviourStated());
    }
}
