package org.tuoyu.sandbox.engine;

import java.util.Objects;

/**
 * One district's baseline data, as observed in the region's data year.
 *
 * @param children         children by age band in the data year (A0 = births of the year before)
 * @param incomePerCapitaYear per-capita disposable income, 元 per year
 * @param birthsTrend      yearly relative change in births used by projections (-0.03 = 3% fewer a year)
 */
public record District(
        String id,
        String nameZh,
        String nameEn,
        String code,
        FunctionalZone zone,
        double population,
        double nonHukouShare,
        ByAge children,
        double incomePerCapitaYear,
        double householdSize,
        SeatStock seats,
        Fees fees,
        double birthsTrend) {

    public District {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(children, "children");
        Objects.requireNonNull(seats, "seats");
        Objects.requireNonNull(fees, "fees");
        Checks.positive("population", population);
        Checks.share("nonHukouShare", nonHukouShare);
        Checks.nonNegative("children A0", children.a0());
        Checks.nonNegative("children A1", children.a1());
        Checks.nonNegative("children A2", children.a2());
        Checks.positive("incomePerCapitaYear", incomePerCapitaYear);
        Checks.positive("householdSize", householdSize);
        if (!(birthsTrend > -1 && birthsTrend < 1)) {
            throw new IllegalArgumentException("birthsTrend must lie in (-1, 1), got " + birthsTrend);
        }
    }

    /** Mean household disposable income per month, 元: per-capita income / 12 x household size. */
    public double householdIncomeMonth() { return incomePerCapitaYear / 12.0 * householdSize; }

    public District withSeats(SeatStock s) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, children,
                incomePerCapitaYear, householdSize, s, fees, birthsTrend);
    }

    public District withChildren(ByAge c) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, c,
                incomePerCapitaYear, householdSize, seats, fees, birthsTrend);
    }
}
