package org.tuoyu.sandbox.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A scenario's policy: region-wide lever values plus per-district overrides of any lever, each
 * optionally changed by a dated schedule (MODEL.md section 2). Overrides hold only the levers that
 * differ. {@link #forDistrict} is the data-year view (the scalar values, which schedules never
 * change: their years lie after the data year); {@link #at} is the policy in force in a year.
 *
 * <p>In year y the value of lever k in district d is, from the first rule that applies:
 * the district's schedule (from its first year on), the district's scalar override, the
 * region-wide schedule (from its first year on), the region-wide value.
 */
public record Levers(LeverValues regionWide, Map<String, Map<LeverKey, Double>> districtOverrides,
                     Map<LeverKey, LeverSchedule> regionSchedules,
                     Map<String, Map<LeverKey, LeverSchedule>> districtSchedules) {

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
        regionSchedules = checked("levers.", regionSchedules);
        Map<String, Map<LeverKey, LeverSchedule>> ds = new LinkedHashMap<>();
        for (Map.Entry<String, Map<LeverKey, LeverSchedule>> e : districtSchedules.entrySet()) {
            if (!e.getValue().isEmpty()) ds.put(e.getKey(), checked("levers.districts." + e.getKey() + ".", e.getValue()));
        }
        districtSchedules = Collections.unmodifiableMap(ds);
    }

    public Levers(LeverValues regionWide, Map<String, Map<LeverKey, Double>> districtOverrides) {
        this(regionWide, districtOverrides, Map.of(), Map.of());
    }

    private static Map<LeverKey, LeverSchedule> checked(String prefix, Map<LeverKey, LeverSchedule> m) {
        EnumMap<LeverKey, LeverSchedule> c = new EnumMap<>(LeverKey.class);
        for (Map.Entry<LeverKey, LeverSchedule> e : m.entrySet()) {
            String why = e.getValue().check(e.getKey());
            if (why != null) throw new IllegalArgumentException(prefix + e.getKey().path() + " " + why);
            c.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(c);
    }

    public static Levers of(LeverValues regionWide) { return new Levers(regionWide, Map.of()); }

    /** The scalar values of a district: the policy of the data year. */
    public LeverValues forDistrict(String districtId) {
        Map<LeverKey, Double> o = districtOverrides.get(districtId);
        return o == null ? regionWide : regionWide.withAll(o);
    }

    /** The policy in force in a district in a calendar year. */
    public LeverValues at(String districtId, int year) {
        LeverValues v = regionWide;
        for (Map.Entry<LeverKey, LeverSchedule> e : regionSchedules.entrySet()) {
            Double s = e.getValue().at(year);
            if (s != null) v = v.with(e.getKey(), s);
        }
        Map<LeverKey, Double> o = districtOverrides.get(districtId);
        if (o != null) v = v.withAll(o);
        Map<LeverKey, LeverSchedule> ds = districtSchedules.get(districtId);
        if (ds != null) {
            for (Map.Entry<LeverKey, LeverSchedule> e : ds.entrySet()) {
                Double s = e.getValue().at(year);
                if (s != null) v = v.with(e.getKey(), s);
            }
        }
        return v;
    }

    /** True when some lever changes with the year. */
    public boolean hasSchedules() { return !regionSchedules.isEmpty() || !districtSchedules.isEmpty(); }

    /** The earliest year any schedule states, or null without schedules. */
    public Integer firstScheduledYear() {
        Integer first = null;
        for (LeverSchedule s : regionSchedules.values()) first = min(first, s.firstYear());
        for (Map<LeverKey, LeverSchedule> m : districtSchedules.values()) {
            for (LeverSchedule s : m.values()) first = min(first, s.firstYear());
        }
        return first;
    }

    /** "levers.PATH, year Y" of the first schedule stating a year at or before {@code year}, or null. */
    public String scheduleNotAfter(int year) {
        for (Map.Entry<LeverKey, LeverSchedule> e : regionSchedules.entrySet()) {
            if (e.getValue().firstYear() <= year) return "levers." + e.getKey().path() + ", year " + e.getValue().firstYear();
        }
        for (Map.Entry<String, Map<LeverKey, LeverSchedule>> d : districtSchedules.entrySet()) {
            for (Map.Entry<LeverKey, LeverSchedule> e : d.getValue().entrySet()) {
                if (e.getValue().firstYear() <= year) {
                    return "levers.districts." + d.getKey() + "." + e.getKey().path() + ", year " + e.getValue().firstYear();
                }
            }
        }
        return null;
    }

    private static Integer min(Integer a, int b) { return a == null ? b : Math.min(a, b); }

    /** The region-wide schedule of a lever, or null. */
    public LeverSchedule schedule(LeverKey k) { return regionSchedules.get(k); }

    /** A district's own schedule of a lever, or null. */
    public LeverSchedule schedule(String districtId, LeverKey k) {
        return districtSchedules.getOrDefault(districtId, Map.of()).get(k);
    }

    /** A scalar region-wide value replaces the lever's region-wide schedule too. */
    public Levers withRegionWide(LeverKey k, double v) {
        Map<LeverKey, LeverSchedule> rs = new EnumMap<>(LeverKey.class);
        rs.putAll(regionSchedules);
        rs.remove(k);
        return new Levers(regionWide.with(k, v), districtOverrides, rs, districtSchedules);
    }

    /** A region-wide schedule stated over the current value (and over the current schedule before its first year). */
    public Levers withRegionSchedule(LeverKey k, LeverSchedule s) {
        Map<LeverKey, LeverSchedule> rs = new EnumMap<>(LeverKey.class);
        rs.putAll(regionSchedules);
        rs.put(k, s.over(regionSchedules.get(k)));
        return new Levers(regionWide, districtOverrides, rs, districtSchedules);
    }

    /** A scalar district value replaces the district's schedule of that lever too. */
    public Levers withOverride(String districtId, LeverKey k, double v) {
        Map<String, Map<LeverKey, Double>> m = new LinkedHashMap<>(districtOverrides);
        Map<LeverKey, Double> o = new EnumMap<>(LeverKey.class);
        if (m.containsKey(districtId)) o.putAll(m.get(districtId));
        o.put(k, v);
        m.put(districtId, o);
        return new Levers(regionWide, m, regionSchedules, withoutSchedule(districtId, k));
    }

    /** A district schedule stated over the district's current value of the lever. */
    public Levers withOverrideSchedule(String districtId, LeverKey k, LeverSchedule s) {
        Map<String, Map<LeverKey, LeverSchedule>> m = new LinkedHashMap<>(districtSchedules);
        Map<LeverKey, LeverSchedule> o = new EnumMap<>(LeverKey.class);
        if (m.containsKey(districtId)) o.putAll(m.get(districtId));
        o.put(k, s.over(o.get(k)));
        m.put(districtId, o);
        return new Levers(regionWide, districtOverrides, regionSchedules, m);
    }

    private Map<String, Map<LeverKey, LeverSchedule>> withoutSchedule(String districtId, LeverKey k) {
        if (!districtSchedules.containsKey(districtId)) return districtSchedules;
        Map<String, Map<LeverKey, LeverSchedule>> m = new LinkedHashMap<>(districtSchedules);
        Map<LeverKey, LeverSchedule> o = new EnumMap<>(LeverKey.class);
        o.putAll(m.get(districtId));
        o.remove(k);
        m.put(districtId, o);
        return m;
    }

    /** The district follows the region-wide value (and schedule) of the lever again. */
    public Levers withoutOverride(String districtId, LeverKey k) {
        if (!districtOverrides.containsKey(districtId) && !districtSchedules.containsKey(districtId)) return this;
        Map<String, Map<LeverKey, Double>> m = new LinkedHashMap<>(districtOverrides);
        if (m.containsKey(districtId)) {
            Map<LeverKey, Double> o = new EnumMap<>(LeverKey.class);
            o.putAll(m.get(districtId));
            o.remove(k);
            m.put(districtId, o);
        }
        return new Levers(regionWide, m, regionSchedules, withoutSchedule(districtId, k));
    }

    /** These levers with one group (region-wide, overrides and schedules) taken from {@code other}. */
    public Levers withGroupFrom(LeverGroup group, Levers other) {
        Set<String> ids = new LinkedHashSet<>(districtOverrides.keySet());
        ids.addAll(other.districtOverrides.keySet());
        ids.addAll(districtSchedules.keySet());
        ids.addAll(other.districtSchedules.keySet());
        Map<String, Map<LeverKey, Double>> m = new LinkedHashMap<>();
        Map<String, Map<LeverKey, LeverSchedule>> ms = new LinkedHashMap<>();
        for (String id : ids) {
            m.put(id, mix(group, districtOverrides.getOrDefault(id, Map.of()), other.districtOverrides.getOrDefault(id, Map.of())));
            ms.put(id, mix(group, districtSchedules.getOrDefault(id, Map.of()), other.districtSchedules.getOrDefault(id, Map.of())));
        }
        return new Levers(regionWide.withGroupFrom(group, other.regionWide), m,
                mix(group, regionSchedules, other.regionSchedules), ms);
    }

    private static <T> Map<LeverKey, T> mix(LeverGroup group, Map<LeverKey, T> mine, Map<LeverKey, T> theirs) {
        Map<LeverKey, T> o = new EnumMap<>(LeverKey.class);
        mine.forEach((k, v) -> { if (k.group() != group) o.put(k, v); });
        theirs.forEach((k, v) -> { if (k.group() == group) o.put(k, v); });
        return o;
    }
}
