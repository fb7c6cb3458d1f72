package org.tuoyu.sandbox.engine;

/**
 * Region totals and the indicators of MODEL.md section 6 for one year.
 *
 * @param inclusiveSpread min / max of inclusive seats per 1000 residents across districts (1 = even)
 */
public record Totals(
        double population,
        double children,
        double seats,
        double inclusiveSeats,
        double marketSeats,
        double effectiveSeats,
        double newSeats,
        double potentialDemand,
        double enrolled,
        double enrolledInclusive,
        double enrolledMarket,
        double unmetPrice,
        double unmetSeats,
        double fiscalCost,
        double shareAboveThreshold,
        double inclusiveSpread,
        double employerLeaveCost) {

    public double enrolmentRate() { return DistrictResult.ratio(enrolled, children); }

    public double utilisation() { return DistrictResult.ratio(enrolled, seats); }

    public double seatsPerThousand() { return seats / population * 1000; }

    public double inclusiveShare() { return DistrictResult.ratio(inclusiveSeats, seats); }

    public double costPerEnrolledChild() { return DistrictResult.ratio(fiscalCost, enrolled); }

    /** Seats needed to reach a seats-per-1000 standard with today's population. */
    public double seatsNeededAt(double perThousand) { return population * perThousand / 1000; }
}
