package org.tuoyu.sandbox.ui.map;

import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * What the map draws, prepared from the engine's records: one area per district that has an administrative code
 * (the key into the map's shapes), with its name in the UI's language and its value for every {@link MapIndicator}.
 */
public final class MapViewModel {

    /** A district on the map: values indexed by {@code MapIndicator.ordinal()}. */
    public record Area(String id, String code, String name, double[] values) {
        public double value(MapIndicator m) { return values[m.ordinal()]; }
    }

    private MapViewModel() {}

    /** Maps read once per resource; an absent entry is a map that could not be read. */
    private static final java.util.Map<String, java.util.Optional<DistrictShapes>> MAPS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The region's own map (the region file's {@code map:}, as {@code RegionDocument.mapResource()}), or null when it
     * names none or the file cannot be read: then the map tab says so instead of drawing another city.
     */
    public static DistrictShapes shapes(String resource) {
        if (resource == null) return null;
        return MAPS.computeIfAbsent(resource, r -> {
            try {
                return java.util.Optional.of(DistrictShapes.load(r));
            } catch (java.io.IOException | RuntimeException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
    }

    /** The areas of a year's result; {@code reference} (the baseline's year, may be null) gives the changes. */
    public static List<Area> areas(Region region, YearResult current, YearResult reference, I18n i18n) {
        List<Area> out = new ArrayList<>();
        if (region == null || current == null) return out;
        for (DistrictResult d : current.districts()) {
            District dist = region.district(d.id());
            if (dist == null || dist.code() == null) continue;
            DistrictResult ref = reference == null ? null : reference.district(d.id());
            double[] v = new double[MapIndicator.values().length];
            for (MapIndicator m : MapIndicator.values()) v[m.ordinal()] = m.value(d, ref);
            out.add(new Area(d.id(), dist.code(), i18n.pick(d.nameZh(), d.nameEn()), v));
        }
        return out;
    }
}
