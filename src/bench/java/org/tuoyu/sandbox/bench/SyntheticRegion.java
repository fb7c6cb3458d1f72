package org.tuoyu.sandbox.bench;

import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.ByAge;
import org.tuoyu.sandbox.engine.ByQuintile;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.engine.Fees;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.FunctionalZone;
import org.tuoyu.sandbox.engine.Horizon;
import org.tuoyu.sandbox.engine.IncomeDistribution;
import org.tuoyu.sandbox.engine.LabourMarket;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverValues;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.PayerShares;
import org.tuoyu.sandbox.engine.PayerSplit;
import org.tuoyu.sandbox.engine.PriceSurvey;
import org.tuoyu.sandbox.engine.ProviderCosts;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.SeatStock;
import org.tuoyu.sandbox.engine.SurveyPoint;
import org.tuoyu.sandbox.engine.WillingnessCurve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic, Beijing-like region for benchmarks only: 16 districts named after Beijing's, with
 * populations, incomes, births and seats of a plausible order of magnitude (rounded from memory of
 * 2023 figures, births about 4 per 1000 residents, about 4.5 seats per 1000). These are NOT data and
 * must not be quoted; the shipped region files carry the sourced figures. Larger regions repeat the
 * 16 districts with fresh ids.
 */
public final class SyntheticRegion {

    private SyntheticRegion() {}

    private record Row(String id, String zh, FunctionalZone zone, double popWan, double incomeWan, double nonHukou) {}

    private static final List<Row> ROWS = List.of(
            new Row("dongcheng", "东城区", FunctionalZone.CORE, 70.4, 10.2, 0.20),
            new Row("xicheng", "西城区", FunctionalZone.CORE, 110.0, 11.0, 0.18),
            new Row("chaoyang", "朝阳区", FunctionalZone.CENTRAL, 344.0, 9.3, 0.38),
            new Row("haidian", "海淀区", FunctionalZone.CENTRAL, 313.0, 10.6, 0.35),
            new Row("fengtai", "丰台区", FunctionalZone.CENTRAL, 201.0, 7.4, 0.33),
            new Row("shijingshan", "石景山区", FunctionalZone.CENTRAL, 56.0, 8.1, 0.28),
            new Row("mentougou", "门头沟区", FunctionalZone.ECOLOGICAL, 39.6, 6.0, 0.20),
            new Row("fangshan", "房山区", FunctionalZone.PLAIN_NEW_TOWN, 131.0, 5.2, 0.25),
            new Row("tongzhou", "通州区", FunctionalZone.SUB_CENTRE, 184.0, 5.6, 0.33),
            new Row("shunyi", "顺义区", FunctionalZone.PLAIN_NEW_TOWN, 132.0, 5.5, 0.33),
            new Row("changping", "昌平区", FunctionalZone.PLAIN_NEW_TOWN, 226.0, 5.7, 0.45),
            new Row("daxing", "大兴区", FunctionalZone.PLAIN_NEW_TOWN, 199.0, 5.4, 0.42),
            new Row("huairou", "怀柔区", FunctionalZone.ECOLOGICAL, 44.0, 5.0, 0.22),
            new Row("pinggu", "平谷区", FunctionalZone.ECOLOGICAL, 45.7, 4.6, 0.12),
            new Row("miyun", "密云区", FunctionalZone.ECOLOGICAL, 52.7, 4.6, 0.12),
            new Row("yanqing", "延庆区", FunctionalZone.ECOLOGICAL, 34.5, 4.5, 0.10));

    public static Region region(int districts) {
        List<District> ds = new ArrayList<>(districts);
        for (int i = 0; i < districts; i++) {
            Row r = ROWS.get(i % ROWS.size());
            int copy = i / ROWS.size();
            double pop = r.popWan() * 10_000;
            double births = pop * 0.0042;
            double seats = pop * 0.0045;
            boolean core = r.zone() == FunctionalZone.CORE || r.zone() == FunctionalZone.CENTRAL;
            ds.add(new District(copy == 0 ? r.id() : r.id() + "-" + copy, r.zh(), r.id(), String.valueOf(110101 + i),
                    r.zone(), pop, r.nonHukou(), new ByAge(births, births * 1.08, births * 1.15),
                    r.incomeWan() * 10_000, 2.6,
                    new SeatStock(seats * 0.25, seats * 0.55, seats * 0.20, core ? 0.3 : 0.1),
                    new Fees(core ? 2800 : 2200, core ? 7500 : 5000, Double.NaN), -0.04 + 0.002 * (i % 5),
                1, Double.NaN, Double.NaN, null));
        }
        Map<FiscalComponent, PayerSplit> splits = new EnumMap<>(FiscalComponent.class);
        for (FiscalComponent c : FiscalComponent.values()) splits.put(c, new PayerSplit(0.1, 0.5, 0.4, 0));
        splits.put(FiscalComponent.MATERNITY_ALLOWANCE, new PayerSplit(0, 0, 0, 1));
        splits.put(FiscalComponent.TAX_EXPENDITURE, new PayerSplit(0.6, 0.4, 0, 0));
        return new Region("synthetic-beijing-" + districts, "合成北京", "Synthetic Beijing-like", 2024, ds,
                new IncomeDistribution(new ByQuintile(0.35, 0.62, 0.88, 1.2, 1.95), ByQuintile.uniform(0.2),
                        new ByQuintile(0, 0.03, 0.1, 0.2, 0.25)),
                new PriceSurvey(List.of(new SurveyPoint(2000, 0.55), new SurveyPoint(3500, 0.25),
                        new SurveyPoint(6000, 0.05)), 7000, 2.6),
                new ProviderCosts(new ByAge(3, 5, 7), 7500, 0.35, 0.5, 120, 9, 600, 700),
                new LabourMarket(13000, 0.8), new PayerShares(splits), 60, 0.1, null, null, null, 1);
    }

    /** A reform that moves every lever group, so that every branch of the evaluator runs. */
    public static Scenario scenario(int districts, int years) {
        LeverValues v = LeverValues.DEFAULTS
                .with(LeverKey.OPERATING_SUBSIDY_A0, 1000).with(LeverKey.OPERATING_SUBSIDY_A1, 800)
                .with(LeverKey.OPERATING_SUBSIDY_A2, 600).with(LeverKey.RENT_SUBSIDY_PER_SEAT_MONTH, 300)
                .with(LeverKey.GRANT_PER_NEW_SEAT, 10_000).with(LeverKey.FEE_CAP_SHARE, 0.12)
                .with(LeverKey.VOUCHER_A1, 500).with(LeverKey.VOUCHER_A2, 500)
                .with(LeverKey.ALLOWANCE_PER_CHILD_YEAR, 3600).with(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH, 2000)
                .with(LeverKey.MATERNITY_DAYS, 158).with(LeverKey.PATERNITY_DAYS, 15)
                .with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 128)
                .with(LeverKey.TARGET_PER_THOUSAND, 6).with(LeverKey.INCLUSIVE_SHARE_TARGET, 0.6)
                .with(LeverKey.YEARS_TO_TARGET, 5).with(LeverKey.BUILD_COST_PER_SEAT, 30_000)
                .with(LeverKey.COMMUNITY_EMBEDDED_SHARE_OF_NEW, 0.5).with(LeverKey.TODDLER_CLASS_SHARE_OF_NEW, 0.3);
        Behaviour b = new Behaviour(0.5, new ByAge(0.3, 0.8, 1.0), 0.8, 0.5, 0.8, new WillingnessCurve(0.15, 0.05),
                0.15, 11);
        return new Scenario("synthetic reform", region(districts), Levers.of(v), b, new Horizon(2024, years));
    }
}
