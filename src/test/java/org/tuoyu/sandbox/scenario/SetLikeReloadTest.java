package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code --set} on a baseline is a what-if on the baseline as loaded, and says so where that differs from saving and
 * loading the changed baseline again (which re-calibrates and measures leave from the new levers).
 */
class SetLikeReloadTest {

    private static final Path TWO_TOWNS = Path.of("src/test/resources/scenario-tests/inputs/two-towns.yaml");

    @Test
    void aLeaveChangeOnABaselineIsMeasuredFromTheFilesLeaveAndSaysSo() throws Exception {
        ScenarioDocument loaded = ScenarioFiles.load(TWO_TOWNS);
        ScenarioDocument set = ScenarioFiles.applySetting(loaded, "levers.leave.maternityDays=250");
        assertTrue(set.warnings().contains(ScenarioFiles.KEPT_CALIBRATION), set.warnings().toString());
        assertEquals(loaded.scenario().behaviour(), set.scenario().behaviour(), "the reference leave of the file is kept");
        // saving and loading it again makes 250 days the data year's: then the same leave moves nothing
        Path copy = TWO_TOWNS.resolveSibling(".set-like-reload.yaml");
        try {
            ScenarioFiles.save(set, copy);
            ScenarioDocument again = ScenarioFiles.load(copy);
            assertNotEquals(again.scenario().behaviour().referenceLeaveDays(), set.scenario().behaviour().referenceLeaveDays());
            assertFalse(again.warnings().contains(ScenarioFiles.KEPT_CALIBRATION), Files.readString(copy));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void aSettingOnACalibratedBaselineKeepsItsCalibrationAndSaysSo() throws Exception {
        ScenarioDocument loaded = ScenarioFiles.load(Path.of("src/test/resources/files/tiny-calibrated.yaml"));
        ScenarioDocument set = ScenarioFiles.applySetting(loaded, "levers.supply.operatingSubsidy.A2=1500");
        set = ScenarioFiles.applySetting(set, "levers.demand.voucher.A2=300");
        assertEquals(loaded.scenario().behaviour(), set.scenario().behaviour());
        assertEquals(1, set.warnings().stream().filter(ScenarioFiles.KEPT_CALIBRATION::equals).count(), "said once");
    }

    @Test
    void aMoneySettingOnAnUncalibratedBaselineNeedsNoWord() throws Exception {
        ScenarioDocument set = ScenarioFiles.applySetting(ScenarioFiles.load(TWO_TOWNS), "levers.demand.voucher.A2=300");
        assertFalse(set.warnings().contains(ScenarioFiles.KEPT_CALIBRATION));
    }
}
