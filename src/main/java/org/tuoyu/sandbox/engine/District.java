package org.tuoyu.sandbox.engine;

import java.util.Objects;

/**
 * One district's baseline data, as observed in the region's data year.
 *
 * @param children         children by age band in the data year (A0 = births of the year before)
 * @param incomePerCapitaYear per-capita disposable income, 元 per year
 * @param birthsTrend      yearly relative change in births used by projections (-0.03 = 3% fewer a year)
 * @param costIndex        provider costs (rent, wages) relative to the region's table (1 = the region's)
 * @param sitingFactor     m: how much seats not embedded in communities count towards reach (NaN: the
 *                         behaviour's matchFactor)
 * @param accessScale      ρ0 of this district (NaN: the behaviour's accessScale)
 * @param incomeMix        share of the district's families in each CITY income quintile (null: the
 *                         log-normal rule of MODEL.md §3, see {@link IncomeMix})
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
        double birthsTrend,
        double costIndex,
        double sitingFactor,
        double accessScale,
        ByQuintile incomeMix) {

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
        Checks.positive("costIndex", costIndex);
        if (!Double.isNaN(sitingFactor)) Checks.share("sitingFactor", sitingFactor);
        if (!Double.isNaN(accessScale)) Checks.positive("accessScale", accessScale);
        if (incomeMix != null && Math.abs(incomeMix.sum() - 1) > 1e-6) {
            throw new IllegalArgumentException("incomeMix must sum to 1, got " + incomeMix.sum());
        }
    }

    // v1 callers name the v2 fields' defaults (cost index 1, NaN siting and access scale: the behaviour's, null income
    // mix: the log-normal rule; MODEL.md §13); a field changed on its own goes through a wither.

    public District withNames(String zh, String en) {
        return new District(id, zh, en, code, zone, population, nonHukouShare, children, incomePerCapitaYear,
                householdSize, seats, fees, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    public District withCode(String c) {
        return new District(id, nameZh, nameEn, c, zone, population, nonHukouShare, children, incomePerCapitaYear,
                householdSize, seats, fees, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    public District withZone(FunctionalZone z) {
        return new District(id, nameZh, nameEn, code, z, population, nonHukouShare, children, incomePerCapitaYear,
                householdSize, seats, fees, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    public District withPopulation(double p) {
        return new District(id, nameZh, nameEn, code, zone, p, nonHukouShare, children, incomePerCapitaYear,
                householdSize, seats, fees, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    public District withNonHukouShare(double share) {
        return new District(id, nameZh, nameEn, code, zone, population, share, children, incomePerCapitaYear,
                householdSize, seats, fees, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    /** This district with per-capita income {@code perCapitaYear} (元 a year) and household size {@code size}. */
    public District withIncome(double perCapitaYear, double size) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, children, perCapitaYear,
                size, seats, fees, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    public District withFees(Fees f) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, children, incomePerCapitaYear,
                householdSize, seats, f, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    /** This district with the v2 fields (cost index, siting, access scale, income mix) of {@code other}. */
    public District withLocalFactorsOf(District other) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, children,
                incomePerCapitaYear, householdSize, seats, fees, birthsTrend, other.costIndex, other.sitingFactor,
                other.accessScale, other.incomeMix);
    }

    public District withBirthsTrend(double t) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, children,
                incomePerCapitaYear, householdSize, seats, fees, t, costIndex, sitingFactor, accessScale, incomeMix);
    }

    /** Mean household disposable income per month, 元: per-capita income / 12 x household size. */
    public double householdIncomeMonth() { return incomePerCapitaYear / 12.0 * householdSize; }

    public District withSeats(SeatStock s) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, children,
                incomePerCapitaYear, householdSize, s, fees, birthsTrend, costIndex, sitingFactor, accessScale, incomeMix);
    }

    public District withChildren(ByAge c) {
        return new District(id, nameZh, nameEn, code, zone, population, nonHukouShare, c,
                incomePerCapitaYear, householdSize, seats, fees, birthsTrend, costIndex, sitingFactor, accessScale,
                incomeMix);
    }
}
