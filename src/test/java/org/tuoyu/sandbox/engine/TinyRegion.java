package org.tuoyu.sandbox.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-sized regions for tests whose expected numbers are worked out by hand.
 * Household income is 40,000 / 12 x 3 = 10,000 元/month in every quintile unless stated, so a
 * fee of 2,000 is a burden of exactly 0.2 = b50 and half of the families accept it.
 */
final class TinyRegion {

    static final WillingnessCurve CURVE = new WillingnessCurve(0.2, 0.05);

    private TinyRegion() {}

    static District district(String id, double population, ByAge children, SeatStock seats, Fees fees) {
        return new District(id, id, id, "000000", FunctionalZone.URBAN, population, 0.4, children, 40_000, 3, seats, fees, 0,
                1, Double.NaN, Double.NaN, null);
    }

    /** One district: 1000 children per band, 100 inclusive + 1000 market seats, all community-embedded. */
    static District one() {
        return district("a", 100_000, new ByAge(1000, 1000, 1000), new SeatStock(100, 1000, 0, 1.0),
                new Fees(2000, 3000, Double.NaN));
    }

    static Region region(List<District> districts, ByQuintile multipliers, ByQuintile marginalTax) {
        Map<FiscalComponent, PayerSplit> payers = new EnumMap<>(FiscalComponent.class);
        for (FiscalComponent c : FiscalComponent.values()) payers.put(c, new PayerSplit(0, 0.5, 0.5, 0));
        payers.put(FiscalComponent.MATERNITY_ALLOWANCE, new PayerSplit(0, 0, 0, 1));
        ProviderCosts costs = new ProviderCosts(new ByAge(3, 5, 7), 5000, 0.4, 0.5, 50, 10, 500, 300);
        PriceSurvey survey = new PriceSurvey(List.of(new SurveyPoint(1500, 0.5), new SurveyPoint(2500, 0.1)), 3000, 3);
        return new Region("tiny", "小区", "Tiny", 2024, districts,
                new IncomeDistribution(multipliers, ByQuintile.uniform(0.2), marginalTax),
                survey, costs, new LabourMarket(7200, 0.5), new PayerShares(payers), 50, 0.0, null, Map.of(), null, 1);
    }

    static Region one(ByQuintile multipliers) {
        return region(List.of(one()), multipliers, ByQuintile.uniform(0));
    }

    static Region flat() { return one(ByQuintile.uniform(1)); }

    /** D0 0.5, ageWeights 0.2 / 0.5 / 1.0, no leave effect, all seats where families are. */
    static Behaviour behaviour() {
        return new Behaviour(0.5, new ByAge(0.2, 0.5, 1.0), 1.0, 1.0, 0.8, CURVE, 0.2, 12);
    }

    /** Levers with no policy at all and no leave, so demand is untouched by leave. */
    static LeverValues noPolicy() {
        return LeverValues.DEFAULTS.with(LeverKey.MATERNITY_DAYS, 0).with(LeverKey.MATERNITY_ALLOWANCE_DAYS, 0);
    }

    static Scenario scenario(Region r, LeverValues l) {
        return new Scenario("tiny", r, Levers.of(l), behaviour(), new Horizon(2024, 1));
    }

    static YearResult first(Region r, LeverValues l) { return Evaluator.evaluate(scenario(r, l)).first(); }
}
