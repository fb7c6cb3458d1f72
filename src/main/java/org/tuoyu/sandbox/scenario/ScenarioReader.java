package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.ByAge;
import org.tuoyu.sandbox.engine.Calibration;
import org.tuoyu.sandbox.engine.CalibrationResult;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FiniteCheck;
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.Horizon;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.LeverValues;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Range;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.UncertainParameter;
import org.tuoyu.sandbox.engine.Uncertainty;
import org.tuoyu.sandbox.engine.WillingnessCurve;

/** Reads and validates a scenario file, its baseline (if it extends one) and its region. */
public final class ScenarioReader {

    private static final List<String> TOP = List.of("scenario", "region", "extends", "horizon", "levers", "behaviour",
            "uncertainty", "calibrate", "optimised");
    private static final List<String> BEHAVIOUR = List.of("potentialDemandShare", "ageWeights", "leaveEffect",
            "paternityOverlap", "matchFactor", "affordabilityThreshold", "monthsPerYear", "willingness",
            "incomeGradient", "incomeSensitivity", "nestParameter", "marketPremium", "toddlerClassPremium",
            "accessScale", "exitRate", "entryRate", "providerDynamics", "voucherIncidence");
    /** Behavioural parameters of model version 2 that a file may state, read as plain numbers (flags 0/1 or true/false). */
    private static final List<String> BEHAVIOUR_V2 = List.of("incomeGradient", "incomeSensitivity", "nestParameter",
            "marketPremium", "toddlerClassPremium", "accessScale", "exitRate", "entryRate", "providerDynamics",
            "voucherIncidence");
    private static final List<String> UNCERTAINTY = Uncertainty.parameters().stream().map(UncertainParameter::key).toList();
    public static final int DEFAULT_YEARS = 11;

    private final Map<Location, RegionDocument> regions;
    private final Set<Location> loading = new LinkedHashSet<>();

    private ScenarioReader(Map<Location, RegionDocument> regions) { this.regions = regions; }

    /** Scenarios given rather than read from their location (see {@link #readAllWith}). */
    private final Map<Location, ScenarioDocument> known = new HashMap<>();

    public static ScenarioDocument read(Location location) throws ScenarioFileException {
        return new ScenarioReader(new HashMap<>()).load(location);
    }

    /** Reads several files sharing one cache of region files. */
    public static List<ScenarioDocument> readAll(List<Location> locations) throws ScenarioFileException {
        ScenarioReader r = new ScenarioReader(new HashMap<>());
        List<ScenarioDocument> out = new ArrayList<>();
        for (Location l : locations) out.add(r.load(l));
        return out;
    }

    /**
     * A scenario's text as it reads at {@code at} once {@code region} is written at its location: the region is taken
     * as it is, not read from disk (a baseline whose imported region is not saved yet).
     */
    static ScenarioDocument readWith(Location at, String text, RegionDocument region) throws ScenarioFileException {
        return readAllWith(at, List.of(text), region).get(0);
    }

    /**
     * Texts that all read at {@code at}, standing on {@code region} as it is: the first is their baseline, and a
     * text that extends {@code at} extends it (an autosave of a baseline whose imported region is not saved yet,
     * with its reforms).
     */
    static List<ScenarioDocument> readAllWith(Location at, List<String> texts, RegionDocument region) throws ScenarioFileException {
        Map<Location, RegionDocument> regions = new HashMap<>();
        regions.put(region.location(), region);
        ScenarioReader r = new ScenarioReader(regions);
        List<ScenarioDocument> out = new ArrayList<>();
        for (String text : texts) {
            ScenarioDocument d = r.parse(at, text, Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (out.isEmpty()) r.known.put(at, d);
            out.add(d);
        }
        return out;
    }

    /** A reader whose region files are read once for all the files it reads (a workspace's scenarios). */
    static ScenarioReader shared() { return new ScenarioReader(new HashMap<>()); }

    ScenarioDocument loadFile(Location location) throws ScenarioFileException { return load(location); }

    /**
     * A scenario's text held inside another file (a workspace) at {@code at}, starting on that file's line
     * {@code firstLine}: its references resolve against {@code at}, and a complaint about the text itself names
     * {@code at} and the line there.
     */
    ScenarioDocument loadText(Location at, String text, int firstLine) throws ScenarioFileException {
        try {
            return parse(at, text, Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (ScenarioFileException e) {
            if (!e.file().equals(at.display())) throw e;
            int line = e.line() > 0 ? e.line() + firstLine - 1 : firstLine;
            throw new ScenarioFileException(e.file(), line, e.keyPath(), e.value(), e.problem());
        }
    }

    private ScenarioDocument load(Location location) throws ScenarioFileException {
        ScenarioDocument given = known.get(location);
        if (given != null) return given;
        if (!loading.add(location)) {
            throw new ScenarioFileException(location.display(), 0, "extends", null,
                    "scenarios extend each other in a circle: " + loading);
        }
        try {
            byte[] bytes;
            try {
                bytes = location.readBytes();
            } catch (IOException e) {
                throw new ScenarioFileException(location.display(), 0, "", null, "cannot read the file: " + Location.reason(e));
            }
            return parse(location, SourceText.decode(location.display(), bytes), Hashes.sha256(bytes));
        } finally {
            loading.remove(location);
        }
    }

    /**
     * The file named by {@code region:} or {@code extends:}. Only .yaml files: a message about any
     * other file named there would quote its content (region: /etc/passwd).
     */
    private static Location reference(Location from, YamlNode n) throws ScenarioFileException {
        String ref = n.text().trim();
        if (!ref.toLowerCase(java.util.Locale.ROOT).matches(".+\\.ya?ml")) {
            throw n.error("must name a .yaml file (a scenario or region file)");
        }
        return from.resolve(ref);
    }

    private ScenarioDocument parse(Location location, String text, String sha) throws ScenarioFileException {
        String file = location.display();
        YamlNode root = YamlNode.parse(file, text);
        if (root.isMap() && !root.entries().containsKey("scenario") && root.entries().containsKey("districts")) {
            throw new ScenarioFileException(file, 1, "", null,
                    "this is a region file; open a scenario file that names it under 'region:'");
        }
        Map<String, YamlNode> top = root.entries(TOP);
        YamlNode head = RegionReader.required(root, top, "scenario");
        Head h = head(head);
        ScenarioDocument parent = parent(location, top);
        RegionDocument region = region(location, root, top, parent);
        Horizon horizon = horizon(top, parent, region);

        Map<String, Provenance> leverSources = new HashMap<>(parent != null ? parent.leverProvenance() : Map.of());
        Levers levers = parent != null ? parent.scenario().levers() : Levers.of(LeverValues.DEFAULTS);
        if (top.containsKey("levers")) levers = levers(top.get("levers"), levers, region, leverSources);

        Map<String, Double> stated = new LinkedHashMap<>();
        Behaviour behaviour = parent != null ? parent.scenario().behaviour() : Behaviour.defaults(region.fit().curve());
        boolean willingnessStated = parent != null && parent.willingnessStated();
        if (top.containsKey("behaviour")) {
            behaviour = behaviour(top.get("behaviour"), behaviour, stated);
            willingnessStated |= stated.containsKey("willingness.b50");
        }

        Uncertainty uncertainty = parent != null ? parent.uncertainty() : Uncertainty.DEFAULT;
        if (top.containsKey("uncertainty")) uncertainty = uncertainty(top.get("uncertainty"), uncertainty);

        List<FreeParameter> free = calibrate(top, parent, region);
        if (parent == null && Double.isNaN(behaviour.referenceLeaveDays())) {
            // The age weights reflect the data year's leave: only a change from it moves A0 demand (MODEL.md §4).
            behaviour = behaviour.with("referenceLeaveDays", Evaluator.coveredLeaveDays(levers.forDistrict(""), behaviour));
        }
        Scenario scenario;
        try {
            scenario = new Scenario(h.name(), region.region(), levers, behaviour, horizon);
        } catch (IllegalArgumentException e) {
            throw head.error(e.getMessage());
        }
        List<String> warnings = new ArrayList<>();
        CalibrationResult calibration = parent != null ? parent.calibration() : null;
        if (free != null) {
            for (FreeParameter p : free) {
                if (stated.containsKey(p.key())) warnings.add("behaviour." + p.key() + " is replaced by calibration to the observed figures");
            }
        }
        try {
            if (free != null) {
                calibration = Calibration.fit(scenario, region.region().observed(), free);
                scenario = scenario.withBehaviour(calibration.apply(scenario.behaviour()));
                if (!calibration.converged()) warnings.add("calibration: " + calibration.message());
                warnings.addAll(calibration.boundWarnings());
            }
            Evaluator.evaluate(scenario); // once, so that validate and the app refuse what run would
        } catch (FiniteCheck.NonFiniteResultException | IllegalArgumentException e) {
            throw modelError(file, e);
        }
        List<String> calibrated = free != null ? free.stream().map(FreeParameter::key).toList()
                : parent != null ? parent.calibrated() : List.of();
        OptimisedProblem optimised = top.containsKey("optimised") ? OptimisedProblem.read(top.get("optimised")) : null;
        return ScenarioDocument.builder(location, region, scenario).name(h.name(), h.nameEn())
                .description(h.descriptionZh(), h.descriptionEn()).source(h.source()).parent(parent)
                .leverProvenance(leverSources).behaviourStated(stated).willingnessStated(willingnessStated)
                .calibrate(free != null).uncertainty(uncertainty).calibration(calibration).sha256(sha).warnings(warnings)
                .calibrated(calibrated).optimised(optimised).build();
    }

    /** The {@code scenario:} section: names, description, source. */
    private record Head(String name, String nameEn, String descriptionZh, String descriptionEn, String source) {}

    private static Head head(YamlNode head) throws ScenarioFileException {
        Map<String, YamlNode> h = head.entries(List.of("name", "nameEn", "description", "source"));
        String name = RegionReader.required(head, h, "name").text();
        String nameEn = h.containsKey("nameEn") ? h.get("nameEn").text() : name;
        String descZh = "";
        String descEn = "";
        if (h.containsKey("description")) {
            YamlNode d = h.get("description");
            if (d.isScalar()) {
                descZh = d.text();
                descEn = descZh;
            } else {
                Map<String, YamlNode> dm = d.entries(List.of("zh", "en"));
                descZh = dm.containsKey("zh") ? dm.get("zh").text() : "";
                descEn = dm.containsKey("en") ? dm.get("en").text() : descZh;
            }
        }
        return new Head(name, nameEn, descZh, descEn, h.containsKey("source") ? h.get("source").text() : "");
    }

    /** The baseline named by {@code extends:}, or null. */
    private ScenarioDocument parent(Location location, Map<String, YamlNode> top) throws ScenarioFileException {
        if (!top.containsKey("extends")) return null;
        YamlNode e = top.get("extends");
        Location pl = reference(location, e);
        try {
            return load(pl);
        } catch (ScenarioFileException ex) {
            if (ex.line() == 0 && ex.file().equals(pl.display())) {
                throw e.error("the baseline " + pl.display() + " cannot be used: " + ex.problem());
            }
            throw ex;
        }
    }

    /** The region named by {@code region:} (read once per reader), else the baseline's. */
    private RegionDocument region(Location location, YamlNode root, Map<String, YamlNode> top, ScenarioDocument parent)
            throws ScenarioFileException {
        if (!top.containsKey("region")) {
            if (parent != null) return parent.region();
            throw new ScenarioFileException(location.display(), root.line(), "region", null,
                    "is missing: name the region file this scenario applies to");
        }
        YamlNode rn = top.get("region");
        Location rl = reference(location, rn);
        RegionDocument region = regions.get(rl);
        if (region == null) {
            try {
                region = RegionReader.read(rl);
            } catch (ScenarioFileException ex) {
                if (ex.line() == 0 && ex.file().equals(rl.display())) {
                    throw rn.error("the region file " + rl.display() + " cannot be used: " + ex.problem());
                }
                throw ex;
            }
            regions.put(rl, region);
        }
        if (parent != null && !parent.region().location().equals(rl)) {
            throw rn.error("a reform must use its baseline's region (" + parent.region().location().display() + ")");
        }
        return region;
    }

    private static Horizon horizon(Map<String, YamlNode> top, ScenarioDocument parent, RegionDocument region)
            throws ScenarioFileException {
        Horizon horizon = parent != null ? parent.scenario().horizon() : new Horizon(region.region().dataYear(), DEFAULT_YEARS);
        if (!top.containsKey("horizon")) return horizon;
        YamlNode hn = top.get("horizon");
        Map<String, YamlNode> hm = hn.entries(List.of("firstYear", "years"));
        int first = hm.containsKey("firstYear") ? (int) integer(hm.get("firstYear"), 1949, 2200) : horizon.firstYear();
        int years = hm.containsKey("years") ? (int) integer(hm.get("years"), 1, 100) : horizon.years();
        if (first < region.region().dataYear()) {
            throw (hm.containsKey("firstYear") ? hm.get("firstYear") : hn).error(
                    "the horizon cannot start before the region's data year " + region.region().dataYear());
        }
        return new Horizon(first, years);
    }

    /**
     * The parameters to calibrate, or null for none: a baseline of a region with observed figures calibrates the
     * demand share unless {@code calibrate: false}; a reform keeps its baseline's calibration.
     */
    private static List<FreeParameter> calibrate(Map<String, YamlNode> top, ScenarioDocument parent, RegionDocument region)
            throws ScenarioFileException {
        boolean hasTargets = region.region().observed() != null && !region.region().observed().targets().isEmpty();
        boolean calibrate = parent == null && hasTargets;
        List<FreeParameter> free = new ArrayList<>(List.of(FreeParameter.POTENTIAL_DEMAND_SHARE));
        if (top.containsKey("calibrate")) {
            YamlNode c = top.get("calibrate");
            boolean want = c.isSequence() || c.bool();
            if (want && parent != null) throw c.error("a reform keeps its baseline's calibration and cannot recalibrate");
            if (want && !hasTargets) throw c.error("the region states no observed figure to calibrate to");
            if (c.isSequence()) free = freeParameters(c);
            calibrate = want;
        }
        return calibrate ? free : null;
    }

    /** {@code calibrate: [D0, matchFactor]}: the baseline's free parameters, by name or symbol. */
    private static List<FreeParameter> freeParameters(YamlNode c) throws ScenarioFileException {
        List<FreeParameter> out = new ArrayList<>();
        for (YamlNode item : c.items()) {
            FreeParameter p = FreeParameter.fromName(item.text());
            if (p == null) throw item.error("names no parameter that can be calibrated; one of " + String.join(", ", FreeParameter.names()));
            if (out.contains(p)) throw item.error("is listed twice");
            out.add(p);
        }
        if (out.isEmpty()) throw c.error("name at least one parameter, or write calibrate: false");
        return out;
    }

    /** The model could not use the file's figures: named by file, with the model's own words. */
    static ScenarioFileException modelError(String file, RuntimeException e) {
        return new ScenarioFileException(file, 0, "", null, (e instanceof FiniteCheck.NonFiniteResultException
                ? "the model gives a number that is not finite (" : "the model cannot use these figures (") + e.getMessage()
                + "); a figure of the scenario or of its region lies outside what the model handles");
    }

    private Levers levers(YamlNode n, Levers base, RegionDocument region, Map<String, Provenance> sources)
            throws ScenarioFileException {
        List<String> groups = new ArrayList<>();
        for (LeverGroup g : LeverGroup.values()) groups.add(g.key());
        List<String> withDistricts = new ArrayList<>(groups);
        withDistricts.add("districts");
        Map<String, YamlNode> m = n.entries(withDistricts);
        Map<LeverKey, LeverSchedule> schedules = new EnumMap<>(LeverKey.class);
        Levers levers = base;
        for (Map.Entry<LeverKey, Double> e : groupValues(m, "", sources, schedules).entrySet()) {
            levers = levers.withRegionWide(e.getKey(), e.getValue());
        }
        for (Map.Entry<LeverKey, LeverSchedule> e : schedules.entrySet()) {
            levers = levers.withRegionSchedule(e.getKey(), e.getValue());
        }
        if (m.containsKey("districts")) {
            for (Map.Entry<String, YamlNode> e : m.get("districts").entries().entrySet()) {
                String id = e.getKey();
                if (region.region().indexOf(id) < 0) {
                    List<String> ids = new ArrayList<>();
                    region.region().districts().forEach(d -> ids.add(d.id()));
                    String near = Suggest.closest(id, ids);
                    throw e.getValue().error("names no district of region " + region.region().id()
                            + (near != null ? "; did you mean '" + near + "'?" : "; districts: " + String.join(", ", ids)));
                }
                schedules.clear();
                Map<LeverKey, Double> own = groupValues(e.getValue().entries(groups), "districts." + id + ".", sources, schedules);
                for (Map.Entry<LeverKey, Double> o : own.entrySet()) levers = levers.withOverride(id, o.getKey(), o.getValue());
                for (Map.Entry<LeverKey, LeverSchedule> o : schedules.entrySet()) {
                    levers = levers.withOverrideSchedule(id, o.getKey(), o.getValue());
                }
            }
        }
        return levers;
    }

    /**
     * The lever values under supply/demand/leave/seats of one mapping, checked against each lever's
     * range; dated schedules go to {@code schedules}.
     */
    private Map<LeverKey, Double> groupValues(Map<String, YamlNode> groups, String prefix, Map<String, Provenance> sources,
                                              Map<LeverKey, LeverSchedule> schedules) throws ScenarioFileException {
        Map<LeverKey, Double> out = new EnumMap<>(LeverKey.class);
        for (LeverGroup g : LeverGroup.values()) {
            YamlNode gn = groups.get(g.key());
            if (gn == null) continue;
            collect(gn, g.key(), prefix, new Into(out, schedules, sources));
        }
        return out;
    }

    /** Where one mapping's lever values go: scalars, schedules, and sources by lever path. */
    private record Into(Map<LeverKey, Double> values, Map<LeverKey, LeverSchedule> schedules, Map<String, Provenance> sources) {}

    private void collect(YamlNode n, String path, String prefix, Into into) throws ScenarioFileException {
        LeverKey k = LeverKey.fromPath(path);
        if (k != null) {
            lever(n, k, prefix + path, into);
            return;
        }
        if (!n.isMap()) {
            String near = LeverPaths.suggest(path);
            throw n.error("names no lever" + (near != null ? "; did you mean 'levers." + prefix + near + "'?" : ""));
        }
        for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
            String child = path + "." + e.getKey();
            boolean known = false;
            for (LeverKey key : LeverKey.values()) {
                if (key.path().equals(child) || key.path().startsWith(child + ".")) known = true;
            }
            if (!known) {
                String near = LeverPaths.suggest(child);
                throw new ScenarioFileException(n.file, e.getValue().line(), e.getValue().path, null,
                        "unknown lever" + (near != null ? "; did you mean 'levers." + prefix + near + "'?" : ""));
            }
            collect(e.getValue(), child, prefix, into);
        }
    }

    /**
     * One lever: a value, a schedule {YEAR: value, ...}, or {value, schedule, flag, source} (value or
     * schedule or both; the schedule applies over the value).
     */
    private static void lever(YamlNode n, LeverKey k, String fullPath, Into into) throws ScenarioFileException {
        Provenance own = null;
        YamlNode value = n;
        YamlNode schedule = null;
        if (n.isMap() && isSchedule(n)) {
            value = null;
            schedule = n;
        } else if (n.isMap()) {
            Map<String, YamlNode> m = n.entries(List.of("value", "schedule", "flag", "source", "sourceZh"));
            if (!m.containsKey("value") && !m.containsKey("schedule")) {
                throw n.error("a lever written as a mapping needs 'value' or 'schedule' (and 'flag', 'source'),"
                        + " or years as keys (2026: 600)");
            }
            value = m.containsKey("value") ? m.get("value").renamed(n.path) : null;
            schedule = m.get("schedule");
            String flag = m.containsKey("flag") ? m.get("flag").text().trim() : "A";
            if (flag.length() != 1 || Provenance.FLAGS.indexOf(flag.charAt(0)) < 0) {
                throw m.get("flag").error("flag must be one of E, S, M, X, A");
            }
            own = new Provenance(flag, m.containsKey("source") ? m.get("source").text() : "",
                    m.containsKey("sourceZh") ? m.get("sourceZh").text() : "");
        }
        if (value != null) {
            StringBuilder why = new StringBuilder();
            Double v = LeverPaths.value(k, value.text(), why);
            if (v == null) throw value.error(why.toString());
            into.values().put(k, v);
        }
        if (schedule != null) into.schedules().put(k, schedule(k, schedule));
        into.sources().remove(fullPath);
        if (own != null) into.sources().put(fullPath, own);
    }

    /** A mapping whose first key is a year is a schedule. */
    private static boolean isSchedule(YamlNode n) throws ScenarioFileException {
        for (String key : n.entries().keySet()) return key.trim().matches("\\d+");
        return false;
    }

    private static LeverSchedule schedule(LeverKey k, YamlNode n) throws ScenarioFileException {
        Map<String, YamlNode> entries = n.entries();
        if (entries.isEmpty()) throw n.error("a schedule states at least one year, e.g. {2026: 600}");
        Map<Integer, Double> steps = new TreeMap<>();
        for (Map.Entry<String, YamlNode> e : entries.entrySet()) {
            String y = e.getKey().trim();
            StringBuilder why = new StringBuilder();
            Integer year = LeverPaths.year(y, why);
            if (year == null) {
                throw new ScenarioFileException(n.file, e.getValue().line(), e.getValue().path, y, why.toString());
            }
            Double v = LeverPaths.value(k, e.getValue().text(), why);
            if (v == null) throw e.getValue().error(why.toString());
            steps.put(year, v);
        }
        return LeverSchedule.of(steps);
    }

    private Behaviour behaviour(YamlNode n, Behaviour b, Map<String, Double> stated) throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(BEHAVIOUR);
        Map<String, Provenance> ignore = new HashMap<>();
        double d0 = b.potentialDemandShare(), leave = b.leaveEffect(), overlap = b.paternityOverlap(),
                match = b.matchFactor(), threshold = b.affordabilityThreshold(), months = b.monthsPerYear();
        ByAge weights = b.ageWeights();
        WillingnessCurve curve = b.willingness();
        if (m.containsKey("potentialDemandShare")) d0 = stateShare(m.get("potentialDemandShare"), "potentialDemandShare", stated, ignore);
        if (m.containsKey("leaveEffect")) leave = stateShare(m.get("leaveEffect"), "leaveEffect", stated, ignore);
        if (m.containsKey("paternityOverlap")) overlap = stateShare(m.get("paternityOverlap"), "paternityOverlap", stated, ignore);
        if (m.containsKey("matchFactor")) match = stateShare(m.get("matchFactor"), "matchFactor", stated, ignore);
        if (m.containsKey("affordabilityThreshold")) {
            threshold = stateShare(m.get("affordabilityThreshold"), "affordabilityThreshold", stated, ignore);
        }
        if (m.containsKey("monthsPerYear")) {
            YamlNode mn = m.get("monthsPerYear");
            months = mn.number(ignore);
            if (!(months > 0 && months <= 12)) throw mn.error("must lie between 0 and 12");
            stated.put("monthsPerYear", months);
        }
        if (m.containsKey("ageWeights")) {
            YamlNode an = m.get("ageWeights");
            Map<String, YamlNode> am = an.entries(List.of("A0", "A1", "A2"));
            double[] w = weights.toArray();
            String[] keys = {"A0", "A1", "A2"};
            for (int a = 0; a < 3; a++) {
                if (am.containsKey(keys[a])) w[a] = stateShare(am.get(keys[a]), "ageWeights." + keys[a], stated, ignore);
            }
            if (w[0] + w[1] + w[2] <= 0) throw an.error("at least one age weight must be above 0, or no child would seek care");
            weights = ByAge.of(w);
        }
        if (m.containsKey("willingness")) {
            YamlNode wn = m.get("willingness");
            Map<String, YamlNode> wm = wn.entries(List.of("b50", "s"));
            YamlNode b50 = RegionReader.required(wn, wm, "b50");
            YamlNode s = RegionReader.required(wn, wm, "s");
            double vb = b50.number(ignore), vs = s.number(ignore);
            if (!(vb > 0 && vb < 5)) throw b50.error("must lie between 0 and 5 (a burden: price / household income)");
            if (!(vs > 0 && vs < 5)) throw s.error("must lie between 0 and 5");
            curve = new WillingnessCurve(vb, vs);
            stated.put("willingness.b50", vb);
            stated.put("willingness.s", vs);
        }
        Behaviour out = b.with("potentialDemandShare", d0).with("leaveEffect", leave).with("paternityOverlap", overlap)
                .with("matchFactor", match).with("affordabilityThreshold", threshold).with("monthsPerYear", months)
                .with("ageWeights.A0", weights.a0()).with("ageWeights.A1", weights.a1())
                .with("ageWeights.A2", weights.a2()).withWillingness(curve);
        for (String key : BEHAVIOUR_V2) {
            YamlNode vn = m.get(key);
            if (vn == null) continue;
            double v = key.equals("providerDynamics") ? (vn.bool() ? 1 : 0) : vn.number(ignore);
            try {
                out = out.with(key, v);
            } catch (IllegalArgumentException e) {
                throw vn.error(e.getMessage());
            }
            stated.put(key, v);
        }
        return out;
    }

    private static double stateShare(YamlNode n, String key, Map<String, Double> stated, Map<String, Provenance> src)
            throws ScenarioFileException {
        double v = n.number(src);
        if (v < 0 || v > 1) throw n.error("must be a share between 0 and 1");
        stated.put(key, v);
        return v;
    }

    private Uncertainty uncertainty(YamlNode n, Uncertainty u) throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(UNCERTAINTY);
        for (UncertainParameter p : Uncertainty.parameters()) {
            YamlNode rn = m.get(p.key());
            if (rn == null) continue;
            Map<String, YamlNode> rm = rn.entries(List.of("low", "high"));
            Map<String, Provenance> ignore = new HashMap<>();
            double lo = RegionReader.required(rn, rm, "low").number(ignore);
            double hi = RegionReader.required(rn, rm, "high").number(ignore);
            if (lo > hi) throw rn.error("low must not exceed high");
            if (p.kind() == UncertainParameter.Kind.FACTOR && !(lo > 0)) {
                throw rm.get("low").error("a factor must be greater than 0");
            }
            Range b = p.bounds();
            if (lo < b.low() || hi > b.high()) throw rn.error("must lie within [" + b.low() + ", " + b.high() + "]");
            u = u.with(p, new Range(lo, hi));
        }
        return u;
    }

    private static double integer(YamlNode n, double min, double max) throws ScenarioFileException {
        double v = n.number(new HashMap<>());
        if (v != Math.rint(v) || v < min || v > max) {
            throw n.error("must be a whole number between " + RegionReader.fmt(min) + " and " + RegionReader.fmt(max));
        }
        return v;
    }
}
