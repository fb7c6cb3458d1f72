package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.ui.map.DistrictShapes;

class MapShapesTest {

    @Test
    void beijingHasSixteenDistrictsFoundByTheirCentres() throws Exception {
        DistrictShapes s = DistrictShapes.load(DistrictShapes.BEIJING);
        assertEquals(16, s.shapes().size());
        assertEquals("110101", s.codeAt(116.418757, 39.917544)); // 东城区 centre
        assertEquals("110108", s.codeAt(116.25, 40.03));         // 海淀区
        assertNull(s.codeAt(100, 20));
        DistrictShapes.Projection p = s.fit(800, 600, 20);
        assertEquals(20, Math.min(p.x(s.minLon()), p.y(s.maxLat())), 1e-6);
    }

    @org.junit.jupiter.api.Test
    void nearlyEqualValuesGetNearlyEqualColours() {
        double[] r = org.tuoyu.sandbox.ui.map.MapView.scaleRange(0.105, 0.106);
        org.junit.jupiter.api.Assertions.assertEquals(0.0106, r[1] - r[0], 1e-12);
        javafx.scene.paint.Color a = org.tuoyu.sandbox.ui.map.MapView.colour(0.105, r[0], r[1]);
        javafx.scene.paint.Color b = org.tuoyu.sandbox.ui.map.MapView.colour(0.106, r[0], r[1]);
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(a.getBrightness() - b.getBrightness()) < 0.2);
        // a real spread keeps its own ends
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.05, 0.15},
                org.tuoyu.sandbox.ui.map.MapView.scaleRange(0.05, 0.15), 1e-12);
    }
}
