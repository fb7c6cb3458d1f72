package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.Accounts;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.BudgetLevels;
import org.tuoyu.sandbox.engine.ByMode;
import org.tuoyu.sandbox.engine.CalibrationResult;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.Effect;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.FiscalCost;
import org.tuoyu.sandbox.engine.HukouGroupResult;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Mode;
import org.tuoyu.sandbox.engine.Payer;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.WillingnessFit;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.LeverPaths;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The command line's JSON contract as a tree of maps and lists (money in 元, rates as fractions).
 * Non-finite numbers (a break-even that is never reached) are written as null.
 */
public final class JsonReport {

    private JsonReport() {}

    public static Map<String, Object> scenario(ScenarioDocument doc, ScenarioResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", doc.name());
        m.put("scenarioEn", doc.nameEn());
        m.put("file", doc.location().display());
        m.put("region", doc.region().region().id());
        m.put("baseline", doc.parent() == null ? null : doc.parent().name());
        m.put("calibration", calibration(doc.calibration()));
        m.put("willingness", willingness(doc));
        m.put("levers", levers(doc.scenario().levers()));
        m.put("validity", validity(Validity.of(doc, result)));
        List<Object> years = new ArrayList<>();
        for (YearResult y : result.years()) years.add(year(y));
        m.put("years", years);
        m.put("horizonFiscalCost", fiscal(result.cumulativeFiscal()));
        m.put("horizonAccounts", accounts(result.cumulativeAccounts()));
        return m;
    }

    /** The three accounts of MODEL.md §9, keyed by their JSON names. */
    static Map<String, Object> accounts(Accounts a) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Account k : Account.values()) m.put(k.key(), num(a.get(k)));
        return m;
    }

    /**
     * The levers in force: each lever path with its value, or {value, schedule: {YEAR: value}} when
     * dated; under "districts" each district's own values in the same form.
     */
    public static Map<String, Object> levers(Levers l) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (LeverKey k : LeverKey.values()) m.put(k.path(), lever(k, l.regionWide().get(k), l.schedule(k)));
        Map<String, Object> ds = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(l.districtOverrides().keySet());
        ids.addAll(l.districtSchedules().keySet());
        for (String id : ids) {
            Map<String, Object> dm = new LinkedHashMap<>();
            for (LeverKey k : LeverKey.values()) {
                Double v = l.districtOverrides().getOrDefault(id, Map.of()).get(k);
                LeverSchedule s = l.schedule(id, k);
                if (v != null || s != null) dm.put(k.path(), lever(k, v, s));
            }
            ds.put(id, dm);
        }
        m.put("districts", ds);
        return m;
    }

    private static Object lever(LeverKey k, Double v, LeverSchedule s) {
        if (s == null) return LeverPaths.written(k, v);
        Map<String, Object> m = new LinkedHashMap<>();
        if (v != null) m.put("value", LeverPaths.written(k, v));
        Map<String, Object> steps = new LinkedHashMap<>();
        LeverPaths.written(k, s).forEach((y, x) -> steps.put(String.valueOf(y), x));
        m.put("schedule", steps);
        return m;
    }

    public static Map<String, Object> year(YearResult y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", y.year());
        m.put("totals", totals(y));
        m.put("fiscalCost", fiscal(y.fiscal()));
        m.put("accounts", accounts(y.accounts()));
        BudgetLevels lv = y.generalBudgetByLevel();
        Map<String, Object> levels = new LinkedHashMap<>();
        levels.put("national", num(lv.national()));
        levels.put("city", num(lv.city()));
        levels.put("district", num(lv.district()));
        m.put("generalBudgetByLevel", levels);
        List<Object> hukou = new ArrayList<>();
        for (HukouGroupResult h : y.hukouGroups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("status", h.status().key());
            g.put("children", num(h.children()));
            g.put("interested", num(h.interested()));
            g.put("enrolled", num(h.enrolled()));
            g.put("enrolmentRate", num(h.enrolmentRate()));
            g.put("meanNetBurden", num(h.meanNetBurden()));
            g.put("shareAboveThreshold", num(h.shareAboveThreshold()));
            hukou.add(g);
        }
        m.put("hukou", hukou);
        Map<String, Object> payers = new LinkedHashMap<>();
        for (Payer p : Payer.values()) payers.put(p.key(), num(y.byPayer(p)));
        m.put("fiscalCostByPayer", payers);
        List<Object> ds = new ArrayList<>();
        for (DistrictResult d : y.districts()) ds.add(district(d));
        m.put("districts", ds);
        List<Object> gs = new ArrayList<>();
        for (IncomeGroupResult g : y.incomeGroups()) gs.add(group(g));
        m.put("incomeGroups", gs);
        return m;
    }

    /** The region's totals of a year: the catalogue's region-wide figures, in the contract's order. */
    public static Map<String, Object> totals(YearResult y) { return fields(TOTALS, y); }

    public static Map<String, Object> fiscal(FiscalCost f) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FiscalComponent c : FiscalComponent.values()) m.put(c.key(), num(f.get(c)));
        return m;
    }

    public static Map<String, Object> district(DistrictResult d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.nameZh());
        m.put("nameEn", d.nameEn());
        m.put("zone", d.zone().key());
        m.putAll(fields(DISTRICT, d));
        return m;
    }

    public static Map<String, Object> group(IncomeGroupResult g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", g.group().name());
        m.putAll(fields(GROUP, g));
        return m;
    }

    /**
     * One entry of a JSON object: an indicator of the catalogue, read through it under its key, or a figure the
     * catalogue does not list (splits by mode, seat flows) under the name the contract gives it.
     */
    record Field<T>(String key, Indicator indicator, Function<T, Object> value) {}

    private static <T> Map<String, Object> fields(List<Field<T>> fields, T from) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field<T> f : fields) m.put(f.key(), f.value().apply(from));
        return m;
    }

    private static Field<YearResult> total(Indicator i) { return new Field<>(i.key(), i, y -> num(i.of(y))); }

    private static Field<DistrictResult> inDistrict(Indicator i) { return new Field<>(i.key(), i, d -> num(i.of(d))); }

    private static Field<IncomeGroupResult> inGroup(Indicator i) { return new Field<>(i.key(), i, g -> num(i.of(g))); }

    /** A figure outside the catalogue; {@code JsonCatalogueTest} fails if the catalogue gains a figure of this name. */
    private static <T> Field<T> extra(String key, Function<T, Object> value) { return new Field<>(key, null, value); }

    /** {@code totals}, in the order of the contract (docs/cli.md). */
    static final List<Field<YearResult>> TOTALS = List.of(
            total(Indicator.POPULATION), total(Indicator.CHILDREN), total(Indicator.SEATS),
            total(Indicator.INCLUSIVE_SEATS), total(Indicator.MARKET_SEATS), total(Indicator.EFFECTIVE_SEATS),
            total(Indicator.NEW_SEATS), total(Indicator.POTENTIAL_DEMAND), total(Indicator.ENROLLED),
            total(Indicator.ENROLLED_INCLUSIVE), total(Indicator.ENROLLED_MARKET), total(Indicator.ENROLMENT_RATE),
            total(Indicator.UTILISATION), total(Indicator.SEATS_PER_THOUSAND), total(Indicator.INCLUSIVE_SHARE),
            total(Indicator.UNMET_PRICE), total(Indicator.UNMET_SEATS), total(Indicator.FISCAL_COST),
            total(Indicator.CARE_SERVICE_COST), total(Indicator.COST_PER_ENROLLED_CHILD),
            total(Indicator.SHARE_ABOVE_THRESHOLD), total(Indicator.INCLUSIVE_SPREAD),
            total(Indicator.EMPLOYER_LEAVE_COST),
            extra("enrolledByMode", y -> byMode(y.totals().enrolledByMode())),
            extra("seatsByMode", y -> byMode(y.totals().seatsByMode())),
            extra("unmetNoReach", y -> num(y.totals().unmetNoReach())),
            extra("unmetFull", y -> num(y.totals().unmetFull())),
            extra("seatsOpened", y -> num(y.totals().seatsOpened())),
            extra("seatsClosed", y -> num(y.totals().seatsClosed())));

    /** A district's figures after its id, names and zone. */
    static final List<Field<DistrictResult>> DISTRICT = List.of(
            inDistrict(Indicator.POPULATION), inDistrict(Indicator.CHILDREN), inDistrict(Indicator.SEATS),
            inDistrict(Indicator.INCLUSIVE_SEATS), inDistrict(Indicator.TODDLER_CLASS_SEATS),
            inDistrict(Indicator.MARKET_SEATS), inDistrict(Indicator.EFFECTIVE_SEATS), inDistrict(Indicator.NEW_SEATS),
            inDistrict(Indicator.CONVERTED_SEATS), inDistrict(Indicator.POTENTIAL_DEMAND),
            inDistrict(Indicator.ENROLLED), inDistrict(Indicator.ENROLLED_INCLUSIVE), inDistrict(Indicator.ENROLLED_MARKET),
            inDistrict(Indicator.ENROLMENT_RATE), inDistrict(Indicator.UTILISATION),
            inDistrict(Indicator.INCLUSIVE_UTILISATION), inDistrict(Indicator.SEATS_PER_THOUSAND),
            inDistrict(Indicator.UNMET_PRICE), inDistrict(Indicator.UNMET_SEATS), inDistrict(Indicator.INCLUSIVE_FEE),
            inDistrict(Indicator.TODDLER_CLASS_FEE), inDistrict(Indicator.MARKET_FEE), inDistrict(Indicator.FISCAL_COST),
            inDistrict(Indicator.BREAK_EVEN_UTILISATION), inDistrict(Indicator.MARKET_BREAK_EVEN_UTILISATION),
            inDistrict(Indicator.PROVIDER_COST_PER_CHILD_MONTH), inDistrict(Indicator.PROVIDER_MARGIN_PER_SEAT_MONTH),
            inDistrict(Indicator.SHARE_ABOVE_THRESHOLD),
            extra("enrolledByMode", d -> byMode(d.enrolledByMode())),
            extra("seatsByMode", d -> byMode(d.seatsByMode())),
            extra("unmetNoReach", d -> num(d.unmetNoReach())),
            extra("unmetFull", d -> num(d.unmetFull())),
            extra("coverage", d -> byMode(d.coverage())),
            extra("admission", d -> byMode(d.admission())),
            extra("seatsOpened", d -> num(d.seatsOpened())),
            extra("seatsClosed", d -> num(d.seatsClosed())));

    /** An income quintile's figures after its name: all of them the catalogue's. */
    static final List<Field<IncomeGroupResult>> GROUP = List.of(
            inGroup(Indicator.CHILDREN), inGroup(Indicator.POTENTIAL_DEMAND), inGroup(Indicator.ENROLLED),
            inGroup(Indicator.ENROLMENT_RATE), inGroup(Indicator.HOUSEHOLD_INCOME_MONTH),
            inGroup(Indicator.MEAN_NET_BURDEN), inGroup(Indicator.MEAN_NET_COST_MONTH),
            inGroup(Indicator.SHARE_ABOVE_THRESHOLD), inGroup(Indicator.UNMET_PRICE), inGroup(Indicator.UNMET_SEATS));

    private static Map<String, Object> calibration(CalibrationResult c) {
        if (c == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameter", c.parameter());
        m.put("value", num(c.value()));
        m.put("targetEnrolled", num(c.targetEnrolled()));
        m.put("achievedEnrolled", num(c.achievedEnrolled()));
        m.put("converged", c.converged());
        m.put("message", c.message());
        Map<String, Object> ps = new LinkedHashMap<>();
        c.parameters().forEach((k, v) -> ps.put(k, num(v)));
        m.put("parameters", ps);
        List<Object> ts = new ArrayList<>();
        for (CalibrationResult.TargetFit t : c.targets()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("figure", t.figure().figure());
            tm.put("district", t.figure().district());
            tm.put("year", t.figure().year());
            tm.put("observed", num(t.figure().value()));
            tm.put("model", num(t.model()));
            tm.put("residual", num(t.residual()));
            tm.put("source", t.figure().source());
            ts.add(tm);
        }
        m.put("targets", ts);
        return m;
    }

    private static List<Object> validity(List<Validity.Row> rows) {
        List<Object> out = new ArrayList<>();
        for (Validity.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("figure", r.figure());
            m.put("district", r.district());
            m.put("year", r.year());
            m.put("kind", r.kind().key());
            m.put("value", num(r.value()));
            m.put("observed", num(r.observed()));
            if (r.of().isRange()) {
                m.put("low", num(r.of().low()));
                m.put("high", num(r.of().high()));
                m.put("inRange", r.of().contains(r.value()));
            }
            m.put("source", r.source());
            m.put("cite", r.cite());
            m.put("note", r.note(Language.EN));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> willingness(ScenarioDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b50", num(doc.scenario().behaviour().willingness().b50()));
        m.put("s", num(doc.scenario().behaviour().willingness().s()));
        m.put("fittedToSurvey", !doc.willingnessStated());
        WillingnessFit f = doc.fit();
        m.put("surveyHouseholdIncomeMonth", num(doc.region().region().survey().householdIncomeMonth()));
        m.put("rmsResidual", num(f.rmsResidual()));
        List<Object> pts = new ArrayList<>();
        for (int i = 0; i < f.burdens().size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("price", num(doc.region().region().survey().points().get(i).pricePerMonth()));
            p.put("burden", num(f.burdens().get(i)));
            p.put("observed", num(f.observed().get(i)));
            p.put("fitted", num(f.fitted().get(i)));
            pts.add(p);
        }
        m.put("points", pts);
        // model version 2: the utility's parameters and the survey's bins beside the fitted quintile mixture
        var b = doc.scenario().behaviour();
        m.put("alpha", num(b.alpha()));
        m.put("beta", num(b.beta()));
        m.put("eta", num(b.incomeSensitivity()));
        m.put("lambda", num(b.nestParameter()));
        m.put("marketPremium", num(b.marketPremium()));
        List<Object> bins = new ArrayList<>();
        for (WillingnessFit.Bin bin : f.bins()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("price", num(bin.price()));
            p.put("survey", num(bin.survey()));
            p.put("model", num(bin.model()));
            bins.add(p);
        }
        m.put("bins", bins);
        return m;
    }

    /** Toddler class, inclusive and market, keyed by the modes' JSON names. */
    static Map<String, Object> byMode(ByMode v) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) m.put(mode.key(), num(v.get(mode)));
        return m;
    }

    /**
     * Adds Monte Carlo bands to a {@link #scenario} tree: "monteCarlo": {draws, seed} at the top and
     * "bands": {output: {p5, p50, p95}} in every year (docs/uncertainty.md).
     */
    @SuppressWarnings("unchecked")
    public static void addBands(Map<String, Object> scenarioTree, MonteCarloResult mc) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("draws", mc.draws());
        info.put("seed", mc.seed());
        info.put("recalibrated", mc.recalibrated());
        info.put("calibrationMisses", mc.calibrationMisses());
        info.put("drawsInBands", mc.drawsInBands());
        info.put("percentiles", "linear interpolation between closest ranks (type 7)");
        scenarioTree.put("monteCarlo", info);
        List<Object> years = (List<Object>) scenarioTree.get("years");
        for (int i = 0; i < years.size(); i++) {
            Bands b = mc.years().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            for (Indicator ind : Bands.INDICATORS) m.put(ind.key(), band(b.of(ind)));
            ((Map<String, Object>) years.get(i)).put("bands", m);
        }
    }

    /**
     * A reform's {@code difference}: per year, each total and each account of the reform minus the
     * baseline's (the same figures as {@code totals} and {@code accounts}).
     */
    @SuppressWarnings("unchecked")
    public static void addDifference(Map<String, Object> reformTree, ScenarioResult baseline, ScenarioResult reform) {
        List<Object> out = new ArrayList<>();
        for (YearResult ry : reform.years()) {
            YearResult by = baseline.year(ry.year());
            if (by == null) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", ry.year());
            m.put("totals", minus(totals(ry), totals(by)));
            m.put("accounts", minus(accounts(ry.accounts()), accounts(by.accounts())));
            out.add(m);
        }
        reformTree.put("difference", out);
    }

    private static Map<String, Object> minus(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object x = e.getValue(), y = b.get(e.getKey());
            m.put(e.getKey(), x instanceof Number nx && y instanceof Number ny ? num(nx.doubleValue() - ny.doubleValue()) : null);
        }
        return m;
    }

    /** A reform's {@code bands}: per year, P5 / P50 / P95 over paired draws of each banded difference. */
    public static void addDifferenceBands(Map<String, Object> reformTree, List<PairedMonteCarlo.YearBands> years) {
        List<Object> out = new ArrayList<>();
        for (PairedMonteCarlo.YearBands y : years) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", y.year());
            for (int f = 0; f < PairedMonteCarlo.FIGURES.size(); f++) {
                m.put(PairedMonteCarlo.FIGURES.get(f).key(), band(y.bands().get(f)));
            }
            out.add(m);
        }
        reformTree.put("bands", out);
    }

    /** How the paired draws were made, for the root of compare --json. */
    public static Map<String, Object> pairedInfo(PairedMonteCarlo.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("draws", r.draws());
        m.put("seed", r.seed());
        m.put("paired", true);
        m.put("recalibrated", r.recalibrated());
        m.put("calibrationMisses", r.calibrationMisses());
        m.put("drawsInBands", r.drawsInBands());
        m.put("percentiles", "linear interpolation between closest ranks (type 7)");
        return m;
    }

    public static Map<String, Object> band(Band b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p5", num(b.p5()));
        m.put("p50", num(b.p50()));
        m.put("p95", num(b.p95()));
        return m;
    }

    /**
     * Adds a reform's decomposition against the baseline to its {@link #scenario} tree:
     * "decomposition" (groups added in the order supply, demand, leave, seats), "decompositionReverse",
     * "decompositionShapley", each a list of {step, fiscalCost, enrolled, horizonFiscalCost, horizonEnrolled}
     * (first-year changes, then changes summed over the horizon), and "decompositionTotal".
     */
    public static void addDecomposition(Map<String, Object> scenarioTree, Decomposition d) {
        scenarioTree.put("decomposition", steps(d.forward()));
        scenarioTree.put("decompositionReverse", steps(d.reverse()));
        scenarioTree.put("decompositionShapley", steps(d.shapley()));
        scenarioTree.put("decompositionTotal", effect("total", d.total()));
    }

    private static List<Object> steps(List<Decomposition.Step> steps) {
        List<Object> out = new ArrayList<>();
        for (Decomposition.Step s : steps) out.add(effect(s.group().key(), s.effect()));
        return out;
    }

    private static Map<String, Object> effect(String step, Effect e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", step);
        m.put("fiscalCost", num(e.fiscalCost()));
        m.put("enrolled", num(e.enrolled()));
        m.put("horizonFiscalCost", num(e.horizonFiscalCost()));
        m.put("horizonEnrolled", num(e.horizonEnrolled()));
        return m;
    }

    static Object num(double v) { return Double.isFinite(v) ? (Object) v : null; }
}
