package org.tuoyu.sandbox.engine;

import java.util.Objects;

/**
 * One published figure of a region (MODEL.md section 11): an indicator ({@link Indicator} key, or one of the
 * named figures below) in a year, for the region or one district, with its source.
 *
 * @param district null for the whole region
 * @param fit      true: a calibration target; false: held out, to show how close the model predicts it
 * @param cite     the source in short, as the validity table shows it ("seed 003, 广东智慧托育信息系统 2024-04-04");
 *                 empty when the file gives none
 * @param note     what the reader should know about this figure beside its kind (e.g. measured on another date);
 *                 empty when none
 * @param noteZh   the note in Chinese, for the Chinese UI; empty when the file gives none (the note is shown)
 * @param low      a held-out range's lower end (NaN for a point figure): the check passes when the model lies in
 *                 [low, high]; {@code value} is then the range's middle
 * @param high     a held-out range's upper end (NaN for a point figure)
 */
public record ObservedFigure(String figure, String district, int year, double value, String source, boolean fit,
                             String cite, String note, String noteZh, double low, double high) {

    /** The share of children whose families want formal care at all, as a survey states it. */
    public static final String DEMAND_SHARE = "potentialDemandShare";

    /**
     * The market centres' share of the children enrolled in centres (inclusive + market; kindergarten toddler
     * classes apart), as a fee survey states it ("most families using care pay more than 6,000"): the figure that
     * settles the market premium δ_market.
     */
    public static final String MARKET_SHARE = "marketShareOfCentreEnrolment";

    /**
     * Places in inclusive centres (kindergarten toddler classes apart, unlike the {@code inclusiveSeats} indicator):
     * what a district's recognition of inclusive centres states, by district.
     */
    public static final String INCLUSIVE_CENTRE_SEATS = "inclusiveCentreSeats";

    /** Inclusive centres' share of centre places (inclusive + market; toddler classes apart). */
    public static final String INCLUSIVE_SHARE_OF_CENTRES = "inclusiveShareOfCentreSeats";

    /**
     * Kindergartens with toddler classes as a share of all care institutions. The model holds seats, not institutions:
     * it reads this as toddler-class seats / {@link #TODDLER_CLASS_PLACES} over seats / the region's seats per
     * institution, which is how a region file that states the share builds its toddler-class seats.
     */
    public static final String TODDLER_CLASS_PROVIDER_SHARE = "toddlerClassProviderShare";

    /** Places of one toddler class (托大班 ≤ 20 children, 托育机构设置标准（试行） 国卫人口发〔2019〕58号). */
    public static final double TODDLER_CLASS_PLACES = 20;

    /** The figure names beside the indicator keys. */
    public static final java.util.List<String> NAMED = java.util.List.of(DEMAND_SHARE, MARKET_SHARE, INCLUSIVE_CENTRE_SEATS,
            INCLUSIVE_SHARE_OF_CENTRES, TODDLER_CLASS_PROVIDER_SHARE);

    /** Figures that follow from a region's seat split alone: region data, never a calibration target. */
    public static final java.util.Set<String> SEAT_SPLIT = java.util.Set.of(INCLUSIVE_SHARE_OF_CENTRES,
            TODDLER_CLASS_PROVIDER_SHARE);

    public ObservedFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(source, "source");
        cite = cite == null ? "" : cite;
        note = note == null ? "" : note;
        noteZh = noteZh == null ? "" : noteZh;
        if (!known(figure)) throw new IllegalArgumentException("observed figure '" + figure + "' is no indicator");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("observed " + figure + " must be a finite number");
        if (Double.isNaN(low) != Double.isNaN(high)) throw new IllegalArgumentException("observed " + figure + ": a range needs both ends");
        if (!Double.isNaN(low)) {
            if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high)) {
                throw new IllegalArgumentException("observed " + figure + ": a range needs finite ends, low <= high");
            }
            if (fit) throw new IllegalArgumentException("observed " + figure + ": a range is a held-out check (use: check), not a target");
        }
        if (fit && SEAT_SPLIT.contains(figure)) {
            throw new IllegalArgumentException("observed " + figure + " follows from the region's seats: it cannot be a target (use: check)");
        }
        Indicator ind = Indicator.fromKey(figure);
        if (district != null && ind != null && !ind.has(Indicator.Scope.DISTRICT)) {
            throw new IllegalArgumentException("observed " + figure + " has no district value");
        }
        if (ind != null && !ind.has(Indicator.Scope.REGION) && district == null) {
            throw new IllegalArgumentException("observed " + figure + " has no value for the whole region");
        }
    }

    /** A point figure with no short citation or note. */
    public ObservedFigure(String figure, String district, int year, double value, String source, boolean fit) {
        this(figure, district, year, value, source, fit, "", "", "", Double.NaN, Double.NaN);
    }

    /** The note in the UI's language: the Chinese one when asked for and given, else the note. */
    public String note(boolean english) { return english || noteZh.isEmpty() ? note : noteZh; }

    /** True for a held-out range rather than a point figure. */
    public boolean isRange() { return !Double.isNaN(low); }

    /** For a range: whether the model's value lies in it (NaN, outside the horizon, does not). */
    public boolean contains(double model) { return model >= low && model <= high; }

    /** True for a figure name this record accepts. */
    public static boolean known(String figure) {
        return NAMED.contains(figure) || Indicator.fromKey(figure) != null;
    }

    /** The model's value of this figure; NaN when the result does not cover the year or district. */
    public double read(ScenarioResult r) { return read(r, Double.NaN); }

    /**
     * The model's value, with the region's seats per institution for {@link #TODDLER_CLASS_PROVIDER_SHARE} (NaN
     * without it).
     */
    public double read(ScenarioResult r, double seatsPerInstitution) {
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
        if (INCLUSIVE_CENTRE_SEATS.equals(figure) || INCLUSIVE_SHARE_OF_CENTRES.equals(figure)) return centres(y);
        if (TODDLER_CLASS_PROVIDER_SHARE.equals(figure)) {
            if (!(seatsPerInstitution > 0)) return Double.NaN;
            double toddler = district == null ? Indicator.TODDLER_CLASS_SEATS.of(y)
                    : y.district(district) == null ? Double.NaN : y.district(district).toddlerClassSeats();
            double seats = district == null ? y.totals().seats() : y.district(district) == null ? Double.NaN
                    : y.district(district).seats();
            return DistrictResult.ratio(toddler / TODDLER_CLASS_PLACES, seats / seatsPerInstitution);
        }
        Indicator ind = Indicator.fromKey(figure);
        if (district == null) return ind.of(y);
        DistrictResult d = y.district(district);
        return d == null ? Double.NaN : ind.of(d);
    }

    /** Inclusive centre places, or their share of centre places, in the district or summed over the region. */
    private double centres(YearResult y) {
        double inclusive = 0, market = 0;
        for (DistrictResult d : y.districts()) {
            if (district != null && !district.equals(d.id())) continue;
            inclusive += d.inclusiveSeats();
            market += d.marketSeats();
        }
        if (district != null && y.district(district) == null) return Double.NaN;
        return INCLUSIVE_CENTRE_SEATS.equals(figure) ? inclusive : DistrictResult.ratio(inclusive, inclusive + market);
    }

    /** "enrolled 2024" or "enrolled@pengjiang 2024". */
    public String label() { return figure + (district == null ? "" : "@" + district) + " " + year; }
}
