package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a scenario: a pure function from records to records (MODEL.md sections 2-6).
 * docs/model.md gives every equation; the comments here say which one a line computes.
 */
public final class Evaluator {

    private static final int Q = IncomeGroup.COUNT;
    private static final int A = AgeBand.COUNT;
    private static final int CELLS = A * Q * 2; // age x quintile x (eligible for vouchers, not)
    private static final int TODDLER = 0, INCLUSIVE = 1, MARKET = 2;
    // values() copies its array on every call; these loops run for every district of every year.
    private static final FiscalComponent[] COMPONENTS = FiscalComponent.values();
    private static final IncomeGroup[] GROUPS = IncomeGroup.values();
    private static final Payer[] PAYERS = Payer.values();

    private Evaluator() {}

    public static ScenarioResult evaluate(Scenario sc) {
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
        List<YearResult> years = new ArrayList<>(sc.horizon().years());
        Work w = new Work(); // scratch for this evaluation only: evaluations may run in parallel
        double regionA0 = regionA0(region);
        for (int i = 0; i < sc.horizon().years(); i++) {
            int k = offset + i;
            YearResult y = evaluateStep(region, levers[k], plans[k], sc.behaviour(), k, regionA0, w);
            FiniteCheck.year(sc.name(), y);
            years.add(y);
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

    /** Children of district d, k years after the data year: cohorts age A0 -> A1 -> A2 and leave. */
    static ByAge childrenAt(Region region, int d, int k) { return childrenAt(region, d, k, regionA0(region)); }

    private static ByAge childrenAt(Region region, int d, int k, double regionA0) {
        if (k == 0) return region.districts().get(d).children();
        double[] c = new double[A];
        ByAge base = region.districts().get(d).children();
        for (int a = 0; a < A; a++) {
            c[a] = k <= a ? base.get(a - k) : births(region, d, region.dataYear() + k - 1 - a, regionA0);
        }
        return ByAge.of(c);
    }

    /** Births in district d in calendar year y (y >= data year - 1, when A0 of the data year was born). */
    static double births(Region region, int d, int y) { return births(region, d, y, regionA0(region)); }

    /** As above, with the region's A0 of the data year (the key to split births totals) already summed. */
    private static double births(Region region, int d, int y, double regionA0) {
        District dist = region.districts().get(d);
        Double total = region.birthsTotals().get(y);
        if (total != null) {
            return regionA0 > 0 ? total * dist.children().a0() / regionA0 : 0;
        }
        return dist.children().a0() * Math.pow(1 + dist.birthsTrend(), y - (region.dataYear() - 1));
    }

    /** A0 of the data year summed over districts, in district order. */
    private static double regionA0(Region region) {
        double a0 = 0;
        for (District o : region.districts()) a0 += o.children().a0();
        return a0;
    }

    private static YearResult evaluateStep(Region region, LeverValues[] levers, SeatPlan[] plans, Behaviour b, int k,
                                           double regionA0, Work w) {
        int nd = region.districts().size();
        List<DistrictResult> districts = new ArrayList<>(nd);
        double[] gChildren = new double[Q], gDemand = new double[Q], gEnrolled = new double[Q];
        double[] gUnmetPrice = new double[Q], gUnmetSeats = new double[Q], gIncome = new double[Q];
        double[] gBurdenEnrolled = new double[Q], gCostEnrolled = new double[Q];
        double[] gBurdenDemand = new double[Q], gCostDemand = new double[Q], gAbove = new double[Q];
        for (int d = 0; d < nd; d++) {
            District dist = region.districts().get(d);
            ByAge children = childrenAt(region, d, k, regionA0);
            SeatPlan plan = plans[d];
            districts.add(district(region, dist, children, plan.stock(k), plan, k, levers[d], b, w,
                    gChildren, gDemand, gEnrolled, gUnmetPrice, gUnmetSeats, gIncome,
                    gBurdenEnrolled, gCostEnrolled, gBurdenDemand, gCostDemand, gAbove));
        }
        List<IncomeGroupResult> groups = new ArrayList<>(Q);
        for (int q = 0; q < Q; q++) {
            boolean anyEnrolled = gEnrolled[q] > 1e-9;
            double burden = anyEnrolled ? gBurdenEnrolled[q] / gEnrolled[q] : DistrictResult.ratio(gBurdenDemand[q], gDemand[q]);
            double cost = anyEnrolled ? gCostEnrolled[q] / gEnrolled[q] : DistrictResult.ratio(gCostDemand[q], gDemand[q]);
            groups.add(new IncomeGroupResult(GROUPS[q], gChildren[q], gDemand[q], gEnrolled[q],
                    gUnmetPrice[q], gUnmetSeats[q], DistrictResult.ratio(gIncome[q], gChildren[q]), burden, cost,
                    DistrictResult.ratio(gAbove[q], gDemand[q])));
        }
        FiscalCost fiscal = sumFiscal(districts);
        return new YearResult(region.dataYear() + k, totals(region, districts, groups), fiscal,
                byPayer(region, fiscal), districts, groups);
    }

    /** Scratch arrays reused across the districts of one year, so a year allocates little. */
    private static final class Work {
        final double[] demand = new double[CELLS];
        final double[][] willing = new double[3][CELLS];
        final double[][] price = new double[3][CELLS];
        final double[][] voucher = new double[3][CELLS];
        final double[] demandByQ = new double[Q];
        final double[] rToddler = new double[Q];
        final double[] rInclusive = new double[Q];
        final double[] pass = new double[CELLS];
        final double[][] fullWilling = new double[3][Q];
        final double[][] lastPrice = new double[3][Q];
        final double[][] lastWilling = new double[3][Q];
    }

    private static int cell(int a, int q, int el) { return (a * Q + q) * 2 + el; }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static DistrictResult district(Region region, District dist, ByAge children, SeatStock seats, SeatPlan plan,
                                           int k, LeverValues l, Behaviour b, Work w,
                                           double[] gChildren, double[] gDemand, double[] gEnrolled,
                                           double[] gUnmetPrice, double[] gUnmetSeats, double[] gIncome,
                                           double[] gBurdenEnrolled, double[] gCostEnrolled,
                                           double[] gBurdenDemand, double[] gCostDemand, double[] gAbove) {
        IncomeDistribution inc = region.income();
        double hhIncome = dist.householdIncomeMonth();
        // Fees: the cap (share of district household income) binds inclusive and toddler-class fees;
        // a subsidised seat never costs more than the next option, which keeps acceptance nested.
        double cap = l.get(LeverKey.FEE_CAP_SHARE) * hhIncome;
        double feeMarket = dist.fees().market();
        double feeInclusive = Math.min(Double.isNaN(dist.fees().inclusive()) ? cap : Math.min(dist.fees().inclusive(), cap), feeMarket);
        double feeToddler = Math.min(Double.isNaN(dist.fees().toddlerClass()) ? feeInclusive
                : Math.min(dist.fees().toddlerClass(), cap), feeInclusive);
        double[] fee = {feeToddler, feeInclusive, feeMarket};

        // Spatial match: community-embedded seats are where families are; others only partly.
        double access = seats.communityEmbeddedShare() + (1 - seats.communityEmbeddedShare()) * b.matchFactor();
        double effToddler = seats.toddlerClass() * access;
        double effInclusive = seats.inclusive() * access;
        double effMarket = seats.market() * access;

        double eligibleShare = l.get(LeverKey.ELIGIBILITY) == 1 ? 1 - dist.nonHukouShare() : 1;
        boolean marketVoucher = l.get(LeverKey.VOUCHER_FOR_MARKET_SEATS) == 1;
        int maxQuintile = (int) l.get(LeverKey.TARGET_MAX_QUINTILE);
        boolean lowIncomeFirst = l.get(LeverKey.RATIONING) == 1;
        ByAge voucher = l.voucher();
        ByAge opSubsidyByAge = l.operatingSubsidy();
        double leaveFactor = leaveFactor(l, b);

        // 1-4: potential demand and acceptance per cell and seat type.
        // Acceptance depends only on the price and the quintile's income, and most cells of a quintile
        // share a price: the full fee (no voucher), or the fee less the same voucher. Acceptance at the
        // full fee is computed once per quintile and seat type, and the last voucher price is
        // remembered. Same inputs, same arithmetic, same numbers.
        WillingnessCurve curve = b.willingness();
        for (int q = 0; q < Q; q++) {
            double income = hhIncome * inc.multipliers().get(q);
            for (int t = 0; t < 3; t++) {
                w.fullWilling[t][q] = curve.willing(fee[t] / income);
                w.lastPrice[t][q] = Double.NaN;
            }
        }
        for (int a = 0; a < A; a++) {
            double n = children.get(a);
            double d0 = b.potentialDemandShare() * b.ageWeights().get(a) * (a == 0 ? leaveFactor : 1);
            for (int q = 0; q < Q; q++) {
                double income = hhIncome * inc.multipliers().get(q);
                double nq = n * inc.familyShares().get(q) * d0;
                for (int el = 0; el < 2; el++) {
                    int c = cell(a, q, el);
                    boolean eligible = el == 0 && q < maxQuintile;
                    w.demand[c] = nq * (el == 0 ? eligibleShare : 1 - eligibleShare);
                    for (int t = 0; t < 3; t++) {
                        double v = eligible && (t != MARKET || marketVoucher) ? Math.min(voucher.get(a), fee[t]) : 0;
                        w.voucher[t][c] = v;
                        w.price[t][c] = fee[t] - v;
                        double price = w.price[t][c];
                        if (v == 0) {
                            w.willing[t][c] = w.fullWilling[t][q];
                        } else {
                            if (price != w.lastPrice[t][q]) {
                                w.lastPrice[t][q] = price;
                                w.lastWilling[t][q] = curve.willing(price / income);
                            }
                            w.willing[t][c] = w.lastWilling[t][q];
                        }
                    }
                }
            }
        }

        // 6: toddler classes (A2 only), then other inclusive seats, then market seats.
        java.util.Arrays.fill(w.demandByQ, 0);
        for (int q = 0; q < Q; q++) {
            for (int el = 0; el < 2; el++) {
                int c = cell(2, q, el);
                w.demandByQ[q] += w.demand[c] * w.willing[TODDLER][c];
            }
        }
        ration(w.demandByQ, effToddler, lowIncomeFirst, w.rToddler);
        java.util.Arrays.fill(w.demandByQ, 0);
        for (int a = 0; a < A; a++) {
            for (int q = 0; q < Q; q++) {
                for (int el = 0; el < 2; el++) {
                    int c = cell(a, q, el);
                    w.pass[c] = a == 2 ? 1 - w.rToddler[q] : 1; // share not placed in a toddler class
                    w.demandByQ[q] += w.demand[c] * w.pass[c] * w.willing[INCLUSIVE][c];
                }
            }
        }
        ration(w.demandByQ, effInclusive, lowIncomeFirst, w.rInclusive);
        double marketDemand = 0;
        for (int a = 0; a < A; a++) {
            for (int q = 0; q < Q; q++) {
                for (int el = 0; el < 2; el++) {
                    int c = cell(a, q, el);
                    marketDemand += w.demand[c] * w.pass[c] * (1 - w.rInclusive[q]) * w.willing[MARKET][c];
                }
            }
        }
        double rMarket = marketDemand > effMarket ? effMarket / marketDemand : 1;

        // 7: outcomes per cell, folded into district and quintile totals.
        double monthly = b.monthsPerYear();
        double allowanceMonth = l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR) / 12;
        double deduction = l.get(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH);
        double threshold = b.affordabilityThreshold();
        double partTime = 1 - region.partTimeShare() * (1 - l.get(LeverKey.PART_TIME_RATE));
        double enrolledInclusive = 0, enrolledMarket = 0, potential = 0, unmetPrice = 0, unmetSeats = 0;
        double operating = 0, vouchers = 0, above = 0;
        double[] inclusiveByAge = new double[A];
        double inclusiveFeePaid = 0;
        for (int a = 0; a < A; a++) {
            boolean toddlerOpen = a == 2 && effToddler > 0;
            int first = toddlerOpen ? TODDLER : effInclusive > 0 ? INCLUSIVE : MARKET;
            double opSubsidy = opSubsidyByAge.get(a) * partTime;
            for (int q = 0; q < Q; q++) {
                double income = hhIncome * inc.multipliers().get(q);
                double offset = allowanceMonth + deduction * inc.marginalTaxRate().get(q);
                double rT = a == 2 ? w.rToddler[q] : 0;
                double rI = w.rInclusive[q];
                for (int el = 0; el < 2; el++) {
                    int c = cell(a, q, el);
                    double dp = w.demand[c];
                    if (dp == 0) continue;
                    double eT = dp * rT * w.willing[TODDLER][c];
                    double eI = dp * (1 - rT) * rI * w.willing[INCLUSIVE][c];
                    double eM = dp * (1 - rT) * (1 - rI) * w.willing[MARKET][c] * rMarket;
                    double enrolled = eT + eI + eM;
                    double uPrice = dp * (1 - w.willing[first][c]);
                    double uSeats = Math.max(0, dp - enrolled - uPrice);
                    double costT = Math.max(0, w.price[TODDLER][c] - offset);
                    double costI = Math.max(0, w.price[INCLUSIVE][c] - offset);
                    double costM = Math.max(0, w.price[MARKET][c] - offset);
                    // The seat open to the family: toddler class, else inclusive, else market.
                    double pT = rT, pI = (1 - rT) * rI, pM = 1 - pT - pI;
                    double aboveShare = (costT / income > threshold ? pT : 0) + (costI / income > threshold ? pI : 0)
                            + (costM / income > threshold ? pM : 0);
                    double facedCost = pT * costT + pI * costI + pM * costM;
                    double enrolledCost = eT * costT + eI * costI + eM * costM;

                    potential += dp;
                    enrolledInclusive += eT + eI;
                    enrolledMarket += eM;
                    unmetPrice += uPrice;
                    unmetSeats += uSeats;
                    above += dp * aboveShare;
                    inclusiveByAge[a] += eT + eI;
                    inclusiveFeePaid += eT * fee[TODDLER] + eI * fee[INCLUSIVE];
                    operating += (eT + eI) * opSubsidy * monthly;
                    vouchers += (eT * w.voucher[TODDLER][c] + eI * w.voucher[INCLUSIVE][c] + eM * w.voucher[MARKET][c]) * monthly;

                    gDemand[q] += dp;
                    gEnrolled[q] += enrolled;
                    gUnmetPrice[q] += uPrice;
                    gUnmetSeats[q] += uSeats;
                    gBurdenEnrolled[q] += enrolledCost / income;
                    gCostEnrolled[q] += enrolledCost;
                    gBurdenDemand[q] += dp * facedCost / income;
                    gCostDemand[q] += dp * facedCost;
                    gAbove[q] += dp * aboveShare;
                }
            }
        }
        double childrenTotal = children.sum();
        for (int q = 0; q < Q; q++) {
            double nq = childrenTotal * inc.familyShares().get(q);
            gChildren[q] += nq;
            gIncome[q] += nq * hhIncome * inc.multipliers().get(q);
        }

        // 5 (fiscal): every component of public spending this year.
        double[] fiscal = new double[FiscalComponent.COUNT];
        fiscal[FiscalComponent.OPERATING_SUBSIDY.ordinal()] = operating;
        fiscal[FiscalComponent.VOUCHERS.ordinal()] = vouchers;
        fiscal[FiscalComponent.ALLOWANCE.ordinal()] = l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR) * childrenTotal;
        double tax = 0;
        for (int q = 0; q < Q; q++) {
            tax += childrenTotal * inc.familyShares().get(q) * deduction * 12 * inc.marginalTaxRate().get(q);
        }
        fiscal[FiscalComponent.TAX_EXPENDITURE.ordinal()] = tax;
        fiscal[FiscalComponent.RENT_SUBSIDY.ordinal()] =
                l.get(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH) * 12 * seats.allInclusive();
        double births = children.a0();
        double insuredBirths = births * region.labour().insuredBirthShare();
        double daily = region.labour().dailyWage();
        fiscal[FiscalComponent.MATERNITY_ALLOWANCE.ordinal()] =
                l.get(LeverKey.MATERNITY_ALLOWANCE_DAYS) * daily * insuredBirths;
        double newSeats = 0, converted = 0;
        if (plan.building(k)) {
            newSeats = plan.newSeatsPerYear();
            converted = plan.converted();
            double newInclusive = plan.newInclusive() + plan.newToddler();
            fiscal[FiscalComponent.SEAT_GRANTS.ordinal()] = l.get(LeverKey.GRANT_PER_NEW_SEAT) * (newInclusive + converted);
            fiscal[FiscalComponent.INSTITUTION_GRANTS.ordinal()] =
                    l.get(LeverKey.GRANT_PER_NEW_INSTITUTION) * newSeats / region.seatsPerInstitution();
            fiscal[FiscalComponent.STAFF_GRANTS.ordinal()] = l.get(LeverKey.GRANT_PER_CERTIFIED_WORKER) * newSeats
                    * region.providerCosts().carersPerSeat(b.ageWeights().toArray());
            fiscal[FiscalComponent.CONSTRUCTION.ordinal()] = l.get(LeverKey.BUILD_COST_PER_SEAT) * plan.newCommunity();
        }
        // Employer cost of leave: wage paid for leave days the insurance fund does not pay (not public money).
        double employerDays = Math.max(0, l.get(LeverKey.MATERNITY_DAYS) - l.get(LeverKey.MATERNITY_ALLOWANCE_DAYS))
                + l.get(LeverKey.PATERNITY_DAYS);
        double employer = employerDays * daily * insuredBirths
                + 2 * l.get(LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR) * daily * childrenTotal * region.labour().insuredBirthShare();

        // 4 (providers): break-even utilisation of an inclusive centre and of a market centre.
        ProviderCosts pc = region.providerCosts();
        double[] mix = inclusiveByAge;
        double mixTotal = mix[0] + mix[1] + mix[2];
        if (mixTotal <= 0) {
            mix = b.ageWeights().toArray();
            mixTotal = mix[0] + mix[1] + mix[2];
        }
        double staff = 0, opAvg = 0;
        for (int a = 0; a < A; a++) {
            staff += mix[a] / mixTotal * pc.staffCostPerChildMonth(a);
            opAvg += mix[a] / mixTotal * opSubsidyByAge.get(a) * partTime;
        }
        double inclusiveFeeAvg = enrolledInclusive > 0 ? inclusiveFeePaid / enrolledInclusive : feeInclusive;
        double fixedBase = pc.rentPerM2Month() * pc.areaPerSeat() + pc.overheadPerSeatMonth() + pc.staffFixedShare() * staff;
        double fixedInclusive = Math.max(0, fixedBase - l.get(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH));
        double variable = (1 - pc.staffFixedShare()) * staff + pc.consumablesPerChildMonth();
        double breakEven = breakEven(fixedInclusive, inclusiveFeeAvg + opAvg - variable);
        double marketBreakEven = breakEven(fixedBase, feeMarket - variable);
        double inclusiveSeatsAll = seats.allInclusive();
        double u = inclusiveSeatsAll > 0 ? enrolledInclusive / inclusiveSeatsAll : 0;
        double costPerChild = u > 0 ? fixedInclusive / u + variable : Double.POSITIVE_INFINITY;
        double margin = u * (inclusiveFeeAvg + opAvg - variable) - fixedInclusive;

        return new DistrictResult(dist.id(), dist.nameZh(), dist.nameEn(), dist.zone(), dist.population(), children,
                seats.total(), seats.inclusive(), seats.toddlerClass(), seats.market(), effToddler + effInclusive + effMarket,
                newSeats, converted, potential, enrolledInclusive, enrolledMarket, unmetPrice, unmetSeats,
                feeInclusive, feeToddler, feeMarket, FiscalCost.of(fiscal), breakEven, marketBreakEven,
                costPerChild, margin, DistrictResult.ratio(above, potential), employer);
    }

    /** Share of the first year of life covered by leave; A0 demand falls by leaveEffect times it. */
    static double leaveFactor(LeverValues l, Behaviour b) {
        double days = l.get(LeverKey.MATERNITY_DAYS) + (1 - b.paternityOverlap()) * l.get(LeverKey.PATERNITY_DAYS)
                + 2 * l.get(LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR);
        return 1 - b.leaveEffect() * Math.min(1, days / 365.0);
    }

    private static double breakEven(double fixed, double contribution) {
        if (fixed <= 0) return 0;
        return contribution > 0 ? fixed / contribution : Double.POSITIVE_INFINITY;
    }

    /**
     * Share of willing demand in each quintile that gets a seat: the same share for all when
     * proportional, poorest quintiles first when {@code lowIncomeFirst}.
     */
    static void ration(double[] demandByQ, double capacity, boolean lowIncomeFirst, double[] out) {
        if (!lowIncomeFirst) {
            double total = 0;
            for (double x : demandByQ) total += x;
            double r = total > capacity ? capacity / total : 1;
            java.util.Arrays.fill(out, r);
            return;
        }
        double left = capacity;
        for (int q = 0; q < demandByQ.length; q++) {
            double dq = demandByQ[q];
            if (dq <= left) {
                out[q] = 1;
                left -= dq;
            } else {
                out[q] = left / dq;
                left = 0;
            }
        }
    }

    private static FiscalCost sumFiscal(List<DistrictResult> ds) {
        FiscalCost f = FiscalCost.ZERO;
        for (DistrictResult d : ds) f = f.plus(d.fiscal());
        return f;
    }

    private static double[] byPayer(Region region, FiscalCost f) {
        double[] r = new double[Payer.COUNT];
        for (Payer p : PAYERS) r[p.ordinal()] = f.byPayer(p, region.payers());
        return r;
    }

    private static Totals totals(Region region, List<DistrictResult> ds, List<IncomeGroupResult> groups) {
        double pop = 0, children = 0, seats = 0, inclusive = 0, market = 0, eff = 0, newSeats = 0, demand = 0;
        double eInc = 0, eMkt = 0, uP = 0, uS = 0, fiscal = 0, care = 0, employer = 0;
        double minInc = Double.POSITIVE_INFINITY, maxInc = 0;
        for (DistrictResult d : ds) {
            pop += d.population();
            children += d.childrenTotal();
            seats += d.seats();
            inclusive += d.inclusiveSeats() + d.toddlerClassSeats();
            market += d.marketSeats();
            eff += d.effectiveSeats();
            newSeats += d.newSeats();
            demand += d.potentialDemand();
            eInc += d.enrolledInclusive();
            eMkt += d.enrolledMarket();
            uP += d.unmetPrice();
            uS += d.unmetSeats();
            fiscal += d.fiscalCost();
            for (FiscalComponent c : COMPONENTS) {
                if (c.careService()) care += d.fiscal().get(c);
            }
            employer += d.employerLeaveCost();
            double perK = (d.inclusiveSeats() + d.toddlerClassSeats()) / d.population() * 1000;
            minInc = Math.min(minInc, perK);
            maxInc = Math.max(maxInc, perK);
        }
        double above = 0;
        for (IncomeGroupResult g : groups) above += g.shareAboveThreshold() * g.potentialDemand();
        return new Totals(pop, children, seats, inclusive, market, eff, newSeats, demand, eInc + eMkt, eInc, eMkt,
                uP, uS, fiscal, care, DistrictResult.ratio(above, demand), maxInc > 0 ? minInc / maxInc : 0, employer);
    }
}
