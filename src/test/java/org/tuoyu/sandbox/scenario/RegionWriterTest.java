package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionWriterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"beijing.yaml", "jiangmen.yaml"})
    void writingAndReadingAgainGivesTheSameRegionAndProvenance(String name, @TempDir Path dir) throws Exception {
        RegionDocument doc = RegionReader.read(Location.of(Path.of("scenarios/regions", name)));
        Path out = dir.resolve(name);
        RegionDocument again = RegionWriter.save(doc, out);
        assertEquals(doc.region(), again.region());
        assertEquals(doc.provenance(), again.provenance());
        assertEquals(doc.columnProvenance(), again.columnProvenance());
        assertEquals(doc.totals(), again.totals());
        assertEquals(doc.surveySource(), again.surveySource());
        assertFalse(doc.totals().isEmpty());
        // and a second pass writes the same text
        assertEquals(RegionWriter.toYaml(doc), RegionWriter.toYaml(again));
    }
}
