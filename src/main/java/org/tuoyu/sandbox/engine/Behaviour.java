package org.tuoyu.sandbox.engine;

import java.util.Objects;

/**
 * How families respond; MODEL.md section 3. Defaults and their reasons are in docs/model.md.
 *
 * @param potentialDemandShare  D0: share of children whose families would use formal care at zero
 *                              price with a seat at hand; solved by calibration where a region states
 *                              its observed enrolment
 * @param ageWeights            relative demand by band among those families (who starts when)
 * @param leaveEffect           how much of a month covered by leave removes a month of A0 demand
 * @param paternityOverlap      share of paternity days taken while the mother is on leave anyway
 * @param matchFactor           share of non-community seats that are where the families are
 * @param willingness           the price-acceptance curve, fitted to the region's survey
 * @param affordabilityThreshold net burden above which a family counts as over-burdened
 * @param monthsPerYear         child-months of attendance in a year of enrolment
 */
public record Behaviour(
        double potentialDemandShare,
        ByAge ageWeights,
        double leaveEffect,
        double paternityOverlap,
        double matchFactor,
        WillingnessCurve willingness,
        double affordabilityThreshold,
        double monthsPerYear) {

    public Behaviour {
        Checks.share("potentialDemandShare", potentialDemandShare);
        Checks.share("ageWeights A0", ageWeights.a0());
        Checks.share("ageWeights A1", ageWeights.a1());
        Checks.share("ageWeights A2", ageWeights.a2());
        Checks.share("leaveEffect", leaveEffect);
        Checks.share("paternityOverlap", paternityOverlap);
        Checks.share("matchFactor", matchFactor);
        Objects.requireNonNull(willingness, "willingness");
        Checks.share("affordabilityThreshold", affordabilityThreshold);
        if (!(monthsPerYear > 0 && monthsPerYear <= 12)) {
            throw new IllegalArgumentException("monthsPerYear must lie in (0, 12], got " + monthsPerYear);
        }
    }

    /** Potential-demand share before calibration: 30% of Jiangmen families say they want formal care [seed 003]. */
    public static final double DEFAULT_POTENTIAL_DEMAND_SHARE = 0.30;

    /**
     * Demand by band among families who want care, from the Jiangmen survey [seed 003]: 81.88% want to
     * start at 18 months or later. Starts assumed uniform over 0-18 and 18-30 months; each weight is the
     * expected share of the band's months attended (docs/model.md works it through).
     */
    public static final ByAge DEFAULT_AGE_WEIGHTS = new ByAge(0.0604, 0.2685, 0.8977);

    /** The documented defaults, with the willingness curve fitted to the region's survey. */
    public static Behaviour defaults(WillingnessCurve willingness) {
        return new Behaviour(DEFAULT_POTENTIAL_DEMAND_SHARE, DEFAULT_AGE_WEIGHTS, 1.0, 1.0, 0.8, willingness, 0.20, 12);
    }

    public Behaviour withPotentialDemandShare(double v) {
        return new Behaviour(v, ageWeights, leaveEffect, paternityOverlap, matchFactor, willingness,
                affordabilityThreshold, monthsPerYear);
    }

    public Behaviour withWillingness(WillingnessCurve w) {
        return new Behaviour(potentialDemandShare, ageWeights, leaveEffect, paternityOverlap, matchFactor, w,
                affordabilityThreshold, monthsPerYear);
    }

    public Behaviour withLeaveEffect(double v) {
        return new Behaviour(potentialDemandShare, ageWeights, v, paternityOverlap, matchFactor, willingness,
                affordabilityThreshold, monthsPerYear);
    }

    public Behaviour withMatchFactor(double v) {
        return new Behaviour(potentialDemandShare, ageWeights, leaveEffect, paternityOverlap, v, willingness,
                affordabilityThreshold, monthsPerYear);
    }
}
