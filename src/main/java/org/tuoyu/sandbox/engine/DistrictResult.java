package org.tuoyu.sandbox.engine;

/**
 * One district in one year. Counts are children (or seats); fees and costs are 元 per month
 * unless the name says year; rates are fractions.
 *
 * @param breakEvenUtilisation       utilisation at which an inclusive centre covers its costs
 *                                   (+Infinity when fee and subsidy do not cover the cost of a child)
 * @param providerMarginPerSeatMonth an inclusive centre's surplus (or loss, negative) per seat per
 *                                   month at the actual utilisation
 * @param unmetSeats                 没地托: interested families who would choose a centre with every mode in
 *                                   reach and open but stay at home; = unmetNoReach + unmetFull
 * @param enrolledByMode             children enrolled in each centre mode
 * @param unmetNoReach               of unmetSeats, those for want of a centre in reach
 * @param unmetFull                  of unmetSeats, those who reach a centre but find it full
 * @param coverage                   share of families with at least one centre of the mode in reach
 * @param admission                  r: probability that a family reaching the mode is admitted (1 = slack)
 * @param marginByMode               provider surplus (loss, negative) per seat-month of each mode
 * @param seatsOpened                seats added this year: the seat plan's new seats and market entry
 * @param seatsClosed                seats closed this year by providers' losses (MODEL.md §7)
 */
public record DistrictResult(
        String id,
        String nameZh,
        String nameEn,
        FunctionalZone zone,
        double population,
        ByAge children,
        double seats,
        double inclusiveSeats,
        double toddlerClassSeats,
        double marketSeats,
        double effectiveSeats,
        double newSeats,
        double convertedSeats,
        double potentialDemand,
        double enrolledInclusive,
        double enrolledMarket,
        double unmetPrice,
        double unmetSeats,
        double inclusiveFee,
        double toddlerClassFee,
        double marketFee,
        FiscalCost fiscal,
        double breakEvenUtilisation,
        double marketBreakEvenUtilisation,
        double providerCostPerChildMonth,
        double providerMarginPerSeatMonth,
        double shareAboveThreshold,
        double employerLeaveCost,
        ByMode enrolledByMode,
        double unmetNoReach,
        double unmetFull,
        ByMode coverage,
        ByMode admission,
        ByMode marginByMode,
        double seatsOpened,
        double seatsClosed) {

    public double childrenTotal() { return children.sum(); }

    public double enrolled() { return enrolledInclusive + enrolledMarket; }

    public double enrolmentRate() { return ratio(enrolled(), childrenTotal()); }

    public double utilisation() { return ratio(enrolled(), seats); }

    /** Utilisation of inclusive seats (普惠 centres and toddler classes together). */
    public double inclusiveUtilisation() { return ratio(enrolledInclusive, inclusiveSeats + toddlerClassSeats); }

    /** Seats of each centre mode. */
    public ByMode seatsByMode() { return new ByMode(toddlerClassSeats, inclusiveSeats, marketSeats); }

    /** Utilisation of each mode: enrolled / seats (0 where a mode has no seats). */
    public ByMode utilisationByMode() {
        return new ByMode(ratio(enrolledByMode.toddlerClass(), toddlerClassSeats),
                ratio(enrolledByMode.inclusive(), inclusiveSeats), ratio(enrolledByMode.market(), marketSeats));
    }

    public double seatsPerThousand() { return seats / population * 1000; }

    public double fiscalCost() { return fiscal.total(); }

    /** This district's public money in its three accounts. */
    public Accounts accounts() { return Accounts.of(fiscal); }

    static double ratio(double a, double b) { return b > 0 ? a / b : 0; }
}
