package org.tuoyu.sandbox.engine;

/** Monte Carlo bands of the headline outputs in one year (fiscal cost in 元, rates as fractions). */
public record Bands(int year, Band fiscalCost, Band enrolmentRate, Band utilisation, Band unmetPrice, Band unmetSeats) {}
