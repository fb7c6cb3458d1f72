package org.tuoyu.sandbox.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Range;
import org.tuoyu.sandbox.engine.UncertainParameter;
import org.tuoyu.sandbox.engine.Uncertainty;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a scenario back as YAML. A baseline writes every lever; a reform writes only what differs
 * from its baseline, so it stays a readable list of changes. Sources travel with unchanged values.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {}

    /** The file's text when saved at {@code target}. */
    public static String toYaml(ScenarioDocument loaded, Location target) {
        ScenarioDocument doc = ScenarioDocument.stillFitsItsTargets(loaded) ? loaded : loaded.keepingFittedValues();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("name", doc.name());
        head.put("nameEn", doc.nameEn());
        if (!doc.descriptionZh().isEmpty() || !doc.descriptionEn().isEmpty()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("zh", doc.descriptionZh());
            d.put("en", doc.descriptionEn());
            head.put("description", d);
        }
        if (!doc.source().isEmpty()) head.put("source", doc.source());
        root.put("scenario", head);
        root.put("region", doc.region().location().referenceFrom(target));
        if (doc.parent() != null) root.put("extends", doc.parent().location().referenceFrom(target));
        Map<String, Object> horizon = new LinkedHashMap<>();
        horizon.put("firstYear", doc.scenario().horizon().firstYear());
        horizon.put("years", doc.scenario().horizon().years());
        root.put("horizon", horizon);

        Levers levers = doc.scenario().levers();
        Levers base = doc.parent() != null ? doc.parent().scenario().levers() : null;
        Map<String, Object> lv = groups(levers, base, doc, doc.parent() == null ? Map.of() : doc.parent().leverProvenance());
        Map<String, Object> districts = new LinkedHashMap<>();
        for (var d : doc.region().region().districts()) {
            Map<String, Object> o = overrides(d.id(), levers, base, doc);
            if (!o.isEmpty()) districts.put(d.id(), o);
        }
        if (!districts.isEmpty()) lv.put("districts", districts);
        if (!lv.isEmpty()) root.put("levers", lv);

        Map<String, Object> b = behaviour(doc);
        if (!b.isEmpty()) root.put("behaviour", b);
        Uncertainty u = doc.uncertainty();
        Uncertainty inherited = doc.parent() != null ? doc.parent().uncertainty() : Uncertainty.DEFAULT;
        if (!u.equals(inherited)) {
            Map<String, Object> um = new LinkedHashMap<>();
            for (UncertainParameter p : Uncertainty.parameters()) range(um, p.key(), u.range(p));
            root.put("uncertainty", um);
        }
        if (doc.parent() == null && doc.region().region().observed() != null && !doc.calibrate()) root.put("calibrate", false);
        if (doc.parent() == null && doc.calibrate() && !doc.calibrated().equals(List.of("potentialDemandShare"))) {
            root.put("calibrate", doc.calibrated());
        }
        if (doc.optimised() != null) root.put("optimised", doc.optimised().toYaml());

        DumperOptions opts = new DumperOptions();
        opts.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        opts.setAllowUnicode(true);
        opts.setWidth(120);
        opts.setIndent(2);
        opts.setSplitLines(false);
        String header = "# " + doc.name() + " / " + doc.nameEn() + "\n# Format: docs/scenario-format.md\n";
        return header + new Yaml(opts).dump(root);
    }

    private static Map<String, Object> groups(Levers levers, Levers base, ScenarioDocument doc,
                                              Map<String, Provenance> baseSources) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LeverGroup g : LeverGroup.values()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            for (LeverKey k : LeverKey.values()) {
                if (k.group() != g) continue;
                double v = levers.regionWide().get(k);
                LeverSchedule s = levers.schedule(k);
                Provenance p = doc.leverProvenance().get(k.path());
                if (base == null) {
                    // A baseline states every lever; a schedule over the default needs no value.
                    put(gm, k, s != null && v == k.defaultValue() ? null : v, s, p);
                    continue;
                }
                double bv = base.regionWide().get(k);
                LeverSchedule bs = base.schedule(k);
                // A reform restating a baseline value with its own source keeps that statement.
                if (bv == v && Objects.equals(s, bs) && Objects.equals(p, baseSources.get(k.path()))) continue;
                boolean scheduleAlone = s != null && bv == v && s.over(bs).equals(s);
                put(gm, k, scheduleAlone ? null : v, s, p);
            }
            if (!gm.isEmpty()) out.put(g.key(), gm);
        }
        return out;
    }

    /** A district's own values: those that differ from the region-wide ones (for a reform, from the baseline's). */
    private static Map<String, Object> overrides(String id, Levers levers, Levers base, ScenarioDocument doc) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (LeverGroup g : LeverGroup.values()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            for (LeverKey k : LeverKey.values()) {
                if (k.group() != g) continue;
                Double v = levers.districtOverrides().getOrDefault(id, Map.of()).get(k);
                LeverSchedule s = levers.schedule(id, k);
                if (v == null && s == null) continue;
                Provenance p = doc.leverProvenance().get("districts." + id + "." + k.path());
                if (base == null) {
                    if (s == null && v == levers.regionWide().get(k)) continue;
                    put(gm, k, v, s, p);
                    continue;
                }
                Double bv = base.districtOverrides().getOrDefault(id, Map.of()).get(k);
                LeverSchedule bs = base.schedule(id, k);
                if (Objects.equals(v, bv) && Objects.equals(s, bs)) continue;
                boolean scheduleAlone = s != null && (v == null || Objects.equals(v, bv) && s.over(bs).equals(s));
                put(gm, k, scheduleAlone ? null : v, s, p);
            }
            if (!gm.isEmpty()) o.put(g.key(), gm);
        }
        return o;
    }

    /**
     * Puts supply.operatingSubsidy.A0 as gm[operatingSubsidy][A0]: the value, the schedule
     * {YEAR: value} or both as {value, schedule}, with provenance when known.
     */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> gm, LeverKey k, Double v, LeverSchedule s, Provenance p) {
        String[] parts = k.path().split("\\.");
        Map<String, Object> m = gm;
        for (int i = 1; i < parts.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(parts[i], x -> new LinkedHashMap<String, Object>());
        }
        Object written;
        if (p == null && (v == null || s == null)) {
            written = v != null ? LeverPaths.written(k, v) : LeverPaths.written(k, s);
        } else {
            Map<String, Object> full = new LinkedHashMap<>();
            if (v != null) full.put("value", LeverPaths.written(k, v));
            if (s != null) full.put("schedule", LeverPaths.written(k, s));
            if (p != null) {
                full.put("flag", p.flag());
                full.put("source", p.source());
                if (!p.sourceZh().isEmpty()) full.put("sourceZh", p.sourceZh());
            }
            written = full;
        }
        m.put(parts[parts.length - 1], written);
    }

    private static Map<String, Object> behaviour(ScenarioDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        Behaviour b = doc.scenario().behaviour();
        Behaviour p = doc.parent() != null ? doc.parent().scenario().behaviour() : null;
        boolean calibrated = doc.calibrate() || doc.parent() != null;
        if (!calibrated && (p == null || p.potentialDemandShare() != b.potentialDemandShare())
                && (doc.behaviourStated().containsKey("potentialDemandShare")
                    || b.potentialDemandShare() != Behaviour.DEFAULT_POTENTIAL_DEMAND_SHARE)) {
            out.put("potentialDemandShare", num(b.potentialDemandShare()));
        }
        Map<String, Object> w = new LinkedHashMap<>();
        double[] weights = b.ageWeights().toArray();
        String[] keys = {"A0", "A1", "A2"};
        for (int a = 0; a < 3; a++) {
            if (stated(doc, "ageWeights." + keys[a], weights[a], p == null ? Behaviour.DEFAULT_AGE_WEIGHTS.get(a) : p.ageWeights().get(a))) {
                w.put(keys[a], num(weights[a]));
            }
        }
        if (!w.isEmpty()) out.put("ageWeights", w);
        Behaviour def = p != null ? p : Behaviour.defaults(b.willingness());
        if (stated(doc, "leaveEffect", b.leaveEffect(), def.leaveEffect())) out.put("leaveEffect", num(b.leaveEffect()));
        if (stated(doc, "paternityOverlap", b.paternityOverlap(), def.paternityOverlap())) out.put("paternityOverlap", num(b.paternityOverlap()));
        if (stated(doc, "matchFactor", b.matchFactor(), def.matchFactor())) out.put("matchFactor", num(b.matchFactor()));
        if (stated(doc, "affordabilityThreshold", b.affordabilityThreshold(), def.affordabilityThreshold())) {
            out.put("affordabilityThreshold", num(b.affordabilityThreshold()));
        }
        if (stated(doc, "monthsPerYear", b.monthsPerYear(), def.monthsPerYear())) out.put("monthsPerYear", num(b.monthsPerYear()));
        for (String key : List.of("incomeGradient", "incomeSensitivity", "nestParameter", "marketPremium",
                "toddlerClassPremium", "accessScale", "exitRate", "entryRate", "voucherIncidence")) {
            if (stated(doc, key, b.get(key), def.get(key))) out.put(key, num(b.get(key)));
        }
        if (b.providerDynamics() != def.providerDynamics()
                || (doc.parent() == null && doc.behaviourStated().containsKey("providerDynamics"))) {
            out.put("providerDynamics", b.providerDynamics());
        }
        if (doc.willingnessStated() && (p == null || !p.willingness().equals(b.willingness()))) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("b50", b.willingness().b50());
            c.put("s", b.willingness().s());
            out.put("willingness", c);
        }
        return out;
    }

    private static boolean stated(ScenarioDocument doc, String key, double v, double inherited) {
        // a calibrated value is found again on loading, not stated
        if (doc.parent() == null && doc.calibrate() && doc.calibrated().contains(key)) return false;
        return v != inherited || (doc.parent() == null && doc.behaviourStated().containsKey(key));
    }

    private static void range(Map<String, Object> m, String key, Range r) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("low", r.low());
        rm.put("high", r.high());
        m.put(key, rm);
    }

    private static Object num(double v) { return v == Math.rint(v) ? (Object) (long) v : (Object) v; }
}
