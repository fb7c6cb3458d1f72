package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mechanism of MODEL.md sections 3-5 on a one-district region, expected values by hand. */
class EvaluatorTest {

    private static final double EPS = 1e-6;
    /** w at burden 0.3 with b50 0.2, s 0.05: 1 / (1 + e^2). */
    private static final double W_MARKET = 1 / (1 + Math.exp(2));

    @Test
    void potentialDemandIsShareTimesAgeWeightTimesChildren() {
        // 0.5 x (0.2 x 1000 + 0.5 x 1000 + 1.0 x 1000) = 850
        DistrictResult d = TinyRegion.firstV1(TinyRegion.flat(), TinyRegion.noPolicy()).district("a");
        assertEquals(850, d.potentialDemand(), EPS);
    }

    @Test
    void leaveDaysCoveringTheFirstYearReduceInfantDemand() {
        // 158 maternity days + 2 x 5 parental days = 168 of 365 days covered; paternity overlaps maternity.
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.MATERNITY_DAYS, 158).with(LeverKey.PATERNITY_DAYS, 15)
                .with(LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR, 5);
        double factor = EvaluatorV1.leaveFactor(l, TinyRegion.behaviour());
        assertEquals(1 - 168.0 / 365, factor, EPS);
        DistrictResult d = TinyRegion.firstV1(TinyRegion.flat(), l).district("a");
        assertEquals(0.5 * (0.2 * 1000 * factor + 500 + 1000), d.potentialDemand(), EPS);
    }

    @Test
    void inclusiveSeatsRationedThenRationedFamiliesReconsiderMarketSeats() {
        // Inclusive fee 2000 = burden 0.2 = b50: 425 of 850 willing; 100 seats -> r = 100/425.
        // Market: 850 x (1 - 100/425) x w(0.3) = 650 x 0.1192 = 77.48 of 1000 seats.
        DistrictResult d = TinyRegion.firstV1(TinyRegion.flat(), TinyRegion.noPolicy()).district("a");
        assertEquals(100, d.enrolledInclusive(), EPS);
        assertEquals(650 * W_MARKET, d.enrolledMarket(), EPS);
        assertEquals(425, d.unmetPrice(), EPS);                         // unwilling even at the inclusive fee
        assertEquals(850 - 100 - 650 * W_MARKET - 425, d.unmetSeats(), EPS);
        assertEquals((100 + 650 * W_MARKET) / 3000, d.enrolmentRate(), EPS);
        assertEquals((100 + 650 * W_MARKET) / 1100, d.utilisation(), EPS);
    }

    @Test
    void spatialMatchShrinksSeatsThatAreNotCommunityEmbedded() {
        // No community-embedded seats, match 0.8: 100 inclusive seats act as 80.
        District dist = TinyRegion.district("a", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(100, 1000, 0, 0),
                new Fees(2000, 3000, Double.NaN));
        Region r = TinyRegion.region(List.of(dist), ByQuintile.uniform(1), ByQuintile.uniform(0));
        DistrictResult d = TinyRegion.firstV1(r, TinyRegion.noPolicy()).district("a");
        assertEquals(880, d.effectiveSeats(), EPS);
        assertEquals(80, d.enrolledInclusive(), EPS);
    }

    @Test
    void operatingSubsidyPaysPerEnrolledInclusiveChildMonth() {
        // 100 inclusive children x 1000 x 12; market children earn nothing.
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.OPERATING_SUBSIDY_A0, 1000)
                .with(LeverKey.OPERATING_SUBSIDY_A1, 1000).with(LeverKey.OPERATING_SUBSIDY_A2, 1000);
        YearResult y = TinyRegion.firstV1(TinyRegion.flat(), l);
        assertEquals(1_200_000, y.fiscal().get(FiscalComponent.OPERATING_SUBSIDY), EPS);
        assertEquals(600_000, y.byPayer(Payer.CITY), EPS);
    }

    @Test
    void voucherLowersThePriceAndIsPaidOnlyWhileAChildAttends() {
        // Voucher 500: inclusive price 1500 -> burden 0.15 -> w = 1/(1+e^-1) = 0.7311; still more than 100 seats
        // wanted, so 100 enrol and the voucher costs 100 x 500 x 12. Market seats are not eligible.
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.VOUCHER_A0, 500).with(LeverKey.VOUCHER_A1, 500).with(LeverKey.VOUCHER_A2, 500);
        YearResult y = TinyRegion.firstV1(TinyRegion.flat(), l);
        DistrictResult d = y.district("a");
        double wInc = 1 / (1 + Math.exp(-1));
        assertEquals(100, d.enrolledInclusive(), EPS);
        assertEquals(850 * (1 - wInc), d.unmetPrice(), EPS);
        assertEquals(600_000, y.fiscal().get(FiscalComponent.VOUCHERS), EPS);
        // Rationed families now reconsider the market: 850 x (1 - 100 / (850 x wInc)) x w(0.3)
        assertEquals((850 - 100 / wInc) * W_MARKET, d.enrolledMarket(), 1e-6);
    }

    @Test
    void hukouOnlyVouchersReachOnlyTheHukouShare() {
        // nonHukouShare 0.4, and enough seats for everyone: the voucher bill falls to 60% of the residents' bill.
        District dist = TinyRegion.district("a", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(5000, 0, 0, 1),
                new Fees(2000, 3000, Double.NaN));
        Region r = TinyRegion.region(List.of(dist), ByQuintile.uniform(1), ByQuintile.uniform(0));
        LeverValues residents = TinyRegion.noPolicy().with(LeverKey.VOUCHER_A2, 1000);
        LeverValues hukou = residents.with(LeverKey.ELIGIBILITY, 1);
        // residents: A2 demand 500, price 1000 -> b 0.1 -> w = 1/(1+e^-2); all enrol; bill = 500 w x 1000 x 12
        double w1000 = 1 / (1 + Math.exp(-2));
        double billResidents = TinyRegion.firstV1(r, residents).fiscal().get(FiscalComponent.VOUCHERS);
        assertEquals(500 * w1000 * 1000 * 12, billResidents, 1e-6);
        double billHukou = TinyRegion.firstV1(r, hukou).fiscal().get(FiscalComponent.VOUCHERS);
        assertEquals(0.6 * billResidents, billHukou, 1e-6);
    }

    @Test
    void targetingLimitsVouchersToLowerQuintiles() {
        District dist = TinyRegion.district("a", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(5000, 0, 0, 1),
                new Fees(2000, 3000, Double.NaN));
        Region r = TinyRegion.region(List.of(dist), ByQuintile.uniform(1), ByQuintile.uniform(0));
        LeverValues all = TinyRegion.noPolicy().with(LeverKey.VOUCHER_A2, 1000);
        double billAll = TinyRegion.firstV1(r, all).fiscal().get(FiscalComponent.VOUCHERS);
        double billTwo = TinyRegion.firstV1(r, all.with(LeverKey.TARGET_MAX_QUINTILE, 2)).fiscal().get(FiscalComponent.VOUCHERS);
        // identical quintiles here, so two of five quintiles cost exactly two fifths
        assertEquals(0.4 * billAll, billTwo, 1e-6);
    }

    @Test
    void lowIncomeFirstRationingFillsThePoorestQuintilesFirst() {
        // Incomes differ by quintile; 100 inclusive seats go to Q1 before anyone else.
        Region r = TinyRegion.one(new ByQuintile(0.6, 0.8, 1.0, 1.2, 1.4));
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.RATIONING, 1);
        YearResult prop = TinyRegion.firstV1(r, TinyRegion.noPolicy());
        YearResult low = TinyRegion.firstV1(r, l);
        assertEquals(100, low.district("a").enrolledInclusive(), EPS);
        // Q1 willing at 2000 with income 6000: burden 1/3 -> w = 1/(1+e^(2.667)); demand 170 -> 170 w fits in 100 seats
        double q1Willing = 170 / (1 + Math.exp((2000.0 / 6000 - 0.2) / 0.05));
        assertEquals(q1Willing, low.group(IncomeGroup.Q1).enrolled(), 1e-6);
        assertTrue(low.group(IncomeGroup.Q1).enrolled() > prop.group(IncomeGroup.Q1).enrolled());
        assertTrue(low.group(IncomeGroup.Q5).enrolled() < prop.group(IncomeGroup.Q5).enrolled());
    }

    @Test
    void feeCapSetsTheInclusiveFeeFromHouseholdIncome() {
        // cap 15% of 10,000 = 1,500 < listed 2,000
        DistrictResult d = TinyRegion.firstV1(TinyRegion.flat(), TinyRegion.noPolicy().with(LeverKey.FEE_CAP_SHARE, 0.15)).district("a");
        assertEquals(1500, d.inclusiveFee(), EPS);
        assertEquals(3000, d.marketFee(), EPS);
    }

    @Test
    void allowanceAndTaxDeductionCostMoneyButDoNotChangeEnrolment() {
        Region r = TinyRegion.one(ByQuintile.uniform(1));
        Region taxed = TinyRegion.region(List.of(TinyRegion.one()), ByQuintile.uniform(1), new ByQuintile(0, 0, 0.03, 0.1, 0.2));
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600)
                .with(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH, 2000);
        YearResult y = TinyRegion.firstV1(taxed, l);
        assertEquals(3000 * 3600, y.fiscal().get(FiscalComponent.ALLOWANCE), EPS);
        // 600 children per quintile x 2000 x 12 x (0 + 0 + 0.03 + 0.1 + 0.2)
        assertEquals(600 * 2000 * 12 * 0.33, y.fiscal().get(FiscalComponent.TAX_EXPENDITURE), 1e-6);
        assertEquals(TinyRegion.firstV1(r, TinyRegion.noPolicy()).totals().enrolled(), y.totals().enrolled(), EPS);
        // ... but they lower the net burden: 3600/12 = 300 off the monthly cost for Q1 (no tax)
        double before = TinyRegion.firstV1(taxed, TinyRegion.noPolicy()).group(IncomeGroup.Q1).meanNetCostMonth();
        assertEquals(before - 300, y.group(IncomeGroup.Q1).meanNetCostMonth(), 1e-6);
    }

    @Test
    void maternityAllowanceIsDaysTimesDailyWageTimesInsuredBirths() {
        // 128 days x (7200 / 30 = 240 元) x 1000 births x 0.5 insured
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.MATERNITY_DAYS, 158).with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 128);
        YearResult y = TinyRegion.firstV1(TinyRegion.flat(), l);
        assertEquals(128 * 240.0 * 500, y.fiscal().get(FiscalComponent.MATERNITY_ALLOWANCE), 1e-6);
        assertEquals(128 * 240.0 * 500, y.byPayer(Payer.INSURANCE_FUND), 1e-6);
        // employers pay the 30 days the fund does not
        assertEquals(30 * 240.0 * 500, y.totals().employerLeaveCost(), 1e-6);
    }

    @Test
    void breakEvenUtilisationIsFixedCostOverContribution() {
        // Inclusive enrolment is all A-band mix of the rationed demand: A0 20, A1 50, A2 100 (proportional).
        // staff per child: 7000/3, 7000/5, 7000/7 -> mix-weighted (20 x 2333.3 + 50 x 1400 + 100 x 1000) / 170
        double staff = (20 * 7000 / 3.0 + 50 * 1400.0 + 100 * 1000.0) / 170;
        double fixed = 50 * 10 + 500 + 0.5 * staff;
        double variable = 0.5 * staff + 300;
        DistrictResult d = TinyRegion.firstV1(TinyRegion.flat(), TinyRegion.noPolicy()).district("a");
        assertEquals(fixed / (2000 - variable), d.breakEvenUtilisation(), 1e-9);
        // at 100% utilisation of 100 seats: margin = 1 x (2000 - variable) - fixed
        assertEquals(2000 - variable - fixed, d.providerMarginPerSeatMonth(), 1e-9);
    }

    @Test
    void seatsGrowToTheTargetOverTheBuildYearsAndGrantsFallInThoseYears() {
        // 100,000 residents x 20 per 1000 = 2000 seats; 1100 today -> 900 over 3 years = 300 a year.
        // Inclusive target 60% of 2000 = 1200; 100 today -> all 900 new seats inclusive, plus 200 accredited.
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.TARGET_PER_THOUSAND, 20).with(LeverKey.YEARS_TO_TARGET, 3)
                .with(LeverKey.INCLUSIVE_SHARE_TARGET, 0.6).with(LeverKey.GRANT_PER_NEW_SEAT, 3000)
                .with(LeverKey.COMMUNITY_EMBEDDED_SHARE_OF_NEW, 0.5).with(LeverKey.BUILD_COST_PER_SEAT, 10_000);
        Scenario s = new Scenario("t", TinyRegion.flat(), Levers.of(l), TinyRegion.behaviour(), new Horizon(2024, 5));
        ScenarioResult r = EvaluatorV1.evaluate(s);
        assertEquals(1100, r.year(2024).totals().seats(), EPS);
        assertEquals(1400, r.year(2025).totals().seats(), EPS);
        assertEquals(2000, r.year(2027).totals().seats(), EPS);
        assertEquals(2000, r.year(2028).totals().seats(), EPS);
        assertEquals(1200, r.year(2027).totals().inclusiveSeats(), EPS);
        assertEquals(0, r.year(2024).fiscal().get(FiscalComponent.SEAT_GRANTS), EPS);
        // (300 new inclusive + 200/3 accredited) x 3000 in each build year
        assertEquals((300 + 200 / 3.0) * 3000, r.year(2025).fiscal().get(FiscalComponent.SEAT_GRANTS), 1e-6);
        assertEquals(150 * 10_000, r.year(2026).fiscal().get(FiscalComponent.CONSTRUCTION), 1e-6);
        assertEquals(0, r.year(2028).fiscal().get(FiscalComponent.SEAT_GRANTS), EPS);
    }

    @Test
    void cohortsAgeAndLeave() {
        // Births trend 0: A0 stays 1000; year 1's A1 is year 0's A0, and the old A2 is gone.
        District dist = TinyRegion.district("a", 100_000, new ByAge(900, 1000, 1100), new SeatStock(100, 1000, 0, 1),
                new Fees(2000, 3000, Double.NaN));
        Region r = TinyRegion.region(List.of(dist), ByQuintile.uniform(1), ByQuintile.uniform(0));
        ScenarioResult res = EvaluatorV1.evaluate(new Scenario("t", r, Levers.of(TinyRegion.noPolicy()), TinyRegion.behaviour(),
                new Horizon(2024, 3)));
        assertEquals(new ByAge(900, 1000, 1100), res.year(2024).district("a").children());
        assertEquals(new ByAge(900, 900, 1000), res.year(2025).district("a").children());
        assertEquals(new ByAge(900, 900, 900), res.year(2026).district("a").children());
    }

    @Test
    void fiscalTotalIsTheSumOfItsComponentsAndOfItsPayers() {
        LeverValues l = TinyRegion.noPolicy().with(LeverKey.OPERATING_SUBSIDY_A2, 800).with(LeverKey.VOUCHER_A1, 300)
                .with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600).with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 128)
                .with(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH, 100);
        YearResult y = TinyRegion.firstV1(TinyRegion.flat(), l);
        double sum = 0;
        for (FiscalComponent c : FiscalComponent.values()) sum += y.fiscal().get(c);
        assertEquals(sum, y.totals().fiscalCost(), 1e-6);
        double payers = 0;
        for (Payer p : Payer.values()) payers += y.byPayer(p);
        assertEquals(sum, payers, 1e-6);
    }
}
