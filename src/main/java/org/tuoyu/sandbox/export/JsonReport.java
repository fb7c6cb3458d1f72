package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverSchedule;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Mode;
import org.tuoyu.sandbox.engine.Payer;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Totals;
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
        m.put("totals", totals(y.totals()));
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

    public static Map<String, Object> totals(Totals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("population", num(t.population()));
        m.put("children", num(t.children()));
        m.put("seats", num(t.seats()));
        m.put("inclusiveSeats", num(t.inclusiveSeats()));
        m.put("marketSeats", num(t.marketSeats()));
        m.put("effectiveSeats", num(t.effectiveSeats()));
        m.put("newSeats", num(t.newSeats()));
        m.put("potentialDemand", num(t.potentialDemand()));
        m.put("enrolled", num(t.enrolled()));
        m.put("enrolledInclusive", num(t.enrolledInclusive()));
        m.put("enrolledMarket", num(t.enrolledMarket()));
        m.put("enrolmentRate", num(t.enrolmentRate()));
        m.put("utilisation", num(t.utilisation()));
        m.put("seatsPerThousand", num(t.seatsPerThousand()));
        m.put("inclusiveShare", num(t.inclusiveShare()));
        m.put("unmetPrice", num(t.unmetPrice()));
        m.put("unmetSeats", num(t.unmetSeats()));
        m.put("fiscalCost", num(t.fiscalCost()));
        m.put("careServiceCost", num(t.careServiceCost()));
        m.put("costPerEnrolledChild", num(t.costPerEnrolledChild()));
        m.put("shareAboveThreshold", num(t.shareAboveThreshold()));
        m.put("inclusiveSpread", num(t.inclusiveSpread()));
        m.put("employerLeaveCost", num(t.employerLeaveCost()));
        m.put("enrolledByMode", byMode(t.enrolledByMode()));
        m.put("seatsByMode", byMode(t.seatsByMode()));
        m.put("unmetNoReach", num(t.unmetNoReach()));
        m.put("unmetFull", num(t.unmetFull()));
        m.put("seatsOpened", num(t.seatsOpened()));
        m.put("seatsClosed", num(t.seatsClosed()));
        return m;
    }

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
        m.put("population", num(d.population()));
        m.put("children", num(d.childrenTotal()));
        m.put("seats", num(d.seats()));
        m.put("inclusiveSeats", num(d.inclusiveSeats() + d.toddlerClassSeats()));
        m.put("toddlerClassSeats", num(d.toddlerClassSeats()));
        m.put("marketSeats", num(d.marketSeats()));
        m.put("newSeats", num(d.newSeats()));
        m.put("potentialDemand", num(d.potentialDemand()));
        m.put("enrolled", num(d.enrolled()));
        m.put("enrolledInclusive", num(d.enrolledInclusive()));
        m.put("enrolledMarket", num(d.enrolledMarket()));
        m.put("enrolmentRate", num(d.enrolmentRate()));
        m.put("utilisation", num(d.utilisation()));
        m.put("inclusiveUtilisation", num(d.inclusiveUtilisation()));
        m.put("seatsPerThousand", num(d.seatsPerThousand()));
        m.put("unmetPrice", num(d.unmetPrice()));
        m.put("unmetSeats", num(d.unmetSeats()));
        m.put("inclusiveFee", num(d.inclusiveFee()));
        m.put("toddlerClassFee", num(d.toddlerClassFee()));
        m.put("marketFee", num(d.marketFee()));
        m.put("fiscalCost", num(d.fiscalCost()));
        m.put("breakEvenUtilisation", num(d.breakEvenUtilisation()));
        m.put("marketBreakEvenUtilisation", num(d.marketBreakEvenUtilisation()));
        m.put("providerCostPerChildMonth", num(d.providerCostPerChildMonth()));
        m.put("providerMarginPerSeatMonth", num(d.providerMarginPerSeatMonth()));
        m.put("shareAboveThreshold", num(d.shareAboveThreshold()));
        m.put("enrolledByMode", byMode(d.enrolledByMode()));
        m.put("seatsByMode", byMode(d.seatsByMode()));
        m.put("unmetNoReach", num(d.unmetNoReach()));
        m.put("unmetFull", num(d.unmetFull()));
        m.put("coverage", byMode(d.coverage()));
        m.put("admission", byMode(d.admission()));
        m.put("seatsOpened", num(d.seatsOpened()));
        m.put("seatsClosed", num(d.seatsClosed()));
        return m;
    }

    public static Map<String, Object> group(IncomeGroupResult g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", g.group().name());
        m.put("children", num(g.children()));
        m.put("potentialDemand", num(g.potentialDemand()));
        m.put("enrolled", num(g.enrolled()));
        m.put("enrolmentRate", num(g.enrolmentRate()));
        m.put("householdIncomeMonth", num(g.householdIncomeMonth()));
        m.put("meanNetBurden", num(g.meanNetBurden()));
        m.put("meanNetCostMonth", num(g.meanNetCostMonth()));
        m.put("shareAboveThreshold", num(g.shareAboveThreshold()));
        m.put("unmetPrice", num(g.unmetPrice()));
        m.put("unmetSeats", num(g.unmetSeats()));
        return m;
    }

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
            m.put("source", r.source());
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
        info.put("percentiles", "linear interpolation between closest ranks (type 7)");
        scenarioTree.put("monteCarlo", info);
        List<Object> years = (List<Object>) scenarioTree.get("years");
        for (int i = 0; i < years.size(); i++) {
            Bands b = mc.years().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fiscalCost", band(b.fiscalCost()));
            m.put("enrolmentRate", band(b.enrolmentRate()));
            m.put("utilisation", band(b.utilisation()));
            m.put("unmetPrice", band(b.unmetPrice()));
            m.put("unmetSeats", band(b.unmetSeats()));
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
            m.put("totals", minus(totals(ry.totals()), totals(by.totals())));
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
