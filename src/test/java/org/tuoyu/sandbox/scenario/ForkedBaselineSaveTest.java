package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuoyu.sandbox.engine.LeverKey;

/**
 * A calibrated baseline with changed levers (the app's reform forked from the read-only baseline, a baseline
 * under --set) saves as the scenario that was shown: its fitted values are written and it does not fit itself
 * again to the new levers. Beijing fits δ_market to a market share and Jiangmen m to an enrolled total, both of
 * which a voucher moves.
 */
class ForkedBaselineSaveTest {

    @ParameterizedTest
    @ValueSource(strings = {"beijing-2025.yaml", "jiangmen-2024.yaml"})
    void aForkWithAVoucherReadsBackAsTheSameScenario(String name, @TempDir Path dir) throws Exception {
        ScenarioDocument base = ScenarioFiles.load(Path.of("scenarios", name));
        ScenarioDocument fork = base.withLevers(base.scenario().levers().withRegionWide(LeverKey.VOUCHER_A2, 777));
        Path out = dir.resolve("fork.yaml");
        Files.copy(Path.of("scenarios/regions", name.startsWith("beijing") ? "beijing.yaml" : "jiangmen.yaml"),
                Files.createDirectories(dir.resolve("regions")).resolve(name.startsWith("beijing") ? "beijing.yaml" : "jiangmen.yaml"));
        ScenarioFiles.save(fork, out);
        ScenarioDocument again = ScenarioFiles.load(out);
        assertEquals(fork.scenario().behaviour(), again.scenario().behaviour(), Files.readString(out));
        assertEquals(fork.scenario(), again.scenario().withName(fork.scenario().name()));
        assertTrue(Files.readString(out).contains("calibrate: false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"beijing-2025.yaml", "jiangmen-2024.yaml"})
    void anUnchangedBaselineStillSavesAsCalibrated(String name, @TempDir Path dir) throws Exception {
        ScenarioDocument base = ScenarioFiles.load(Path.of("scenarios", name));
        String text = ScenarioWriter.toYaml(base, Location.of(dir.resolve(name)));
        assertTrue(!text.contains("calibrate: false"), text);
    }
}
