package org.tuoyu.sandbox.scenario;

import org.tuoyu.sandbox.engine.ByAge;
import org.tuoyu.sandbox.engine.SeatStock;

/**
 * The rules a region file's figures must follow, shared by {@link RegionReader} and the district
 * table import so that an imported figure is accepted exactly when the same figure in a region file
 * would be. Each check returns null when the value is acceptable, else the reason.
 */
final class FieldRules {

    private FieldRules() {}

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

    static String share(double v) {
        return v < 0 || v > 1 ? "must be a share between 0 and 1 (write 60% as 0.6)" : null;
    }

    static String money(double v) {
        return v < 0 ? "must not be negative" : null;
    }

    static String count(double v) {
        return v < 0 ? "a count must not be negative" : null;
    }

    static String positive(double v) {
        return !(v > 0) ? "must be greater than 0" : null;
    }

    static String householdSize(double v) {
        String p = positive(v);
        if (p != null) return p;
        return v > 10 ? "a household of more than 10 people is not plausible" : null;
    }

    static String birthsTrend(double v) {
        return !(v > -0.5 && v < 0.5) ? "a yearly births trend must lie between -0.5 and 0.5" : null;
    }

    static String id(String s) {
        return s.matches(ID_PATTERN) ? null : "an id may hold only letters, digits, '-' and '_'";
    }

    /** Children under 3 above 10% of the residents: almost surely a unit error. */
    static String childrenVsPopulation(ByAge children, double population) {
        return children.sum() > 0.1 * population
                ? "children under 3 (" + Math.round(children.sum()) + ") exceed 10% of the population ("
                        + Math.round(population) + "): check the units"
                : null;
    }

    static String seatsVsPopulation(SeatStock seats, double population) {
        return seats.total() > 0.2 * population ? "more seats than 20% of the population: check the units" : null;
    }

    /** A listed inclusive fee (NaN = not listed) may not exceed the market fee. */
    static String inclusiveFee(double inclusive, double market) {
        return !Double.isNaN(inclusive) && inclusive > market
                ? "an inclusive fee above the market fee (" + RegionReader.fmt(market) + ") is not inclusive"
                : null;
    }
}
