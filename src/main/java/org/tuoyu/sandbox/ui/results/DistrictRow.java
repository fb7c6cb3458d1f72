package org.tuoyu.sandbox.ui.results;

/** One district's results in the selected year, with changes against the reference. */
public record DistrictRow(
        String id,
        String name,
        double children,
        double seats,
        double enrolled,
        double enrolmentRate,
        double utilisation,
        double unmetPrice,
        double unmetSeats,
        double inclusiveFee,
        double fiscalCost,
        double breakEven,
        double shareAbove,
        double enrolmentRateDelta,
        double fiscalCostDelta) {}
