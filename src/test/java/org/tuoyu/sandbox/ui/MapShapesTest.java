package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import javafx.scene.paint.Color;
import org.tuoyu.sandbox.ui.map.DistrictShapes;
import org.tuoyu.sandbox.ui.map.MapIndicator;
import org.tuoyu.sandbox.ui.map.MapView;

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

    @Test
    void levelsAreColouredFromZeroSoNearEqualValuesLookAlike() {
        // the 12.5–13.9% spread must not span the whole palette
        double[] r = MapView.scaleRange(MapIndicator.ENROLMENT_RATE, 0.125, 0.139);
        assertEquals(0, r[0], 1e-12);
        assertEquals(0.15, r[1], 1e-12);
        Color a = MapView.colour(MapIndicator.ENROLMENT_RATE, 0.125, r[0], r[1]);
        Color b = MapView.colour(MapIndicator.ENROLMENT_RATE, 0.139, r[0], r[1]);
        assertTrue(Math.abs(a.getBrightness() - b.getBrightness()) < 0.15, a + " vs " + b);
    }

    @Test
    void changesAreColouredAroundZero() {
        double[] r = MapView.scaleRange(MapIndicator.ENROLMENT_RATE_CHANGE, -0.004, 0.021);
        assertEquals(-r[0], r[1], 1e-12);
        assertTrue(r[1] >= 0.021);
        Color zero = MapView.colour(MapIndicator.ENROLMENT_RATE_CHANGE, 0, r[0], r[1]);
        assertTrue(zero.getSaturation() < 0.05, "no change is drawn neutral: " + zero);
    }

    @Test
    void everyDistrictsInteriorPointLiesInsideIt() throws Exception {
        DistrictShapes s = DistrictShapes.load(DistrictShapes.BEIJING);
        for (DistrictShapes.Shape d : s.shapes()) {
            double[] p = DistrictShapes.interiorPoint(d);
            assertEquals(d.code(), s.codeAt(p[0], p[1]), d.name());
        }
        DistrictShapes.Projection p = s.fit(900, 700, 20);
        assertEquals(116.4, p.lon(p.x(116.4)), 1e-9);
        assertEquals(40.1, p.lat(p.y(40.1)), 1e-9);
    }
}
