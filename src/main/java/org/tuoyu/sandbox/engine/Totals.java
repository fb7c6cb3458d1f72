package org.tuoyu.sandbox.engine;

/**
 * Region totals and the indicators of MODEL.md section 6 for one year.
 *
 * @param careServiceCost the part of fiscal cost spent on childcare places (see {@link FiscalComponent#careService})
 * @param inclusiveSpread min / max of inclusive seats per 1000 residents across districts (1 = even)
 * @param unmetSeats      没地托, = unmetNoReach + unmetFull
 * @param enrolledByMode  children enrolled in each centre mode
 * @param seatsByMode     seats of each centre mode
 * @param seatsOpened     seats added this year (plan and market entry)
 * @param seatsClosed     seats closed this year by providers' losses
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
        double employerLeaveCost,
        ByMode enrolledByMode,
        ByMode seatsByMode,
        double unmetNoReach,
        double unmetFull,
        double seatsOpened,
        double seatsClosed) {

    public double enrolmentRate() { return DistrictResult.ratio(enrolled, children); }

    public double utilisation() { return DistrictResult.ratio(enrolled, seats); }

    /** Utilisation of each mode: enrolled / seats (0 where a mode has no seats). */
    public ByMode utilisationByMode() {
        return new ByMode(DistrictResult.ratio(enrolledByMode.toddlerClass(), seatsByMode.toddlerClass()),
                DistrictResult.ratio(enrolledByMode.inclusive(), seatsByMode.inclusive()),
                DistrictResult.ratio(enrolledByMode.market(), seatsByMode.market()));
    }

    public double seatsPerThousand() { return seats / population * 1000; }

    public double inclusiveShare() { return DistrictResult.ratio(inclusiveSeats, seats); }

    /** Spending on childcare places per enrolled child; cash to all families is not charged to them. */
    public double costPerEnrolledChild() { return DistrictResult.ratio(careServiceCost, enrolled); }

    /** Seats needed to reach a seats-per-1000 standard with today's population. */
    public double seatsNeededAt(double perThousand) { return population * perThousand / 1000; }
}
