package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The one catalogue of what the engine reports: the JSON name, the labels, the unit, which direction a user
 * calls better, and how to read the number for the region, a district or an income quintile. The JSON
 * report, the workbook, the app's tables, the command line, the goal seeker and the workshop all read
 * indicators through this list, so a name or a label is written once.
 * A reader is null where the indicator does not exist at that scope.
 */
public enum Indicator implements Labelled.Held {
    POPULATION("population", "常住人口", "resident population", IndicatorUnit.PEOPLE, Better.NEITHER,
            y -> y.totals().population(), DistrictResult::population, null),
    CHILDREN("children", "0–3岁儿童", "children under 3", IndicatorUnit.CHILDREN, Better.NEITHER,
            y -> y.totals().children(), DistrictResult::childrenTotal, IncomeGroupResult::children),
    SEATS("seats", "托位", "seats", IndicatorUnit.SEATS, Better.NEITHER,
            y -> y.totals().seats(), DistrictResult::seats, null),
    INCLUSIVE_SEATS("inclusiveSeats", "普惠托位（含托班）", "inclusive seats (incl. toddler classes)",
            IndicatorUnit.SEATS, Better.NEITHER,
            y -> y.totals().inclusiveSeats(), d -> d.inclusiveSeats() + d.toddlerClassSeats(), null),
    TODDLER_CLASS_SEATS("toddlerClassSeats", "幼儿园托班托位", "toddler-class seats", IndicatorUnit.SEATS,
            Better.NEITHER, Indicator::toddlerClassSeats, DistrictResult::toddlerClassSeats, null),
    MARKET_SEATS("marketSeats", "市场化托位", "market seats", IndicatorUnit.SEATS, Better.NEITHER,
            y -> y.totals().marketSeats(), DistrictResult::marketSeats, null),
    EFFECTIVE_SEATS("effectiveSeats", "有效托位", "effective seats", IndicatorUnit.SEATS, Better.NEITHER,
            y -> y.totals().effectiveSeats(), DistrictResult::effectiveSeats, null),
    NEW_SEATS("newSeats", "新增托位", "new seats", IndicatorUnit.SEATS, Better.NEITHER,
            y -> y.totals().newSeats(), DistrictResult::newSeats, null),
    CONVERTED_SEATS("convertedSeats", "转为普惠的托位", "seats converted to inclusive", IndicatorUnit.SEATS,
            Better.NEITHER, null, DistrictResult::convertedSeats, null),
    SEATS_PER_THOUSAND("seatsPerThousand", "每千人托位数", "seats per 1000 residents", IndicatorUnit.PER_THOUSAND,
            Better.HIGHER, y -> y.totals().seatsPerThousand(), DistrictResult::seatsPerThousand, null),
    INCLUSIVE_SHARE("inclusiveShare", "普惠托位占比", "inclusive share of seats", IndicatorUnit.SHARE, Better.HIGHER,
            y -> y.totals().inclusiveShare(), Indicator::inclusiveShare, null),
    POTENTIAL_DEMAND("potentialDemand", "潜在需求", "potential demand", IndicatorUnit.CHILDREN, Better.NEITHER,
            y -> y.totals().potentialDemand(), DistrictResult::potentialDemand, IncomeGroupResult::potentialDemand),
    ENROLLED("enrolled", "在托儿童", "children enrolled", IndicatorUnit.CHILDREN, Better.HIGHER,
            y -> y.totals().enrolled(), DistrictResult::enrolled, IncomeGroupResult::enrolled),
    ENROLLED_INCLUSIVE("enrolledInclusive", "普惠在托", "enrolled in inclusive seats", IndicatorUnit.CHILDREN,
            Better.HIGHER, y -> y.totals().enrolledInclusive(), DistrictResult::enrolledInclusive, null),
    ENROLLED_MARKET("enrolledMarket", "市场化在托", "enrolled in market seats", IndicatorUnit.CHILDREN,
            Better.NEITHER, y -> y.totals().enrolledMarket(), DistrictResult::enrolledMarket, null),
    ENROLMENT_RATE("enrolmentRate", "入托率", "enrolment rate", IndicatorUnit.SHARE, Better.HIGHER,
            y -> y.totals().enrolmentRate(), DistrictResult::enrolmentRate, IncomeGroupResult::enrolmentRate),
    UTILISATION("utilisation", "托位使用率", "seat utilisation", IndicatorUnit.SHARE, Better.HIGHER,
            y -> y.totals().utilisation(), DistrictResult::utilisation, null),
    INCLUSIVE_UTILISATION("inclusiveUtilisation", "普惠托位使用率", "inclusive-seat utilisation", IndicatorUnit.SHARE,
            Better.HIGHER, Indicator::inclusiveUtilisation, DistrictResult::inclusiveUtilisation, null),
    UNMET_PRICE("unmetPrice", "托不起", "priced out", IndicatorUnit.CHILDREN, Better.LOWER,
            y -> y.totals().unmetPrice(), DistrictResult::unmetPrice, IncomeGroupResult::unmetPrice),
    UNMET_SEATS("unmetSeats", "没地托", "no seat", IndicatorUnit.CHILDREN, Better.LOWER,
            y -> y.totals().unmetSeats(), DistrictResult::unmetSeats, IncomeGroupResult::unmetSeats),
    GENERAL_BUDGET("generalBudget", "一般公共预算支出", "general budget", IndicatorUnit.YUAN_PER_YEAR, Better.LOWER,
            y -> y.accounts().generalBudget(), d -> d.accounts().generalBudget(), null),
    INSURANCE_FUND("insuranceFund", "生育保险基金支出", "insurance fund", IndicatorUnit.YUAN_PER_YEAR, Better.LOWER,
            y -> y.accounts().insuranceFund(), d -> d.accounts().insuranceFund(), null),
    TAX_EXPENDITURE("taxExpenditure", "税式支出", "tax expenditure", IndicatorUnit.YUAN_PER_YEAR, Better.LOWER,
            y -> y.accounts().taxExpenditure(), d -> d.accounts().taxExpenditure(), null),
    /** A district's public money is its fiscal cost (FISCAL_COST), so the district tables list that once. */
    PUBLIC_MONEY("publicMoney", "公共资金合计（三个账户）", "public money, all three accounts",
            IndicatorUnit.YUAN_PER_YEAR, Better.LOWER, y -> y.accounts().publicMoney(), null, null),
    FISCAL_COST("fiscalCost", "财政成本（三个账户之和）", "fiscal cost (sum of the three accounts)",
            IndicatorUnit.YUAN_PER_YEAR, Better.LOWER, y -> y.totals().fiscalCost(), DistrictResult::fiscalCost, null),
    CARE_SERVICE_COST("careServiceCost", "托育服务支出", "care-service spending", IndicatorUnit.YUAN_PER_YEAR,
            Better.LOWER, y -> y.totals().careServiceCost(), null, null),
    COST_PER_ENROLLED_CHILD("costPerEnrolledChild", "每名在托儿童托育服务支出", "care spending per enrolled child",
            IndicatorUnit.YUAN_PER_CHILD_YEAR, Better.LOWER, y -> y.totals().costPerEnrolledChild(), null, null),
    SHARE_ABOVE_THRESHOLD("shareAboveThreshold", "负担超过阈值的家庭占比", "share above the affordability threshold",
            IndicatorUnit.SHARE, Better.LOWER, y -> y.totals().shareAboveThreshold(),
            DistrictResult::shareAboveThreshold, IncomeGroupResult::shareAboveThreshold),
    INCLUSIVE_SPREAD("inclusiveSpread", "区间普惠托位均衡度", "evenness of inclusive seats across districts",
            IndicatorUnit.RATIO, Better.HIGHER, y -> y.totals().inclusiveSpread(), null, null),
    FISCAL_COST_PER_CHILD("fiscalCostPerChild", "每名0–3岁儿童财政成本", "fiscal cost per child under 3",
            IndicatorUnit.YUAN_PER_CHILD_YEAR, Better.NEITHER, null,
            d -> DistrictResult.ratio(d.fiscalCost(), d.childrenTotal()), null),
    EMPLOYER_LEAVE_COST("employerLeaveCost", "用人单位假期成本", "employer cost of leave", IndicatorUnit.YUAN_PER_YEAR,
            Better.LOWER, y -> y.totals().employerLeaveCost(), DistrictResult::employerLeaveCost, null),
    INCLUSIVE_FEE("inclusiveFee", "普惠托育收费", "inclusive fee", IndicatorUnit.YUAN_PER_MONTH, Better.LOWER,
            null, DistrictResult::inclusiveFee, null),
    TODDLER_CLASS_FEE("toddlerClassFee", "托班收费", "toddler-class fee", IndicatorUnit.YUAN_PER_MONTH, Better.LOWER,
            null, DistrictResult::toddlerClassFee, null),
    MARKET_FEE("marketFee", "市场化托育收费", "market fee", IndicatorUnit.YUAN_PER_MONTH, Better.NEITHER,
            null, DistrictResult::marketFee, null),
    BREAK_EVEN_UTILISATION("breakEvenUtilisation", "普惠机构盈亏平衡使用率", "inclusive break-even utilisation",
            IndicatorUnit.SHARE, Better.LOWER, null, DistrictResult::breakEvenUtilisation, null),
    /** How far the inclusive seats' use lies above (below, negative) the use at which a centre breaks even. */
    UTILISATION_ABOVE_BREAK_EVEN("utilisationAboveBreakEven", "普惠托位使用率高于保本", "inclusive utilisation above break-even",
            IndicatorUnit.POINTS, Better.HIGHER, null,
            d -> d.inclusiveUtilisation() - d.breakEvenUtilisation(), null),
    MARKET_BREAK_EVEN_UTILISATION("marketBreakEvenUtilisation", "市场化机构盈亏平衡使用率",
            "market break-even utilisation", IndicatorUnit.SHARE, Better.LOWER, null,
            DistrictResult::marketBreakEvenUtilisation, null),
    PROVIDER_COST_PER_CHILD_MONTH("providerCostPerChildMonth", "普惠机构每童月成本",
            "inclusive-centre cost per child-month",
            IndicatorUnit.YUAN_PER_MONTH, Better.LOWER, null, DistrictResult::providerCostPerChildMonth, null),
    PROVIDER_MARGIN_PER_SEAT_MONTH("providerMarginPerSeatMonth", "普惠机构每托位月盈余",
            "inclusive-centre margin per seat-month",
            IndicatorUnit.YUAN_PER_MONTH, Better.HIGHER, null, DistrictResult::providerMarginPerSeatMonth, null),
    HOUSEHOLD_INCOME_MONTH("householdIncomeMonth", "家庭月收入", "household income per month",
            IndicatorUnit.YUAN_PER_MONTH, Better.NEITHER, null, null, IncomeGroupResult::householdIncomeMonth),
    MEAN_NET_BURDEN("meanNetBurden", "平均净负担率", "mean net burden", IndicatorUnit.SHARE, Better.LOWER,
            null, null, IncomeGroupResult::meanNetBurden),
    MEAN_NET_COST_MONTH("meanNetCostMonth", "平均月净支出", "mean net cost per month", IndicatorUnit.YUAN_PER_MONTH,
            Better.LOWER, null, null, IncomeGroupResult::meanNetCostMonth);

    /** Which way a user reads a change as an improvement; NEITHER for counts that only describe. */
    public enum Better { HIGHER, LOWER, NEITHER }

    /** Where an indicator can be read. */
    public enum Scope { REGION, DISTRICT, GROUP }

    private final Label label;
    private final IndicatorUnit unit;
    private final Better better;
    private final ToDoubleFunction<YearResult> region;
    private final ToDoubleFunction<DistrictResult> district;
    private final ToDoubleFunction<IncomeGroupResult> group;

    Indicator(String key, String labelZh, String labelEn, IndicatorUnit unit, Better better,
              ToDoubleFunction<YearResult> region, ToDoubleFunction<DistrictResult> district,
              ToDoubleFunction<IncomeGroupResult> group) {
        this.label = new Label(key, labelZh, labelEn);
        this.unit = unit;
        this.better = better;
        this.region = region;
        this.district = district;
        this.group = group;
    }

    @Override
    public Label label() { return label; }

    public IndicatorUnit unit() { return unit; }

    public Better better() { return better; }

    public boolean has(Scope scope) {
        switch (scope) {
            case REGION: return region != null;
            case DISTRICT: return district != null;
            default: return group != null;
        }
    }

    public double of(YearResult y) { return require(region, Scope.REGION).applyAsDouble(y); }

    public double of(DistrictResult d) { return require(district, Scope.DISTRICT).applyAsDouble(d); }

    public double of(IncomeGroupResult g) { return require(group, Scope.GROUP).applyAsDouble(g); }

    /** The indicators readable at a scope, in catalogue order (the order of tables and JSON). */
    public static List<Indicator> at(Scope scope) {
        List<Indicator> r = new ArrayList<>();
        for (Indicator i : values()) {
            if (i.has(scope)) r.add(i);
        }
        return Collections.unmodifiableList(r);
    }

    public static Indicator fromKey(String key) { return Labelled.fromKey(values(), key); }

    private <T> T require(T reader, Scope scope) {
        if (reader == null) {
            throw new IllegalArgumentException("indicator " + key() + " has no " + scope.name().toLowerCase()
                    + " value");
        }
        return reader;
    }

    private static double toddlerClassSeats(YearResult y) {
        double s = 0;
        for (DistrictResult d : y.districts()) s += d.toddlerClassSeats();
        return s;
    }

    private static double inclusiveShare(DistrictResult d) {
        return DistrictResult.ratio(d.inclusiveSeats() + d.toddlerClassSeats(), d.seats());
    }

    private static double inclusiveUtilisation(YearResult y) {
        double enrolled = 0;
        double seats = 0;
        for (DistrictResult d : y.districts()) {
            enrolled += d.enrolledInclusive();
            seats += d.inclusiveSeats() + d.toddlerClassSeats();
        }
        return DistrictResult.ratio(enrolled, seats);
    }
}
