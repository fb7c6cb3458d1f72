package org.tuoyu.sandbox.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario's policy: region-wide lever values plus per-district overrides of any lever.
 * Overrides hold only the levers that differ; {@link #forDistrict} resolves them.
 */
public record Levers(LeverValues regionWide, Map<String, Map<LeverKey, Double>> districtOverrides) {

    public Levers {
        Objects.requireNonNull(regionWide, "regionWide");
        Map<String, Map<LeverKey, Double>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Map<LeverKey, Double>> e : districtOverrides.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            for (Map.Entry<LeverKey, Double> o : e.getValue().entrySet()) {
                String why = o.getKey().check(o.getValue());
                if (why != null) {
                    throw new IllegalArgumentException("levers.districts." + e.getKey() + "." + o.getKey().path()
                            + " " + why + ", got " + o.getValue());
                }
            }
            copy.put(e.getKey(), Collections.unmodifiableMap(new EnumMap<>(e.getValue())));
        }
        districtOverrides = Collections.unmodifiableMap(copy);
    }

    public static Levers of(LeverValues regionWide) { return new Levers(regionWide, Map.of()); }

    public LeverValues forDistrict(String districtId) {
        Map<LeverKey, Double> o = districtOverrides.get(districtId);
        return o == null ? regionWide : regionWide.withAll(o);
    }

    public Levers withRegionWide(LeverKey k, double v) { return new Levers(regionWide.with(k, v), districtOverrides); }

    public Levers withOverride(String districtId, LeverKey k, double v) {
        Map<String, Map<LeverKey, Double>> m = new LinkedHashMap<>(districtOverrides);
        Map<LeverKey, Double> o = new EnumMap<>(LeverKey.class);
        if (m.containsKey(districtId)) o.putAll(m.get(districtId));
        o.put(k, v);
        m.put(districtId, o);
        return new Levers(regionWide, m);
    }

    public Levers withoutOverride(String districtId, LeverKey k) {
        Map<String, Map<LeverKey, Double>> m = new LinkedHashMap<>(districtOverrides);
        if (!m.containsKey(districtId)) return this;
        Map<LeverKey, Double> o = new EnumMap<>(LeverKey.class);
        o.putAll(m.get(districtId));
        o.remove(k);
        m.put(districtId, o);
        return new Levers(regionWide, m);
    }

    /** These levers with one group (region-wide and overrides) taken from {@code other}. */
    public Levers withGroupFrom(LeverGroup group, Levers other) {
        Map<String, Map<LeverKey, Double>> m = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(districtOverrides.keySet());
        ids.addAll(other.districtOverrides.keySet());
        for (String id : ids) {
            Map<LeverKey, Double> o = new EnumMap<>(LeverKey.class);
            districtOverrides.getOrDefault(id, Map.of()).forEach((k, v) -> { if (k.group() != group) o.put(k, v); });
            other.districtOverrides.getOrDefault(id, Map.of()).forEach((k, v) -> { if (k.group() == group) o.put(k, v); });
            m.put(id, o);
        }
        return new Levers(regionWide.withGroupFrom(group, other.regionWide), m);
    }
}
