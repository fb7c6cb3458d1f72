package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Range;
import org.tuoyu.sandbox.engine.UncertainParameter;
import org.tuoyu.sandbox.engine.Uncertainty;

/** The uncertainty block names every drawn parameter, version 2's included, and survives save and load. */
class UncertaintyFilesTest {

    private static final Path FILES = Path.of("src/test/resources/files");

    private static Path write(String name, String uncertainty) throws Exception {
        Path p = FILES.resolve(".uncertainty-" + name + ".yaml");
        Files.writeString(p, "scenario:\n  name: 不确定性\n  nameEn: Uncertainty\nextends: tiny.yaml\nuncertainty:\n"
                + uncertainty);
        return p;
    }

    @Test
    void aFileStatesTheAccessScaleRangeAndKeepsIt() throws Exception {
        Path p = write("rho", "  accessScale: {low: 0.05, high: 0.2}\n  nestParameter: {low: 0.5, high: 0.7}\n");
        Path copy = FILES.resolve(".uncertainty-rho-copy.yaml");
        try {
            ScenarioDocument doc = ScenarioFiles.load(p);
            Uncertainty u = doc.uncertainty();
            assertEquals(new Range(0.05, 0.2), u.range(UncertainParameter.ACCESS_SCALE));
            assertEquals(new Range(0.5, 0.7), u.range(UncertainParameter.NEST_PARAMETER));
            assertEquals(UncertainParameter.MARKET_PREMIUM.defaultRange(), u.range(UncertainParameter.MARKET_PREMIUM));
            ScenarioFiles.save(doc, copy);
            assertEquals(u, ScenarioFiles.load(copy).uncertainty(), Files.readString(copy));
        } finally {
            Files.deleteIfExists(p);
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void aRangeOutsideWhatTheModelAcceptsIsRefusedNamingTheField() throws Exception {
        Path p = write("bad", "  nestParameter: {low: 0.5, high: 1.5}\n");
        try {
            ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(p));
            assertTrue(e.getMessage().contains("nestParameter") && e.getMessage().contains("1.0"), e.getMessage());
        } finally {
            Files.deleteIfExists(p);
        }
    }
}
