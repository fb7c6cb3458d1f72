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

    /**
     * A plausible range of one field of a region file. Values outside it are not figures of a
     * Chinese city or district: most are unit errors, and some (1e308, 4.9e-324) would overflow
     * the model into Infinity or NaN. {@code field} is the key path with district ids as *,
     * list positions as [] and years as *.
     */
    record Bound(String field, String unit, double min, double max, String why) {}

    /** Every numeric field of a region file (docs/scenario-format.md, "Plausible ranges"). */
    static final java.util.List<Bound> BOUNDS = java.util.List.of(
            new Bound("districts.*.population", "persons", 1_000, 40_000_000,
                    "the largest district (Pudong) has 5.8 million; a whole city as one district, Chongqing's 32 million"),
            new Bound("districts.*.nonHukouShare", "share", 0, 1, "a share"),
            new Bound("districts.*.children.A0", "children", 0, 1_000_000, "one year's births of the largest city are ≈ 200,000"),
            new Bound("districts.*.children.A1", "children", 0, 1_000_000, "as A0"),
            new Bound("districts.*.children.A2", "children", 0, 1_000_000, "as A0"),
            new Bound("districts.*.incomePerCapitaYear", "元 / year", 1_000, 1_000_000,
                    "per-capita disposable income runs from ≈ 5,000 in the poorest counties to ≈ 100,000 in Beijing's core"),
            new Bound("districts.*.householdSize", "persons", 1, 10, "the national mean is 2.6"),
            new Bound("districts.*.seats.inclusive", "seats", 0, 1_000_000, "Beijing has ≈ 100,000 seats in all"),
            new Bound("districts.*.seats.market", "seats", 0, 1_000_000, "as inclusive seats"),
            new Bound("districts.*.seats.toddlerClass", "seats", 0, 1_000_000, "as inclusive seats"),
            new Bound("districts.*.seats.communityEmbeddedShare", "share", 0, 1, "a share"),
            new Bound("districts.*.fees.inclusive", "元 / month", 0, 50_000, "the dearest market centres charge ≈ 20,000"),
            new Bound("districts.*.fees.market", "元 / month", 0, 50_000, "as the inclusive fee"),
            new Bound("districts.*.fees.toddlerClass", "元 / month", 0, 50_000, "as the inclusive fee"),
            new Bound("districts.*.birthsTrend", "change / year", -0.5, 0.5, "births halving or rising by half every year is not a trend"),
            new Bound("income.multipliers[]", "× mean income", 0.05, 20, "quintile means lie within 0.2 and 5 times the mean"),
            new Bound("income.familyShares[]", "share", 0, 1, "a share; the five sum to 1"),
            new Bound("income.marginalTaxRate[]", "rate", 0, 0.45, "45% is the top bracket of individual income tax"),
            new Bound("survey.incomePerCapitaMonth", "元 / month", 100, 100_000, "as districts.*.incomePerCapitaYear, by month"),
            new Bound("survey.householdSize", "persons", 1, 10, "as districts.*.householdSize"),
            new Bound("survey.points[].price", "元 / month", 1, 50_000, "as the fees"),
            new Bound("survey.points[].shareWilling", "share", 0, 1, "a share, strictly between 0 and 1"),
            new Bound("providerCosts.childrenPerCarer.A0", "children", 1, 20, "the national standard is 3 (A0), 5 (A1), 7 (A2)"),
            new Bound("providerCosts.childrenPerCarer.A1", "children", 1, 20, "as A0"),
            new Bound("providerCosts.childrenPerCarer.A2", "children", 1, 20, "as A0"),
            new Bound("providerCosts.carerWageMonth", "元 / month", 500, 100_000, "carers earn 3,000-10,000"),
            new Bound("providerCosts.onCostShare", "share", 0, 1, "social insurance adds ≈ 30%"),
            new Bound("providerCosts.staffFixedShare", "share", 0, 1, "a share"),
            new Bound("providerCosts.rentPerM2Month", "元 / m² / month", 0, 2_000, "prime office space rents for ≈ 300"),
            new Bound("providerCosts.areaPerSeat", "m²", 1, 100, "the standard asks for ≥ 9 m² per seat"),
            new Bound("providerCosts.overheadPerSeatMonth", "元 / month", 0, 20_000, "as the fees"),
            new Bound("providerCosts.consumablesPerChildMonth", "元 / month", 0, 20_000, "as the fees"),
            new Bound("labour.insuredWageMonth", "元 / month", 500, 200_000, "the highest city average wage is ≈ 15,000"),
            new Bound("labour.insuredBirthShare", "share", 0, 1, "a share"),
            new Bound("payers.*.*", "share", 0, 1, "a share; the four of a component sum to 1"),
            new Bound("seatsPerInstitution", "seats", 1, 5_000, "the national mean is ≈ 53"),
            new Bound("partTimeShare", "share", 0, 1, "a share"),
            new Bound("observed.enrolled", "children", 1, 10_000_000, "China has ≈ 30 million children under 3"),
            new Bound("observed.utilisation", "share", 0, 1, "a share"),
            new Bound("birthsTotals.*", "births / year", 1, 5_000_000,
                    "China had 9.5 million births in 2024; a region is a city or at most a province"),
            new Bound("totals.population", "persons", 1_000, 500_000_000, "as the districts' populations, summed"),
            new Bound("totals.children", "children", 1, 30_000_000, "as the districts' children, summed"),
            new Bound("totals.seats", "seats", 1, 30_000_000, "as the districts' seats, summed"));

    /** The field of a key path: districts.tongzhou.population → districts.*.population. */
    static String field(String path) {
        String f = path.replaceAll("\\[\\d+]", "[]");
        if (f.startsWith("districts.")) f = f.replaceFirst("^districts\\.[^.]+", "districts.*");
        if (f.startsWith("birthsTotals.")) f = "birthsTotals.*";
        if (f.startsWith("payers.")) f = f.replaceFirst("^payers\\.[^.]+\\.[^.]+$", "payers.*.*");
        return f;
    }

    /** 40,000,000 and 0.45 as the range table in the docs writes them. */
    static String show(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : RegionReader.fmt(v);
    }

    static Bound bound(String path) {
        String f = field(path);
        for (Bound b : BOUNDS) if (b.field().equals(f)) return b;
        return null;
    }

    /** Null when {@code v} lies in the field's plausible range (or the field has none), else why not. */
    static String inRange(String path, double v) {
        Bound b = bound(path);
        if (b == null || v >= b.min() && v <= b.max()) return null;
        return "lies outside the plausible range " + show(b.min()) + " to " + show(b.max())
                + " (" + b.unit() + "; " + b.why() + ")";
    }

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

    /** District names and codes: no control characters, and short enough to be a name. */
    static String text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                return String.format("holds a control character (U+%04X); a name is plain text", (int) ch);
            }
        }
        return s.length() > 200 ? "is " + String.format("%,d", s.length()) + " characters long; a name has at most 200" : null;
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

    /** Births above 5% of the residents a year (a crude birth rate of 50 per 1000): a unit error. */
    static String birthsVsPopulation(double births, java.util.List<org.tuoyu.sandbox.engine.District> districts) {
        double population = 0;
        for (org.tuoyu.sandbox.engine.District d : districts) population += d.population();
        return births > 0.05 * population
                ? "births above 5% of the population (" + Math.round(population) + ") a year: check the units" : null;
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
