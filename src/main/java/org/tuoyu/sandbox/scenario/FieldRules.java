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
     * list positions as [] and years as *. Its unit and the reason for the range are texts of the import's bundle
     * ({@code bound.FIELD.unit}, {@code bound.FIELD.why}), since an imported value outside it is refused with them.
     */
    record Bound(String field, double min, double max) {

        String unit(ImportTexts t) { return t.t("bound." + field + ".unit"); }

        String why(ImportTexts t) { return t.t("bound." + field + ".why"); }

        /** The unit in English, as docs/scenario-format.md's range table writes it. */
        String unit() { return unit(ImportTexts.ENGLISH); }

        /** The reason in English, as docs/scenario-format.md's range table writes it. */
        String why() { return why(ImportTexts.ENGLISH); }
    }

    /** Every numeric field of a region file (docs/scenario-format.md, "Plausible ranges"). */
    static final java.util.List<Bound> BOUNDS = java.util.List.of(
            new Bound("districts.*.population", 1_000, 40_000_000),
            new Bound("districts.*.nonHukouShare", 0, 1),
            new Bound("districts.*.children.A0", 0, 1_000_000),
            new Bound("districts.*.children.A1", 0, 1_000_000),
            new Bound("districts.*.children.A2", 0, 1_000_000),
            new Bound("districts.*.incomePerCapitaYear", 1_000, 1_000_000),
            new Bound("districts.*.householdSize", 1, 10),
            new Bound("districts.*.seats.inclusive", 0, 1_000_000),
            new Bound("districts.*.seats.market", 0, 1_000_000),
            new Bound("districts.*.seats.toddlerClass", 0, 1_000_000),
            new Bound("districts.*.seats.communityEmbeddedShare", 0, 1),
            new Bound("districts.*.fees.inclusive", 0, 50_000),
            new Bound("districts.*.fees.market", 0, 50_000),
            new Bound("districts.*.fees.toddlerClass", 0, 50_000),
            new Bound("districts.*.birthsTrend", -0.5, 0.5),
            new Bound("income.multipliers[]", 0.05, 20),
            new Bound("income.familyShares[]", 0, 1),
            new Bound("income.marginalTaxRate[]", 0, 0.45),
            new Bound("survey.incomePerCapitaMonth", 100, 100_000),
            new Bound("survey.householdSize", 1, 10),
            new Bound("survey.points[].price", 1, 50_000),
            new Bound("survey.points[].shareWilling", 0, 1),
            new Bound("providerCosts.childrenPerCarer.A0", 1, 20),
            new Bound("providerCosts.childrenPerCarer.A1", 1, 20),
            new Bound("providerCosts.childrenPerCarer.A2", 1, 20),
            new Bound("providerCosts.carerWageMonth", 500, 100_000),
            new Bound("providerCosts.onCostShare", 0, 1),
            new Bound("providerCosts.staffFixedShare", 0, 1),
            new Bound("providerCosts.rentPerM2Month", 0, 2_000),
            new Bound("providerCosts.areaPerSeat", 1, 100),
            new Bound("providerCosts.overheadPerSeatMonth", 0, 20_000),
            new Bound("providerCosts.consumablesPerChildMonth", 0, 20_000),
            new Bound("labour.insuredWageMonth", 500, 200_000),
            new Bound("labour.insuredBirthShare", 0, 1),
            new Bound("payers.*.*", 0, 1),
            new Bound("seatsPerInstitution", 1, 5_000),
            new Bound("partTimeShare", 0, 1),
            new Bound("observed.enrolled", 1, 10_000_000),
            new Bound("observed.utilisation", 0, 1),
            new Bound("birthsTotals.*", 1, 5_000_000),
            new Bound("totals.population", 1_000, 500_000_000),
            new Bound("totals.children", 1, 30_000_000),
            new Bound("totals.seats", 1, 30_000_000));

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
    static String inRange(String path, double v) { return inRange(ImportTexts.ENGLISH, path, v); }

    static String inRange(ImportTexts t, String path, double v) {
        Bound b = bound(path);
        if (b == null || v >= b.min() && v <= b.max()) return null;
        return t.t("rule.range", show(b.min()), show(b.max()), b.unit(t), b.why(t));
    }

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

    // The region reader's checks, in English; the import calls the same rules with its language.

    static String share(double v) { return share(ImportTexts.ENGLISH, v); }

    static String money(double v) { return money(ImportTexts.ENGLISH, v); }

    static String count(double v) { return count(ImportTexts.ENGLISH, v); }

    static String positive(double v) { return positive(ImportTexts.ENGLISH, v); }

    static String householdSize(double v) { return householdSize(ImportTexts.ENGLISH, v); }

    static String birthsTrend(double v) { return birthsTrend(ImportTexts.ENGLISH, v); }

    static String share(ImportTexts t, double v) {
        return v < 0 || v > 1 ? t.t("rule.share") : null;
    }

    static String money(ImportTexts t, double v) {
        return v < 0 ? t.t("rule.money") : null;
    }

    static String count(ImportTexts t, double v) {
        return v < 0 ? t.t("rule.count") : null;
    }

    static String positive(ImportTexts t, double v) {
        return !(v > 0) ? t.t("rule.positive") : null;
    }

    static String householdSize(ImportTexts t, double v) {
        String p = positive(t, v);
        if (p != null) return p;
        return v > 10 ? t.t("rule.householdSize") : null;
    }

    static String birthsTrend(ImportTexts t, double v) {
        return !(v > -0.5 && v < 0.5) ? t.t("rule.birthsTrend") : null;
    }

    /** District names and codes: no control characters, and short enough to be a name. */
    static String text(ImportTexts t, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                return t.t("rule.controlCharacter", String.format("U+%04X", (int) ch));
            }
        }
        return s.length() > 200 ? t.t("rule.tooLong", ImportTexts.count(s.length())) : null;
    }

    static String id(String s) {
        return s.matches(ID_PATTERN) ? null : "an id may hold only letters, digits, '-' and '_'";
    }

    /** Children under 3 above 10% of the residents: almost surely a unit error. */
    static String childrenVsPopulation(ByAge children, double population) {
        return childrenVsPopulation(ImportTexts.ENGLISH, children, population);
    }

    static String childrenVsPopulation(ImportTexts t, ByAge children, double population) {
        return children.sum() > 0.1 * population
                ? t.t("rule.childrenVsPopulation", Math.round(children.sum()), Math.round(population))
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
        return seatsVsPopulation(ImportTexts.ENGLISH, seats, population);
    }

    static String seatsVsPopulation(ImportTexts t, SeatStock seats, double population) {
        return seats.total() > 0.2 * population ? t.t("rule.seatsVsPopulation") : null;
    }

    /** A listed inclusive fee (NaN = not listed) may not exceed the market fee. */
    static String inclusiveFee(double inclusive, double market) {
        return inclusiveFee(ImportTexts.ENGLISH, inclusive, market);
    }

    static String inclusiveFee(ImportTexts t, double inclusive, double market) {
        return !Double.isNaN(inclusive) && inclusive > market ? t.t("rule.inclusiveFee", RegionReader.fmt(market)) : null;
    }
}
