package org.tuoyu.sandbox.engine;

/**
 * How household income spreads among families with children under 3.
 *
 * @param multipliers      household income of each quintile divided by the district mean
 * @param familyShares     share of families with under-3s in each quintile (0.2 each by default)
 * @param marginalTaxRate  marginal personal income tax rate that the 3-and-under deduction saves at
 */
public record IncomeDistribution(ByQuintile multipliers, ByQuintile familyShares, ByQuintile marginalTaxRate) {

    public IncomeDistribution {
        for (int q = 0; q < IncomeGroup.COUNT; q++) {
            Checks.positive("income multiplier Q" + (q + 1), multipliers.get(q));
            Checks.share("family share Q" + (q + 1), familyShares.get(q));
            Checks.share("marginal tax rate Q" + (q + 1), marginalTaxRate.get(q));
        }
        if (Math.abs(familyShares.sum() - 1) > 1e-6) {
            throw new IllegalArgumentException("family shares of the quintiles must sum to 1, got " + familyShares.sum());
        }
        double mean = 0;
        for (int q = 0; q < IncomeGroup.COUNT; q++) mean += multipliers.get(q) * familyShares.get(q);
        if (Math.abs(mean - 1) > 0.02) {
            throw new IllegalArgumentException(
                    "income multipliers weighted by family shares must average 1 (the district mean), got " + mean);
        }
    }
}
