package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a scenario under model version 2: a pure function from records to records. Each year runs the steps
 * of docs/model.md in order, district by district — families (§3), fees (§6), choice (§4), access and rationing
 * (§5), providers (§7), public money (§9) — then sums the indicators (§10); the seat stock of the next year is this
 * year's after providers' exit and entry and the seat plan's new seats (§7, §8).
 */
public final class Evaluator {

    private static final int Q = IncomeGroup.COUNT;
    private static final int A = AgeBand.COUNT;
    private static final Payer[] PAYERS = Payer.values();

    private Evaluator() {}

    public static ScenarioResult evaluate(Scenario sc) { return evaluate(sc, Trace.NONE); }

    /** Leave days covering a child's first year under these levers (the data year's are the reference, §4). */
    public static double coveredLeaveDays(LeverValues l, Behaviour b) { return Choice.coveredDays(l, b); }

    /** Evaluates, writing each step's named quantities to {@code trace} for the districts it asks for. */
    public static ScenarioResult evaluate(Scenario sc, Trace trace) {
        Region region = sc.region();
        int nd = region.districts().size();
        int offset = sc.horizon().firstYear() - region.dataYear();
        if (offset < 0) {
            throw new IllegalArgumentException("horizon starts in " + sc.horizon().firstYear()
                    + ", before the region's data year " + region.dataYear());
        }
        int last = offset + sc.horizon().years() - 1;
        LeverValues[][] levers = new LeverValues[last + 1][nd];
        SeatPlan[][] plans = new SeatPlan[last + 1][nd];
        for (int d = 0; d < nd; d++) plan(sc, d, levers, plans);
        Run run = new Run(sc, levers, trace);
        List<YearResult> years = new ArrayList<>(sc.horizon().years());
        for (int k = 0; k <= last; k++) {
            if (k > 0) run.advance(k, plans[k]);
            YearResult y = run.year(k, plans[k], k >= offset);
            FiniteCheck.year(sc.name(), y);
            if (k >= offset) years.add(y);
        }
        return new ScenarioResult(sc.name(), years);
    }

    /**
     * The levers in force in district d in each year k after the data year (schedules resolved)
     * and its seat plan; a change of the plan's levers re-plans from the year before's stock.
     */
    private static void plan(Scenario sc, int d, LeverValues[][] levers, SeatPlan[][] plans) {
        Region region = sc.region();
        District dist = region.districts().get(d);
        LeverValues dataYear = sc.levers().forDistrict(dist.id());
        boolean dated = sc.levers().hasSchedules();
        SeatPlan p = SeatPlan.of(dist.seats(), dist.population(), dataYear);
        LeverValues planned = dataYear;
        for (int k = 0; k < levers.length; k++) {
            LeverValues l = dated && k > 0 ? sc.levers().at(dist.id(), region.dataYear() + k) : dataYear;
            if (!SeatPlan.samePlan(planned, l)) {
                p = SeatPlan.of(p.stock(k - 1), dist.population(), l, k - 1);
                planned = l;
            }
            levers[k][d] = l;
            plans[k][d] = p;
        }
    }

    /** The state carried from year to year: seat stocks, providers' verdicts, scratch. */
    private static final class Run {
        final Scenario sc;
        final Region region;
        final Behaviour b;
        final LeverValues[][] levers;
        final Trace trace;
        final IncomeMix mix;
        final double regionA0;
        final double[] referenceDays;
        final SeatStock[] stock;
        final Providers[] providers;
        final double[] opened, closed;
        final PublicMoney.Building[] built;
        final DistrictYear w = DistrictYear.forThisThread();
        final Tally tally = new Tally();
        /** Each district's choice table, kept from year to year (null for a one-year run: one table serves all). */
        final ChoiceTable[] tables;

        Run(Scenario sc, LeverValues[][] levers, Trace trace) {
            this.sc = sc;
            this.region = sc.region();
            this.b = sc.behaviour();
            this.levers = levers;
            this.trace = trace;
            int nd = region.districts().size();
            mix = IncomeMix.of(region);
            regionA0 = Cohorts.regionA0(region);
            referenceDays = new double[nd];
            stock = new SeatStock[nd];
            providers = new Providers[nd];
            opened = new double[nd];
            closed = new double[nd];
            built = new PublicMoney.Building[nd];
            java.util.Arrays.fill(built, PublicMoney.Building.NONE);
            tables = levers.length > 1 ? new ChoiceTable[nd] : null;
            for (int d = 0; d < nd; d++) {
                referenceDays[d] = Double.isNaN(b.referenceLeaveDays()) ? Choice.coveredDays(levers[0][d], b)
                        : b.referenceLeaveDays();
                stock[d] = region.districts().get(d).seats();
            }
        }

        /** Seats of year k: last year's after exit and entry, plus what the plan builds in year k. */
        void advance(int k, SeatPlan[] plans) {
            for (int d = 0; d < stock.length; d++) {
                SeatStock s = stock[d];
                Providers p = providers[d];
                boolean dyn = b.providerDynamics();
                double xT = dyn ? p.exitShare().toddlerClass() : 0, xI = dyn ? p.exitShare().inclusive() : 0;
                double xM = dyn ? p.exitShare().market() : 0, eM = dyn ? p.entryShare() : 0;
                PublicMoney.Building n = building(plans[d], k, s);
                built[d] = n;
                double toddler = s.toddlerClass() * (1 - xT) + n.newToddler();
                double inclusive = s.inclusive() * (1 - xI) + n.newInclusive() + n.converted();
                double market = Math.max(0, s.market() * (1 - xM + eM) + n.newMarket() - n.converted());
                closed[d] = s.toddlerClass() * xT + s.inclusive() * xI + s.market() * xM;
                opened[d] = s.market() * eM + n.newSeats();
                double total = toddler + inclusive + market;
                double community = s.communityEmbeddedShare() * s.total() * (s.total() > 0 ? 1 - closed[d] / s.total() : 0)
                        + (plans[d].building(k) ? plans[d].newCommunity() : 0);
                stock[d] = new SeatStock(inclusive, market, toddler, total > 0 ? Math.min(1, community / total) : 0);
            }
        }

        YearResult year(int k, SeatPlan[] plans, boolean kept) {
            int nd = region.districts().size();
            tally.clear();
            List<DistrictResult> ds = new ArrayList<>(nd);
            for (int d = 0; d < nd; d++) {
                District dist = region.districts().get(d);
                ByAge children = Cohorts.childrenAt(region, d, k, regionA0);
                LeverValues l = levers[k][d];
                Trace t = kept && trace.wants(dist.id(), region.dataYear() + k) ? trace : Trace.NONE;
                ds.add(district(d, dist, children, l, built[d], t));
            }
            FiscalCost fiscal = FiscalCost.ZERO;
            for (DistrictResult r : ds) fiscal = fiscal.plus(r.fiscal());
            double[] byPayer = new double[Payer.COUNT];
            for (Payer p : PAYERS) byPayer[p.ordinal()] = fiscal.byPayer(p, region.payers());
            List<IncomeGroupResult> groups = tally.quintiles();
            return new YearResult(region.dataYear() + k, Indicators.totals(ds, groups), fiscal, byPayer, ds, groups,
                    BudgetLevels.of(fiscal, region.payers()), tally.statuses());
        }

        private DistrictResult district(int d, District dist, ByAge children, LeverValues l,
                                        PublicMoney.Building built, Trace t) {
            SeatStock s = stock[d];
            if (tables != null) {
                if (tables[d] == null) tables[d] = new ChoiceTable();
                w.use(tables[d]);
            }
            w.seats[0] = s.toddlerClass();
            w.seats[1] = s.inclusive();
            w.seats[2] = s.market();
            double surveyIncome = region.survey().householdIncomeMonth();
            Families.compute(dist, children, mix.mix(d), mix.cityIncome(), region, l, w);
            Prices.compute(dist, l, b, w);
            double leave = Choice.leaveFactor(l, b, referenceDays[d]);
            Choice.compute(b, surveyIncome, leave, w);
            double siting = Double.isNaN(dist.sitingFactor()) ? b.matchFactor() : dist.sitingFactor();
            double scale = Double.isNaN(dist.accessScale()) ? b.accessScale() : dist.accessScale();
            Access.compute(children, s, siting, scale, l.rationing(), w);
            Providers p = Providers.compute(region, dist, l, b, w);
            providers[d] = p;
            FiscalCost fiscal = FiscalCost.of(PublicMoney.compute(region, children, s, l, b, built, w));
            double employer = PublicMoney.employerLeaveCost(region, children, l);
            Indicators.Outcome o = Indicators.outcome(region, l, b, w, tally);
            double siteWeight = s.communityEmbeddedShare() + (1 - s.communityEmbeddedShare()) * siting;
            ByMode fees = Prices.districtFees(dist, l);
            ByMode admission = Indicators.admission(w);
            if (t != Trace.NONE) {
                Families.trace(t, dist.id(), children, w);
                Prices.trace(t, dist.id(), dist, l, w);
                Choice.trace(t, dist.id(), b, leave, w);
                Access.trace(t, dist.id(), admission, w);
                p.trace(t, dist.id());
                PublicMoney.trace(t, dist.id(), fiscal);
            }
            return new DistrictResult(dist.id(), dist.nameZh(), dist.nameEn(), dist.zone(), dist.population(), children,
                    s.total(), s.inclusive(), s.toddlerClass(), s.market(), siteWeight * s.total(), built.newSeats(),
                    built.converted(), o.interested(), o.enrolled().toddlerClass() + o.enrolled().inclusive(),
                    o.enrolled().market(), o.priced(), o.noReach() + o.full(), fees.inclusive(), fees.toddlerClass(),
                    fees.market(), fiscal, p.breakEven().inclusive(), p.breakEven().market(), p.costPerChild(),
                    p.margin().inclusive(), o.aboveShare(), employer, o.enrolled(), o.noReach(), o.full(),
                    ByMode.of(w.coverage), admission, p.margin(), opened[d], closed[d]);
        }

        /** The plan's seats of year k, with accreditation limited to the market seats there are. */
        private PublicMoney.Building building(SeatPlan plan, int k, SeatStock s) {
            if (!plan.building(k)) return PublicMoney.Building.NONE;
            return new PublicMoney.Building(plan.newInclusive(), plan.newToddler(), plan.newMarket(),
                    Math.min(plan.converted(), s.market()));
        }
    }
}
