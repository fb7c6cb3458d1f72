package org.tuoyu.sandbox.engine;

import java.util.Objects;

/**
 * One published figure of a region (MODEL.md section 11): an indicator ({@link Indicator} key, or
 * {@code potentialDemandShare}, the share of children whose families want formal care, or
 * {@code marketShareOfCentreEnrolment}) in a year, for
 * the region or one district, with its source.
 *
 * @param district null for the whole region
 * @param fit      true: a calibration target; false: held out, to show how close the model predicts it
 */
public record ObservedFigure(String figure, String district, int year, double value, String source, boolean fit) {

    /** The share of children whose families want formal care at all, as a survey states it. */
    public static final String DEMAND_SHARE = "potentialDemandShare";

    /**
     * The market centres' share of the children enrolled in centres (inclusive + market; kindergarten toddler
     * classes apart), as a fee survey states it ("most families using care pay more than 6,000"): the figure that
     * settles the market premium δ_market.
     */
    public static final String MARKET_SHARE = "marketShareOfCentreEnrolment";

    public ObservedFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(source, "source");
        if (!known(figure)) throw new IllegalArgumentException("observed figure '" + figure + "' is no indicator");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("observed " + figure + " must be a finite number");
        Indicator ind = Indicator.fromKey(figure);
        if (district != null && ind != null && !ind.has(Indicator.Scope.DISTRICT)) {
            throw new IllegalArgumentException("observed " + figure + " has no district value");
        }
        if (ind != null && !ind.has(Indicator.Scope.REGION) && district == null) {
            throw new IllegalArgumentException("observed " + figure + " has no value for the whole region");
        }
    }

    /** True for a figure name this record accepts. */
    public static boolean known(String figure) {
        return DEMAND_SHARE.equals(figure) || MARKET_SHARE.equals(figure) || Indicator.fromKey(figure) != null;
    }

    /** The model's value of this figure; NaN when the result does not cover the year or district. */
    public double read(ScenarioResult r) {
        YearResult y = r.year(year);
        if (y == null) return Double.NaN;
        if (DEMAND_SHARE.equals(figure)) {
            if (district == null) return DistrictResult.ratio(y.totals().potentialDemand(), y.totals().children());
            DistrictResult d = y.district(district);
            return d == null ? Double.NaN : DistrictResult.ratio(d.potentialDemand(), d.childrenTotal());
        }
        if (MARKET_SHARE.equals(figure)) {
            ByMode e = district == null ? y.totals().enrolledByMode() : y.district(district) == null ? null
                    : y.district(district).enrolledByMode();
            return e == null ? Double.NaN : DistrictResult.ratio(e.market(), e.inclusive() + e.market());
        }
        Indicator ind = Indicator.fromKey(figure);
        if (district == null) return ind.of(y);
        DistrictResult d = y.district(district);
        return d == null ? Double.NaN : ind.of(d);
    }

    /** "enrolled 2024" or "enrolled@pengjiang 2024". */
    public String label() { return figure + (district == null ? "" : "@" + district) + " " + year; }
}
