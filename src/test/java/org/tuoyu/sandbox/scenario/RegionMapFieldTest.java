package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A region file names its own map, so the app draws Jiangmen's districts for Jiangmen, not Beijing's. */
class RegionMapFieldTest {

    private static final Path JIANGMEN = Path.of("scenarios/regions/jiangmen.yaml");

    @Test
    void eachShippedCityNamesItsOwnBuiltInMap() throws Exception {
        RegionDocument bj = RegionReader.read(Location.of(Path.of("scenarios/regions/beijing.yaml")));
        RegionDocument jm = RegionReader.read(Location.of(JIANGMEN));
        assertEquals("/assets/beijing-districts.geojson", bj.mapResource());
        assertEquals("/assets/jiangmen-districts.geojson", jm.mapResource());
        assertNotNull(RegionMapFieldTest.class.getResource(jm.mapResource()), "the jar carries the Jiangmen map");
    }

    @Test
    void aRegionWithoutMapHasNone() throws Exception {
        RegionDocument zh = RegionReader.read(Location.of(Path.of("scenarios/examples/zhuhai/region.yaml")));
        assertNull(zh.mapResource());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.geojson", "/tmp/x.geojson", "jiangmen.json", "nowhere-districts.geojson"})
    void aPathOrAMapThatIsNotBuiltInIsRefusedNamingFieldAndValue(String bad, @TempDir Path dir) throws Exception {
        String text = Files.readString(JIANGMEN).replace("map: jiangmen-districts.geojson", "map: \"" + bad + "\"");
        Path f = dir.resolve("jiangmen.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> RegionReader.read(Location.of(f)));
        assertEquals("map", e.keyPath());
        assertTrue(e.getMessage().contains(bad), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void writingTheRegionBackKeepsTheMap(@TempDir Path dir) throws Exception {
        RegionDocument jm = RegionReader.read(Location.of(JIANGMEN));
        RegionDocument again = RegionWriter.save(jm, dir.resolve("jiangmen.yaml"));
        assertEquals(jm.mapResource(), again.mapResource());
    }
}
