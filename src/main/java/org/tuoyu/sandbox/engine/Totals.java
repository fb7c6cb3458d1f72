package org.tuoyu.sandbox.engine;

/**
 * Region totals and the indicators of MODEL.md section 6 for one year.
 *
 * @param careServiceCost the part of fiscal cost spent on childcare places (see {@link FiscalComponent#careService})
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
        double careServiceCost,
        double shareAboveThreshold,
        double inclusiveSpread,
        double employerLeaveCost) {

    public double enrolmentRate() { return DistrictResult.ratio(enrolled, children); }

    public double utilisation() { return DistrictResult.ratio(enrolled, seats); }

    public double seatsPerThousand() { return seats / population * 1000; }

    public double inclusiveShare() { return DistrictResult.ratio(inclusiveSeats, seats); }

    /** Spending on childcare places per enrolled child; cash to all families is not charged to them. */
    public double costPerEnrolledChild() { return DistrictResult.ratio(careServiceCost, enrolled); }

    /** Seats needed to reach a seats-per-1000 standard with today's population. */
    public double seatsNeededAt(double perThousand) { return population * perThousand / 1000; }
}
