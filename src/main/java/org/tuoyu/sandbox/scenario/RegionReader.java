package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.ByAge;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.FiniteCheck;
import org.tuoyu.sandbox.engine.Horizon;
import org.tuoyu.sandbox.engine.LeverValues;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ByQuintile;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.Fees;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.FunctionalZone;
import org.tuoyu.sandbox.engine.IncomeDistribution;
import org.tuoyu.sandbox.engine.LabourMarket;
import org.tuoyu.sandbox.engine.Observation;
import org.tuoyu.sandbox.engine.PayerShares;
import org.tuoyu.sandbox.engine.PayerSplit;
import org.tuoyu.sandbox.engine.PriceSurvey;
import org.tuoyu.sandbox.engine.ProviderCosts;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.SeatStock;
import org.tuoyu.sandbox.engine.SurveyPoint;
import org.tuoyu.sandbox.engine.WillingnessFit;

/** Reads and validates a region file (docs/scenario-format.md). */
public final class RegionReader {

    private static final List<String> TOP = List.of("region", "provenance", "districts", "income", "survey",
            "providerCosts", "labour", "payers", "seatsPerInstitution", "partTimeShare", "observed", "birthsTotals", "totals", "formatVersion", "map");
    private static final List<String> DISTRICT = List.of("id", "name", "code", "zone", "population", "nonHukouShare",
            "children", "incomePerCapitaYear", "householdSize", "seats", "fees", "birthsTrend",
            "costIndex", "sitingFactor", "accessScale", "incomeMix");
    private static final List<String> AGES = List.of("A0", "A1", "A2");

    private final Map<String, Provenance> sources = new HashMap<>();
    private final Map<String, Double> totals = new LinkedHashMap<>();
    private String surveySource = "";
    /** v2 fields the file leaves out, with the default taken (MODEL.md §13); `validate` prints them. */
    private final List<String> defaultsUsed = new ArrayList<>();
    private int districtsWithoutCostIndex, districtsWithoutSiting, districtsWithoutAccess, districtsWithoutMix;

    private RegionReader() {}

    public static RegionDocument read(Location location) throws ScenarioFileException {
        byte[] bytes;
        try {
            bytes = location.readBytes();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioFileException(location.display(), 0, "", null, "no such file");
        } catch (IOException e) {
            throw new ScenarioFileException(location.display(), 0, "", null, "cannot read the file: " + Location.reason(e));
        }
        RegionDocument doc = parse(location, SourceText.decode(location.display(), bytes), Hashes.sha256(bytes));
        checkModel(doc);
        return doc;
    }

    /**
     * Evaluates the region once with the default levers and behaviour, so that a region file the model
     * cannot use is refused when read (validate REGION) and not when a scenario first runs on it.
     */
    static void checkModel(RegionDocument doc) throws ScenarioFileException {
        Region r = doc.region();
        try {
            Evaluator.evaluate(new Scenario(r.id(), r, Levers.of(LeverValues.DEFAULTS), Behaviour.defaults(doc.fit().curve()),
                    new Horizon(r.dataYear(), ScenarioReader.DEFAULT_YEARS)));
        } catch (FiniteCheck.NonFiniteResultException | IllegalArgumentException e) {
            throw ScenarioReader.modelError(doc.location().display(), e);
        }
    }

    static RegionDocument parse(Location location, String text, String sha) throws ScenarioFileException {
        return new RegionReader().doParse(location, text, sha);
    }

    private RegionDocument doParse(Location location, String text, String sha) throws ScenarioFileException {
        YamlNode root = YamlNode.parse(location.display(), text);
        Map<String, YamlNode> top = root.entries(TOP);
        YamlNode head = required(root, top, "region");
        Map<String, YamlNode> h = head.entries(List.of("id", "name", "dataYear"));
        String id = idText(required(head, h, "id"));
        String[] names = names(required(head, h, "name"));
        int dataYear = (int) whole(required(head, h, "dataYear"), 1949, 2200);
        int formatVersion = top.containsKey("formatVersion") ? (int) whole(top.get("formatVersion"), 1, 2) : 1;

        Map<String, Provenance> columns = top.containsKey("provenance") ? columnProvenance(top.get("provenance")) : new HashMap<>();

        List<District> districts = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (YamlNode dn : required(root, top, "districts").items()) {
            District d = district(dn);
            if (!ids.add(d.id())) throw dn.error("district id '" + d.id() + "' appears twice");
            districts.add(d);
        }
        if (districts.isEmpty()) throw top.get("districts").error("a region needs at least one district");

        noteDistrictDefaults(districts.size());
        IncomeDistribution income = income(required(root, top, "income"));
        ByQuintile cityIncome = cityIncome(top.get("income"));
        PriceSurvey survey = survey(required(root, top, "survey"));
        ProviderCosts costs = providerCosts(required(root, top, "providerCosts"));
        YamlNode lab = required(root, top, "labour");
        Map<String, YamlNode> lm = lab.entries(List.of("insuredWageMonth", "insuredBirthShare"));
        LabourMarket labour = new LabourMarket(money(required(lab, lm, "insuredWageMonth")),
                share(required(lab, lm, "insuredBirthShare")));
        PayerShares payers = payers(required(root, top, "payers"));
        double perInstitution = positive(required(root, top, "seatsPerInstitution"));
        double partTime = share(required(root, top, "partTimeShare"));
        Observation observed = null;
        if (top.containsKey("observed")) {
            observed = ObservedReader.read(top.get("observed"), dataYear, ids, sources);
        }
        Map<Integer, Double> births = top.containsKey("birthsTotals")
                ? births(location, top.get("birthsTotals"), dataYear, districts) : new TreeMap<>();
        Region region;
        try {
            region = new Region(id, names[0], names[1], dataYear, districts, income, survey, costs, labour, payers,
                    perInstitution, partTime, observed, births, cityIncome, formatVersion);
        } catch (IllegalArgumentException e) {
            throw head.error(e.getMessage());
        }
        if (top.containsKey("totals")) checkTotals(top.get("totals"), region);
        WillingnessFit fit;
        try {
            fit = WillingnessFit.fitMixture(survey, region.cityQuintileIncome(), Behaviour.DEFAULT_INCOME_SENSITIVITY);
        } catch (IllegalArgumentException e) {
            throw top.get("survey").error(e.getMessage());
        }
        String map = top.containsKey("map") ? map(top.get("map")) : "";
        return new RegionDocument(location, region, sources, columns, fit, sha, totals, surveySource, defaultsUsed, map);
    }

    /**
     * map: the file name of a built-in GeoJSON map (assets/ in the jar), e.g. jiangmen-districts.geojson. A bare
     * name only, so a region file can never make the app read a file elsewhere on the machine.
     */
    private static String map(YamlNode n) throws ScenarioFileException {
        String name = n.text().trim();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.geojson")) {
            throw n.error("must be the file name of a built-in map ending in .geojson (letters, digits, '.', '-', '_'), "
                    + "not '" + name + "'");
        }
        if (RegionReader.class.getResource(RegionDocument.MAP_FOLDER + name) == null) {
            throw n.error("no built-in map '" + name + "' (the maps shipped in the jar's assets/ folder, e.g. "
                    + "beijing-districts.geojson, jiangmen-districts.geojson)");
        }
        return name;
    }

    /** The {@code provenance:} section: a flag and a source per column of the district table. */
    private static Map<String, Provenance> columnProvenance(YamlNode n) throws ScenarioFileException {
        Map<String, Provenance> columns = new HashMap<>();
        for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
            Map<String, YamlNode> p = e.getValue().entries(List.of("flag", "source", "sourceZh"));
            YamlNode f = required(e.getValue(), p, "flag");
            String flag = f.text().trim();
            if (flag.length() != 1 || Provenance.FLAGS.indexOf(flag.charAt(0)) < 0) {
                throw f.error("flag must be one of E, S, M, X, A");
            }
            columns.put(e.getKey(), new Provenance(flag, p.containsKey("source") ? p.get("source").text() : "",
                    p.containsKey("sourceZh") ? p.get("sourceZh").text() : ""));
        }
        return columns;
    }

    /** The {@code birthsTotals:} section: projected births by year, from the data year on. */
    private Map<Integer, Double> births(Location location, YamlNode n, int dataYear, List<District> districts)
            throws ScenarioFileException {
        Map<Integer, Double> births = new TreeMap<>();
        for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
            int year;
            try {
                year = Integer.parseInt(e.getKey().trim());
            } catch (NumberFormatException ex) {
                throw new ScenarioFileException(location.display(), e.getValue().line(), e.getValue().path, null, "keys of birthsTotals must be years");
            }
            if (year < dataYear) {
                throw new ScenarioFileException(location.display(), e.getValue().line(), e.getValue().path, null,
                        "projected births must be for the data year " + dataYear + " or later");
            }
            double b = positive(e.getValue());
            String why = FieldRules.birthsVsPopulation(b, districts);
            if (why != null) throw e.getValue().error(why);
            births.put(year, b);
        }
        return births;
    }

    /** Stated region totals must match the districts' sums within 2%: a check on a pasted table. */
    private void checkTotals(YamlNode n, Region region) throws ScenarioFileException {
        Map<String, YamlNode> t = n.entries(List.of("population", "children", "seats"));
        double pop = 0, children = 0, seats = 0;
        for (District d : region.districts()) {
            pop += d.population();
            children += d.children().sum();
            seats += d.seats().total();
        }
        double[] sums = {pop, children, seats};
        String[] keys = {"population", "children", "seats"};
        for (int i = 0; i < keys.length; i++) {
            YamlNode v = t.get(keys[i]);
            if (v == null) continue;
            double stated = positive(v);
            totals.put(keys[i], stated);
            if (Math.abs(sums[i] - stated) > 0.02 * stated) {
                throw v.error("the districts sum to " + Math.round(sums[i]) + ", more than 2% away from the stated total");
            }
        }
    }

    private District district(YamlNode dn) throws ScenarioFileException {
        Map<String, YamlNode> m = dn.entries(DISTRICT);
        String id = idText(required(dn, m, "id"));
        // From here on, paths name the district by id: districts.tongzhou.population
        Map<String, YamlNode> r = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : m.entrySet()) r.put(e.getKey(), e.getValue().renamed("districts." + id + "." + e.getKey()));
        YamlNode self = dn.renamed("districts." + id);
        String[] names = names(required(self, r, "name"));
        String code = r.containsKey("code") ? r.get("code").text().trim() : "";
        YamlNode zn = required(self, r, "zone");
        FunctionalZone zone = FunctionalZone.fromKey(zn.text().trim());
        if (zone == null) {
            List<String> keys = new ArrayList<>();
            for (FunctionalZone z : FunctionalZone.values()) keys.add(z.key());
            String near = Suggest.closest(zn.text().trim(), keys);
            throw zn.error("unknown zone" + (near != null ? "; did you mean '" + near + "'?" : "; one of " + keys));
        }
        double population = positive(required(self, r, "population"));
        double nonHukou = share(required(self, r, "nonHukouShare"));
        YamlNode cn = required(self, r, "children");
        ByAge children = byAge(cn, true);
        String why = FieldRules.childrenVsPopulation(children, population);
        if (why != null) throw cn.error(why);
        double income = positive(required(self, r, "incomePerCapitaYear"));
        double hh = checked(required(self, r, "householdSize"), FieldRules::householdSize);
        YamlNode sn = required(self, r, "seats");
        Map<String, YamlNode> s = sn.entries(List.of("inclusive", "market", "toddlerClass", "communityEmbeddedShare"));
        SeatStock seats = new SeatStock(count(required(sn, s, "inclusive")), count(required(sn, s, "market")),
                s.containsKey("toddlerClass") ? count(s.get("toddlerClass")) : 0,
                s.containsKey("communityEmbeddedShare") ? share(s.get("communityEmbeddedShare")) : 0);
        why = FieldRules.seatsVsPopulation(seats, population);
        if (why != null) throw sn.error(why);
        YamlNode fn = required(self, r, "fees");
        Map<String, YamlNode> f = fn.entries(List.of("inclusive", "market", "toddlerClass"));
        double market = money(required(fn, f, "market"));
        double inclusive = f.containsKey("inclusive") ? money(f.get("inclusive")) : Double.NaN;
        double toddler = f.containsKey("toddlerClass") ? money(f.get("toddlerClass")) : Double.NaN;
        why = FieldRules.inclusiveFee(inclusive, market);
        if (why != null) throw f.get("inclusive").error(why);
        double trend = 0;
        if (r.containsKey("birthsTrend")) {
            trend = checked(r.get("birthsTrend"), FieldRules::birthsTrend);
        }
        double costIndex = 1;
        if (r.containsKey("costIndex")) costIndex = positive(r.get("costIndex")); else districtsWithoutCostIndex++;
        double siting = Double.NaN;
        if (r.containsKey("sitingFactor")) siting = share(r.get("sitingFactor")); else districtsWithoutSiting++;
        double access = Double.NaN;
        if (r.containsKey("accessScale")) access = positive(r.get("accessScale")); else districtsWithoutAccess++;
        ByQuintile mix = null;
        if (r.containsKey("incomeMix")) {
            mix = quintiles(r.get("incomeMix"), true);
            if (Math.abs(mix.sum() - 1) > 1e-3) throw r.get("incomeMix").error("the five shares must sum to 1, they sum to " + fmt(mix.sum()));
            double[] v = mix.toArray();
            for (int q = 0; q < 5; q++) v[q] /= mix.sum();
            mix = ByQuintile.of(v);
        } else {
            districtsWithoutMix++;
        }
        return new District(id, names[0], names[1], code, zone, population, nonHukou, children, income, hh, seats,
                new Fees(inclusive, market, toddler), trend, costIndex, siting, access, mix);
    }

    private void noteDistrictDefaults(int n) {
        String of = " of " + n + " districts";
        if (districtsWithoutCostIndex > 0) {
            defaultsUsed.add("districts.*.costIndex: 1 (the region's provider costs) in " + districtsWithoutCostIndex + of);
        }
        if (districtsWithoutSiting > 0) {
            defaultsUsed.add("districts.*.sitingFactor: the behaviour's matchFactor in " + districtsWithoutSiting + of);
        }
        if (districtsWithoutAccess > 0) {
            defaultsUsed.add("districts.*.accessScale: the behaviour's accessScale in " + districtsWithoutAccess + of);
        }
        if (districtsWithoutMix > 0) {
            defaultsUsed.add("districts.*.incomeMix: the log-normal rule fitted to the city quintiles (MODEL.md §3) in "
                    + districtsWithoutMix + of);
        }
    }

    /** income.cityQuintiles: the city's per-capita income by quintile (元/year), or null (derived, §13). */
    private ByQuintile cityIncome(YamlNode n) throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(List.of("multipliers", "familyShares", "marginalTaxRate", "cityQuintiles"));
        if (!m.containsKey("cityQuintiles")) {
            defaultsUsed.add("income.cityQuintiles: the multipliers x the population-weighted mean district income (MODEL.md §13)");
            return null;
        }
        ByQuintile y = quintiles(m.get("cityQuintiles"), false);
        for (int q = 1; q < 5; q++) {
            if (y.get(q) < y.get(q - 1)) throw m.get("cityQuintiles").error("city quintile incomes must rise from Q1 to Q5");
        }
        return y;
    }

    private IncomeDistribution income(YamlNode n) throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(List.of("multipliers", "familyShares", "marginalTaxRate", "cityQuintiles"));
        ByQuintile mult;
        if (!m.containsKey("multipliers") && m.containsKey("cityQuintiles")) {
            // A v2 file may give the city quintiles alone: the multipliers are their ratios to the mean.
            ByQuintile y = quintiles(m.get("cityQuintiles"), false);
            double[] v = y.toArray();
            double mean = y.sum() / 5;
            for (int q = 0; q < 5; q++) v[q] /= mean;
            mult = ByQuintile.of(v);
        } else {
            mult = quintiles(required(n, m, "multipliers"), false);
        }
        ByQuintile shares = m.containsKey("familyShares") ? quintiles(m.get("familyShares"), true) : ByQuintile.uniform(0.2);
        ByQuintile tax = m.containsKey("marginalTaxRate") ? quintiles(m.get("marginalTaxRate"), true) : ByQuintile.uniform(0);
        if (Math.abs(shares.sum() - 1) > 1e-6) throw m.get("familyShares").error("the five shares must sum to 1, they sum to " + shares.sum());
        for (int q = 1; q < 5; q++) {
            if (mult.get(q) < mult.get(q - 1)) throw m.get("multipliers").error("multipliers must rise from Q1 to Q5");
        }
        try {
            return new IncomeDistribution(mult, shares, tax);
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private PriceSurvey survey(YamlNode n) throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(List.of("incomePerCapitaMonth", "householdSize", "points", "source"));
        List<SurveyPoint> points = new ArrayList<>();
        for (YamlNode p : required(n, m, "points").items()) {
            Map<String, YamlNode> pm = p.entries(List.of("price", "shareWilling"));
            double price = positive(required(p, pm, "price"));
            YamlNode sw = required(p, pm, "shareWilling");
            double share = checked(sw, v -> !(v > 0 && v < 1) ? "a share willing must lie strictly between 0 and 1" : null);
            points.add(new SurveyPoint(price, share));
        }
        if (m.containsKey("source")) surveySource = m.get("source").text();
        if (points.size() < 2) throw m.get("points").error("at least two survey points are needed to fit two parameters");
        return new PriceSurvey(points, positive(required(n, m, "incomePerCapitaMonth")), positive(required(n, m, "householdSize")));
    }

    private ProviderCosts providerCosts(YamlNode n) throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(List.of("childrenPerCarer", "carerWageMonth", "onCostShare", "staffFixedShare",
                "rentPerM2Month", "areaPerSeat", "overheadPerSeatMonth", "consumablesPerChildMonth", "toddlerClassCostShare"));
        YamlNode ratio = required(n, m, "childrenPerCarer");
        ByAge r = byAge(ratio, false);
        for (int a = 0; a < 3; a++) {
            if (r.get(a) <= 0) throw ratio.error("children per carer must be positive");
        }
        double toddlerShare = ProviderCosts.DEFAULT_TODDLER_CLASS_COST_SHARE;
        if (m.containsKey("toddlerClassCostShare")) {
            toddlerShare = positive(m.get("toddlerClassCostShare"));
        } else {
            defaultsUsed.add("providerCosts.toddlerClassCostShare: " + toddlerShare
                    + " (a toddler-class place costs 70% of a stand-alone centre's, docs/model.md §7)");
        }
        return new ProviderCosts(r, money(required(n, m, "carerWageMonth")), share(required(n, m, "onCostShare")),
                share(required(n, m, "staffFixedShare")), money(required(n, m, "rentPerM2Month")),
                positive(required(n, m, "areaPerSeat")), money(required(n, m, "overheadPerSeatMonth")),
                money(required(n, m, "consumablesPerChildMonth")), toddlerShare);
    }

    private PayerShares payers(YamlNode n) throws ScenarioFileException {
        List<String> keys = new ArrayList<>();
        for (FiscalComponent c : FiscalComponent.values()) keys.add(c.key());
        Map<String, YamlNode> m = n.entries(keys);
        Map<FiscalComponent, PayerSplit> splits = new EnumMap<>(FiscalComponent.class);
        for (FiscalComponent c : FiscalComponent.values()) {
            if (c == FiscalComponent.FEE_REDUCTION && !m.containsKey(c.key())) {
                // v2 component: a v1 file pays it as it pays operating subsidies (both go to providers per child).
                splits.put(c, splits.get(FiscalComponent.OPERATING_SUBSIDY));
                defaultsUsed.add("payers.feeReduction: the split of payers.operatingSubsidy");
                continue;
            }
            YamlNode p = required(n, m, c.key());
            Map<String, YamlNode> pm = p.entries(List.of("national", "city", "district", "insuranceFund"));
            double[] v = new double[4];
            String[] who = {"national", "city", "district", "insuranceFund"};
            for (int i = 0; i < 4; i++) v[i] = pm.containsKey(who[i]) ? share(pm.get(who[i])) : 0;
            double sum = v[0] + v[1] + v[2] + v[3];
            if (Math.abs(sum - 1) > 1e-6) throw p.error("the payer shares must sum to 1, they sum to " + fmt(sum));
            splits.put(c, new PayerSplit(v[0], v[1], v[2], v[3]));
        }
        return new PayerShares(splits);
    }

    private ByAge byAge(YamlNode n, boolean counts) throws ScenarioFileException {
        Map<String, YamlNode> m = n.entries(AGES);
        double[] v = new double[3];
        for (int a = 0; a < 3; a++) v[a] = counts ? count(required(n, m, AGES.get(a))) : positive(required(n, m, AGES.get(a)));
        return ByAge.of(v);
    }

    private ByQuintile quintiles(YamlNode n, boolean shares) throws ScenarioFileException {
        List<YamlNode> items = n.items();
        if (items.size() != 5) throw n.error("needs exactly five numbers, Q1 to Q5; it has " + items.size());
        double[] v = new double[5];
        for (int q = 0; q < 5; q++) v[q] = shares ? share(items.get(q)) : positive(items.get(q));
        return ByQuintile.of(v);
    }

    static YamlNode required(YamlNode parent, Map<String, YamlNode> m, String key) throws ScenarioFileException {
        YamlNode n = m.get(key);
        if (n == null) {
            throw new ScenarioFileException(parent.file, parent.line(), parent.childPath(key), null, "is missing");
        }
        return n;
    }

    private static String idText(YamlNode n) throws ScenarioFileException {
        String s = n.text().trim();
        String why = FieldRules.id(s);
        if (why != null) throw n.error(why);
        return s;
    }

    private static String[] names(YamlNode n) throws ScenarioFileException {
        if (n.isScalar()) return new String[] {n.text(), n.text()};
        Map<String, YamlNode> m = n.entries(List.of("zh", "en"));
        String zh = required(n, m, "zh").text();
        String en = m.containsKey("en") ? m.get("en").text() : zh;
        return new String[] {zh, en};
    }

    private double whole(YamlNode n, double min, double max) throws ScenarioFileException {
        double v = n.number(sources);
        if (v != Math.rint(v) || v < min || v > max) throw n.error("must be a whole number between " + fmt(min) + " and " + fmt(max));
        return v;
    }

    private double share(YamlNode n) throws ScenarioFileException { return checked(n, FieldRules::share); }

    private double money(YamlNode n) throws ScenarioFileException { return checked(n, FieldRules::money); }

    private double count(YamlNode n) throws ScenarioFileException { return checked(n, FieldRules::count); }

    private double positive(YamlNode n) throws ScenarioFileException { return checked(n, FieldRules::positive); }

    /** The node's number, refused with the rule's reason when the rule objects. */
    private double checked(YamlNode n, java.util.function.DoubleFunction<String> rule) throws ScenarioFileException {
        double v = n.number(sources);
        String why = rule.apply(v);
        if (why == null) why = FieldRules.inRange(n.path, v);
        if (why != null) throw n.error(why);
        return v;
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
