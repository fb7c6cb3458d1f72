package org.tuoyu.sandbox.engine;

/**
 * Families of one hukou status across the region in one year (MODEL.md §10).
 *
 * @param meanNetBurden       mean net monthly cost of care after every subsidy as a share of household
 *                            income, over enrolled children
 * @param shareAboveThreshold share of interested families whose net burden at the centre they would
 *                            choose exceeds the affordability threshold
 */
public record HukouGroupResult(Hukou status, double children, double interested, double enrolled,
                               double meanNetBurden, double shareAboveThreshold) {

    public double enrolmentRate() { return DistrictResult.ratio(enrolled, children); }
}
