package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.RegionReader;
import org.tuoyu.sandbox.ui.map.DistrictShapes;

/** The shipped Jiangmen map has one shape per district of the region file, keyed by the same codes. */
class JiangmenMapFileTest {

    @Test
    void everyDistrictOfTheRegionHasAShapeInJiangmen() throws Exception {
        DistrictShapes shapes;
        try (InputStream in = Files.newInputStream(Path.of("assets/jiangmen-districts.geojson"))) {
            shapes = DistrictShapes.parse(in);
        }
        Set<String> mapCodes = new TreeSet<>();
        for (DistrictShapes.Shape s : shapes.shapes()) {
            mapCodes.add(s.code());
            for (double[][] ring : s.rings()) {
                for (int i = 0; i < ring[0].length; i++) {
                    // Jiangmen lies at about 111.9-113.3 E, 21.4-22.9 N
                    assertTrue(ring[0][i] > 111.8 && ring[0][i] < 113.4 && ring[1][i] > 21.3 && ring[1][i] < 23.0, s.name());
                }
            }
        }
        Set<String> regionCodes = new TreeSet<>();
        for (District d : RegionReader.read(Location.of(Path.of("scenarios/regions/jiangmen.yaml"))).region().districts()) {
            regionCodes.add(d.code());
        }
        assertEquals(regionCodes, mapCodes);
    }
}
