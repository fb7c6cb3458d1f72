package org.tuoyu.sandbox.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Monte Carlo bands of the headline outputs in one year (fiscal cost and general budget in 元, rates as fractions).
 * The outputs are indicators of the catalogue, {@link #INDICATORS}, in the order of the components; the command
 * line, the JSON and the app's tiles read a band through {@link #of}, so none of them lists the banded figures again.
 *
 * @param fiscalCost    all public spending of the year (every account and payer)
 * @param generalBudget the general-budget part of it (model version 2's headline, {@link Indicator#GENERAL_BUDGET})
 */
public record Bands(int year, Band fiscalCost, Band enrolmentRate, Band utilisation, Band unmetPrice, Band unmetSeats,
                    Band generalBudget) {

    /** The indicators a Monte Carlo run bands, in the order of the components (and of the JSON's {@code bands}). */
    public static final List<Indicator> INDICATORS = List.of(Indicator.FISCAL_COST, Indicator.ENROLMENT_RATE,
            Indicator.UTILISATION, Indicator.UNMET_PRICE, Indicator.UNMET_SEATS, Indicator.GENERAL_BUDGET);

    /** The bands of one year, given in the order of {@link #INDICATORS}. */
    static Bands of(int year, List<Band> inOrder) {
        return new Bands(year, inOrder.get(0), inOrder.get(1), inOrder.get(2), inOrder.get(3), inOrder.get(4),
                inOrder.get(5));
    }

    /**
     * The banded indicator that stands for {@code i}: itself when a run bands it, the fiscal cost for public money
     * (the three accounts add up to it, so the app's public-money tile shows the fiscal cost's band), else null.
     */
    public static Indicator bandedAs(Indicator i) {
        Indicator j = i == Indicator.PUBLIC_MONEY ? Indicator.FISCAL_COST : i;
        return INDICATORS.contains(j) ? j : null;
    }

    /** The band of an indicator ({@link #bandedAs}), or null where the run does not band it. */
    public Band of(Indicator i) {
        Indicator j = bandedAs(i);
        if (j == null) return null;
        return Arrays.asList(fiscalCost, enrolmentRate, utilisation, unmetPrice, unmetSeats, generalBudget)
                .get(INDICATORS.indexOf(j));
    }
}
