package org.tuoyu.sandbox.engine;

/**
 * Monte Carlo bands of the headline outputs in one year (fiscal cost and general budget in 元, rates as fractions).
 *
 * @param fiscalCost    all public spending of the year (every account and payer)
 * @param generalBudget the general-budget part of it (model version 2's headline, {@link Indicator#GENERAL_BUDGET})
 */
public record Bands(int year, Band fiscalCost, Band enrolmentRate, Band utilisation, Band unmetPrice, Band unmetSeats,
                    Band generalBudget) {}
