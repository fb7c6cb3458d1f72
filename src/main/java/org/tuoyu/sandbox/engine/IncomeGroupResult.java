package org.tuoyu.sandbox.engine;

/**
 * One income quintile across the region in one year.
 *
 * @param meanNetBurden     mean net monthly cost of care after every subsidy, as a share of household
 *                          income, over enrolled children (over families with demand when none enrol)
 * @param meanNetCostMonth  the same in 元 per month
 * @param shareAboveThreshold share of families with potential demand whose net burden at the seat
 *                          open to them exceeds the affordability threshold
 */
public record IncomeGroupResult(
        IncomeGroup group,
        double children,
        double potentialDemand,
        double enrolled,
        double unmetPrice,
        double unmetSeats,
        double householdIncomeMonth,
        double meanNetBurden,
        double meanNetCostMonth,
        double shareAboveThreshold) {

    public double enrolmentRate() { return DistrictResult.ratio(enrolled, children); }
}
