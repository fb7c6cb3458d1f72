package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The properties of MODEL.md §14 on random synthetic regions (one to three districts of random size, income, seats,
 * fees and hukou mix) and random lever sets, each a property a user would notice broken: money that does not add up,
 * children who appear or vanish, negative or overfull seats, a subsidy that lowers enrolment. Each case is drawn from
 * its own seeded generator, so the suite gives the same verdict on every run (a merge is never refused by a sample no
 * one has seen) and a failing case is named by its number; change {@link #SEED} to explore others. One draw in ten of
 * every range is its end point, where edge cases live (no seats, the lowest income, the highest fee).
 * Plain JUnit rather than a property library: decision 0048.
 */
class ModelPropertiesTest {

    private static final long SEED = 20261201L;

    private static final int YEARS = 3;

    /** What a district is drawn from, so that a test can change one thing of it. */
    record Spec(ByAge children, double income, double nonHukou, SeatStock seats, Fees fees, double trend) {
        District district(String id) {
            return new District(id, id, id, "0000", FunctionalZone.URBAN, 40 * children.sum(), nonHukou, children, income,
                    2.8, seats, fees, trend,
                1, Double.NaN, Double.NaN, null);
        }

        Spec withIncome(double v) { return new Spec(children, v, nonHukou, seats, fees, trend); }

        Spec withNonHukou(double v) { return new Spec(children, income, v, seats, fees, trend); }
    }

    /** One random case: a region, a lever set, a district and an amount drawn in [0, 1) for the test to scale. */
    record Case(int number, Region region, LeverValues levers, Spec district, double amount) {
        double amount(double lo, double hi) { return lo + amount * (hi - lo); }

        @Override
        public String toString() { return "case " + number; }
    }

    /** The generator of case {@code n}: its own stream, so that adding a draw to one case leaves the others. */
    private static final class Draw {
        private final SplittableRandom r;

        Draw(int n) { r = new SplittableRandom(SEED * 1_000_003L + n); }

        double between(double lo, double hi) {
            double u = r.nextDouble();
            if (u < 0.05) return lo;
            if (u < 0.10) return hi;
            return lo + r.nextDouble() * (hi - lo);
        }

        int whole(int lo, int hi) { return r.nextInt(lo, hi + 1); }

        /** A random district: sizes, income, seats by mode, fees and hukou mix. */
        Spec district() {
            ByAge children = new ByAge(between(50, 6000), between(50, 6000), between(50, 6000));
            double income = between(15_000, 150_000), nonHukou = between(0, 0.8);
            SeatStock seats = new SeatStock(between(0, 3000), between(0, 3000), between(0, 1000), between(0, 1));
            Fees fees = new Fees(between(600, 4500), between(1200, 9000), Double.NaN);
            return new Spec(children, income, nonHukou, seats, fees, between(-0.1, 0.1));
        }

        Region region() {
            int n = whole(1, 3);
            List<District> named = new ArrayList<>();
            for (int i = 0; i < n; i++) named.add(district().district("d" + i));
            return Fixtures.region(named, null);
        }

        /** A random lever set: money in every group, a rationing rule, eligibility, a fee cap and a seat target. */
        LeverValues levers() {
            LeverValues l = LeverValues.DEFAULTS
                    .with(LeverKey.VOUCHER_A0, between(0, 2500)).with(LeverKey.VOUCHER_A1, between(0, 2500))
                    .with(LeverKey.VOUCHER_A2, between(0, 2500)).with(LeverKey.RATIONING, whole(0, 2))
                    .with(LeverKey.ELIGIBILITY, whole(0, 1))
                    .with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, between(0, 10_000))
                    .with(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH, between(0, 2500));
            double subsidy = between(0, 2500), grant = between(0, 2500);
            double[] incomeShares = {0.0, 0.05, 0.1, 0.2};
            return l.with(LeverKey.OPERATING_SUBSIDY_A0, subsidy).with(LeverKey.OPERATING_SUBSIDY_A1, subsidy)
                    .with(LeverKey.OPERATING_SUBSIDY_A2, subsidy).with(LeverKey.FEE_CAP_SHARE, between(0.05, 1))
                    .with(LeverKey.INCOME_RELATED_FEE_SHARE, incomeShares[whole(0, 3)])
                    .with(LeverKey.TARGET_PER_THOUSAND, whole(0, 12)).with(LeverKey.INCLUSIVE_SHARE_TARGET, 0.5)
                    .with(LeverKey.YEARS_TO_TARGET, 2).with(LeverKey.GRANT_PER_NEW_SEAT, grant * 4)
                    .with(LeverKey.GRANT_PER_NEW_INSTITUTION, grant * 100).with(LeverKey.GRANT_PER_CERTIFIED_WORKER, grant)
                    .with(LeverKey.BUILD_COST_PER_SEAT, grant * 10).with(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH, subsidy / 10)
                    .with(LeverKey.TODDLER_CLASS_SHARE_OF_NEW, 0.3).with(LeverKey.COMMUNITY_EMBEDDED_SHARE_OF_NEW, 0.5)
                    .with(LeverKey.OPERATING_SUBSIDY_FOR_MARKET_SEATS, whole(0, 1))
                    .with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 98).with(LeverKey.MATERNITY_DAYS, 128);
        }
    }

    private static Stream<Case> cases(int count) {
        return IntStream.range(0, count).mapToObj(n -> {
            Draw d = new Draw(n);
            Region region = d.region();
            LeverValues levers = d.levers();
            Spec district = d.district();
            return new Case(n, region, levers, district, d.between(0.0, 1.0));
        });
    }

    static Stream<Case> eighty() { return cases(80); }

    static Stream<Case> sixty() { return cases(60); }

    static Stream<Case> forty() { return cases(40); }

    private static ScenarioResult run(Region r, LeverValues l, int years) {
        return Evaluator.evaluate(new Scenario("p", r, Levers.of(l), Fixtures.behaviour(), new Horizon(2024, years)));
    }

    private static void close(double want, double got, String what) {
        assertEquals(want, got, 1e-7 * Math.max(1, Math.abs(want)), what);
    }

    @ParameterizedTest
    @MethodSource("eighty")
    void publicMoneyAddsUpByComponentAccountLevelAndDistrict(Case sample) {
        Region r = sample.region();
        LeverValues l = sample.levers();
        for (YearResult y : run(r, l, YEARS).years()) {
            double components = 0;
            for (FiscalComponent c : FiscalComponent.values()) {
                double districts = 0;
                for (DistrictResult d : y.districts()) districts += d.fiscal().get(c);
                close(districts, y.fiscal().get(c), y.year() + " " + c.key() + ": districts sum to the region");
                assertTrue(y.fiscal().get(c) >= 0, y.year() + " " + c.key() + " is negative");
                components += y.fiscal().get(c);
            }
            close(components, y.totals().fiscalCost(), y.year() + " fiscal cost = its components");
            close(y.totals().fiscalCost(), y.accounts().publicMoney(), y.year() + " the three accounts");
            close(y.accounts().generalBudget(), y.generalBudgetByLevel().total(), y.year() + " the budget by level");
            double payers = 0;
            for (Payer p : Payer.values()) payers += y.byPayer(p);
            close(y.totals().fiscalCost(), payers, y.year() + " the payers");
        }
    }

    @ParameterizedTest
    @MethodSource("eighty")
    void childrenAreNeitherCreatedNorLost(Case sample) {
        ScenarioResult res = run(sample.region(), sample.levers(), YEARS);
        for (YearResult y : res.years()) {
            double districts = 0, groups = 0, hukou = 0;
            for (DistrictResult d : y.districts()) districts += d.childrenTotal();
            for (IncomeGroupResult g : y.incomeGroups()) groups += g.children();
            for (HukouGroupResult h : y.hukouGroups()) hukou += h.children();
            close(y.totals().children(), districts, y.year() + " districts");
            close(y.totals().children(), groups, y.year() + " income groups");
            close(y.totals().children(), hukou, y.year() + " hukou groups");
        }
        // each cohort ages one band a year: nobody is born into A1 or leaves A1 except by ageing
        for (int k = 1; k < res.years().size(); k++) {
            for (DistrictResult d : res.years().get(k).districts()) {
                DistrictResult before = res.years().get(k - 1).district(d.id());
                close(before.children().a0(), d.children().a1(), d.id() + " A0 → A1 in " + res.years().get(k).year());
                close(before.children().a1(), d.children().a2(), d.id() + " A1 → A2 in " + res.years().get(k).year());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("eighty")
    void everyInterestedChildIsEnrolledOrUnmetForOneReasonAndNoSeatIsOverfull(Case sample) {
        ScenarioResult res = run(sample.region(), sample.levers(), YEARS);
        for (int k = 0; k < res.years().size(); k++) {
            YearResult y = res.years().get(k);
            for (DistrictResult d : y.districts()) {
                String where = y.year() + " " + d.id();
                close(d.potentialDemand(), d.enrolled() + d.unmetPrice() + d.unmetNoReach() + d.unmetFull(), where);
                close(d.unmetSeats(), d.unmetNoReach() + d.unmetFull(), where + " no seat = none in reach + full");
                close(d.enrolled(), d.enrolledByMode().sum(), where + " enrolled by mode");
                for (double v : new double[] {d.enrolled(), d.unmetPrice(), d.unmetNoReach(), d.unmetFull(), d.seats(),
                    d.seatsOpened(), d.seatsClosed()}) {
                    assertTrue(v >= -1e-9 && Double.isFinite(v), where + ": " + v + " in " + d);
                }
                for (Mode m : Mode.values()) {
                    assertTrue(d.seatsByMode().get(m) >= 0, where + " " + m + " seats negative");
                    assertTrue(d.enrolledByMode().get(m) <= d.seatsByMode().get(m) * (1 + 1e-9) + 1e-6,
                            where + " " + m + " enrols more than its seats");
                    assertTrue(d.coverage().get(m) >= 0 && d.coverage().get(m) <= 1, where + " coverage " + m);
                }
                if (k > 0) {
                    DistrictResult before = res.years().get(k - 1).district(d.id());
                    close(before.seats() - d.seatsClosed() + d.seatsOpened(), d.seats(),
                            where + " seats = last year's − closed + opened");
                }
            }
        }
    }

    /**
     * Where no mode is full, a higher voucher never lowers enrolment. Where the subsidised mode is full it can, a
     * little: the voucher draws families from market seats into the lottery for a full inclusive centre, and in the
     * nested logit some who lose it stay home rather than pay the market fee (an unconditional version of this test
     * found 292.90 → 292.67 with seed 12345). So the property is checked on the region with every mode slack, and on
     * the region as drawn whenever neither run has a full mode.
     */
    @ParameterizedTest
    @MethodSource("sixty")
    void aHigherVoucherNeverLowersEnrolmentWhereNoModeIsFull(Case sample) {
        Region r = sample.region();
        LeverValues l = sample.levers();
        int more = (int) Math.round(sample.amount(50, 1000));
        LeverValues richer = l.with(LeverKey.VOUCHER_A2, Math.min(20_000, l.get(LeverKey.VOUCHER_A2) + more));
        for (Region region : List.of(slack(r), r)) {
            YearResult before = run(region, l, 1).first(), after = run(region, richer, 1).first();
            if (anyFull(before) || anyFull(after)) continue;
            double a = before.totals().enrolled(), b = after.totals().enrolled();
            assertTrue(b >= a - 1e-6 * Math.max(1, a), a + " → " + b);
        }
    }

    /** The region with seats for every child in every mode, so that no mode can be full. */
    private static Region slack(Region r) {
        return r.withDistricts(r.districts().stream().map(d -> d.withSeats(new SeatStock(d.children().sum(),
                d.children().sum(), d.children().a2(), d.seats().communityEmbeddedShare()))).toList());
    }

    private static boolean anyFull(YearResult y) {
        for (DistrictResult d : y.districts()) {
            for (Mode m : Mode.values()) if (d.admission().get(m) < 1 - 1e-12) return true;
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("sixty")
    void aHigherAllowanceNeverLowersEnrolment(Case sample) {
        Region r = sample.region();
        LeverValues l = sample.levers();
        double more = sample.amount(100, 20_000);
        LeverValues richer = l.with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR) + more);
        double before = run(r, l, 1).first().totals().enrolled();
        double after = run(r, richer, 1).first().totals().enrolled();
        assertTrue(after >= before - 1e-6 * Math.max(1, before), before + " → " + after);
    }

    @ParameterizedTest
    @MethodSource("sixty")
    void aHigherOperatingSubsidyNeverRaisesClosures(Case sample) {
        Region r = sample.region();
        LeverValues l = sample.levers();
        double more = sample.amount(100, 3000);
        double s = l.get(LeverKey.OPERATING_SUBSIDY_A2) + more;
        LeverValues richer = l.with(LeverKey.OPERATING_SUBSIDY_A0, s).with(LeverKey.OPERATING_SUBSIDY_A1, s)
                .with(LeverKey.OPERATING_SUBSIDY_A2, s);
        double before = run(r, l, 2).years().get(1).totals().seatsClosed();
        double after = run(r, richer, 2).years().get(1).totals().seatsClosed();
        assertTrue(after <= before + 1e-6 * Math.max(1, before), before + " → " + after);
    }

    @ParameterizedTest
    @MethodSource("forty")
    void seatsWhereTheyAreShortRaiseEnrolmentAndWhereSlackLowerUtilisation(Case sample) {
        Region r = sample.region();
        LeverValues l = sample.levers();
        double f = sample.amount(1.2, 3);
        Region more = r.withDistricts(r.districts().stream().map(d -> d.withSeats(new SeatStock(d.seats().inclusive() * f,
                d.seats().market() * f, d.seats().toddlerClass() * f, d.seats().communityEmbeddedShare()))).toList());
        YearResult a = run(r, l, 1).first(), b = run(more, l, 1).first();
        assertTrue(b.totals().enrolled() >= a.totals().enrolled() - 1e-6, "more seats lowered enrolment");
        if (a.totals().unmetSeats() > 1e-3 * a.totals().potentialDemand() && a.totals().seats() > 0) {
            assertTrue(b.totals().enrolled() > a.totals().enrolled(), "seats where families found none added no child");
        }
        if (a.totals().seats() > 0) {
            assertTrue(b.totals().utilisation() <= a.totals().utilisation() + 1e-9, "more seats raised utilisation");
        }
    }

    @ParameterizedTest
    @MethodSource("forty")
    void anIncomeRelatedFeeCapNeverLowersLowIncomeEnrolment(Case sample) {
        Region r = sample.region();
        LeverValues l = sample.levers();
        double share = sample.amount(0.02, 0.2);
        LeverValues none = l.with(LeverKey.INCOME_RELATED_FEE_SHARE, 0).with(LeverKey.RATIONING, 0);
        double before = run(r, none, 1).first().group(IncomeGroup.Q1).enrolled();
        double after = run(r, none.with(LeverKey.INCOME_RELATED_FEE_SHARE, share), 1).first().group(IncomeGroup.Q1).enrolled();
        assertTrue(after >= before - 1e-6 * Math.max(1, before), before + " → " + after);
    }

    @ParameterizedTest
    @MethodSource("forty")
    void aRicherDistrictWithTheSameSeatsPerChildEnrolsMore(Case sample) {
        Spec d = sample.district();
        double richer = sample.amount(1.2, 3);
        // incomes high enough that no fee is set by the income-based cap (fee cap share 1 by default): a cap would raise
        // the richer district's fee with its income
        Spec plain = d.withIncome(Math.max(d.income(), 30_000));
        Region r = Fixtures.region(List.of(plain.district("plain"), plain.withIncome(plain.income() * richer).district("rich")),
                null);
        YearResult y = run(r, LeverValues.DEFAULTS, 1).first();
        assertTrue(y.district("rich").enrolmentRate() >= y.district("plain").enrolmentRate() - 1e-12,
                y.district("plain").enrolmentRate() + " vs richer " + y.district("rich").enrolmentRate());
    }

    @ParameterizedTest
    @MethodSource("forty")
    void hukouOnlyVouchersHelpAHighNonHukouDistrictLess(Case sample) {
        Spec d = sample.district();
        int voucher = (int) Math.round(sample.amount(200, 1500));
        LeverValues hukou = LeverValues.DEFAULTS.with(LeverKey.VOUCHER_A0, voucher).with(LeverKey.VOUCHER_A1, voucher)
                .with(LeverKey.VOUCHER_A2, voucher).with(LeverKey.ELIGIBILITY, 1);
        // less voucher money per child reaches the district where fewer families hold local hukou, whatever its seats
        Region r = Fixtures.region(List.of(d.withNonHukou(0.1).district("local"), d.withNonHukou(0.7).district("migrant")),
                null);
        YearResult y = run(r, hukou, 1).first();
        double localBill = y.district("local").fiscal().get(FiscalComponent.VOUCHERS);
        double migrantBill = y.district("migrant").fiscal().get(FiscalComponent.VOUCHERS);
        assertTrue(migrantBill <= localBill * (1 + 1e-9), "voucher bill " + migrantBill + " vs " + localBill);
        // and, where no mode is full (a full mode only reshuffles its seats among voucher holders), fewer children
        // enrol because of it
        double n = d.children().sum();
        Spec slack = new Spec(d.children(), d.income(), d.nonHukou(), new SeatStock(n, n, d.children().a2(), 1), d.fees(),
                d.trend());
        Region s = Fixtures.region(List.of(slack.withNonHukou(0.1).district("local"),
                slack.withNonHukou(0.7).district("migrant")), null);
        YearResult a = run(s, LeverValues.DEFAULTS, 1).first(), b = run(s, hukou, 1).first();
        double local = b.district("local").enrolled() - a.district("local").enrolled();
        double migrant = b.district("migrant").enrolled() - a.district("migrant").enrolled();
        assertTrue(migrant <= local + 1e-9 * Math.max(1, local), "gain " + migrant + " in the high non-hukou district vs "
                + local);
    }
}
