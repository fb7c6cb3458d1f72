package org.tuoyu.sandbox.engine;

import java.util.List;
import java.util.Objects;

/**
 * How families and providers respond (MODEL.md §4, §5, §7). Defaults, sources and ranges are in docs/model.md §11.
 * Every scalar can be read and replaced by its name ({@link #get}, {@link #with}), which is how calibration and the
 * Monte Carlo set D0, the market premium or the access scale.
 *
 * @param potentialDemandShare  D0: scale of interest in formal care (calibrated where enrolment is observed)
 * @param ageWeights            relative interest by band (who starts when)
 * @param leaveEffect           how much of a day of extra leave removes a day of A0 demand
 * @param paternityOverlap      share of paternity days taken while the mother is on leave anyway
 * @param matchFactor           m: siting factor of seats not embedded in communities (district data may override)
 * @param willingness           the price response at one centre mode: α = b50 / s, β = −1 / s (fitted to the survey)
 * @param affordabilityThreshold net burden above which a family counts as over-burdened
 * @param monthsPerYear         child-months of attendance in a year of enrolment
 * @param incomeGradient        ζ: elasticity of interest in formal care with respect to family income
 * @param incomeSensitivity     η: how the price term scales with income (1 = burden P/Y, 0 = price alone)
 * @param nestParameter         λ ∈ (0, 1]: the nest parameter of the centre modes (1 = plain logit)
 * @param marketPremium         δ_market: utility premium of a market centre over an inclusive one
 * @param toddlerClassPremium   δ_toddler: utility premium of a kindergarten toddler class
 * @param accessScale           ρ0: siting-weighted seats per child at which 63% of families have a centre in reach
 * @param exitRate              κ: the largest yearly share of a loss-making stock that closes
 * @param entryRate             ε: the largest yearly growth of a profitable market stock
 * @param providerDynamics      whether providers exit and enter from year to year
 * @param referenceLeaveDays    leave days covered in the data year (the age weights reflect them); NaN: the
 *                              scenario's own levers in its data year
 * @param voucherIncidence      share of a market-seat voucher passed into higher market fees (0 = none)
 */
public record Behaviour(
        double potentialDemandShare,
        ByAge ageWeights,
        double leaveEffect,
        double paternityOverlap,
        double matchFactor,
        WillingnessCurve willingness,
        double affordabilityThreshold,
        double monthsPerYear,
        double incomeGradient,
        double incomeSensitivity,
        double nestParameter,
        double marketPremium,
        double toddlerClassPremium,
        double accessScale,
        double exitRate,
        double entryRate,
        boolean providerDynamics,
        double referenceLeaveDays,
        double voucherIncidence) {

    /** Names accepted by {@link #get} and {@link #with}, the spelling of the scenario file's behaviour block. */
    public static final List<String> NAMES = List.of("potentialDemandShare", "ageWeights.A0", "ageWeights.A1",
            "ageWeights.A2", "leaveEffect", "paternityOverlap", "matchFactor", "willingness.b50", "willingness.s",
            "affordabilityThreshold", "monthsPerYear", "incomeGradient", "incomeSensitivity", "nestParameter",
            "marketPremium", "toddlerClassPremium", "accessScale", "exitRate", "entryRate", "providerDynamics",
            "referenceLeaveDays", "voucherIncidence");

    public Behaviour {
        Checks.share("potentialDemandShare", potentialDemandShare);
        Checks.share("ageWeights A0", ageWeights.a0());
        Checks.share("ageWeights A1", ageWeights.a1());
        Checks.share("ageWeights A2", ageWeights.a2());
        Checks.share("leaveEffect", leaveEffect);
        Checks.share("paternityOverlap", paternityOverlap);
        Checks.share("matchFactor", matchFactor);
        Objects.requireNonNull(willingness, "willingness");
        Checks.share("affordabilityThreshold", affordabilityThreshold);
        if (!(monthsPerYear > 0 && monthsPerYear <= 12)) {
            throw new IllegalArgumentException("monthsPerYear must lie in (0, 12], got " + monthsPerYear);
        }
        inRange("incomeGradient", incomeGradient, 0, 3);
        inRange("incomeSensitivity", incomeSensitivity, 0, 2);
        if (!(nestParameter > 0 && nestParameter <= 1)) {
            throw new IllegalArgumentException("nestParameter must lie in (0, 1], got " + nestParameter);
        }
        inRange("marketPremium", marketPremium, -10, 10);
        inRange("toddlerClassPremium", toddlerClassPremium, -10, 10);
        Checks.positive("accessScale", accessScale);
        Checks.share("exitRate", exitRate);
        Checks.share("entryRate", entryRate);
        if (!Double.isNaN(referenceLeaveDays)) inRange("referenceLeaveDays", referenceLeaveDays, 0, 3000);
        Checks.share("voucherIncidence", voucherIncidence);
    }

    /** The v1 record's parameters; the v2 ones take their defaults. */
    public Behaviour(double potentialDemandShare, ByAge ageWeights, double leaveEffect, double paternityOverlap,
                     double matchFactor, WillingnessCurve willingness, double affordabilityThreshold, double monthsPerYear) {
        this(potentialDemandShare, ageWeights, leaveEffect, paternityOverlap, matchFactor, willingness,
                affordabilityThreshold, monthsPerYear, DEFAULT_INCOME_GRADIENT, DEFAULT_INCOME_SENSITIVITY,
                DEFAULT_NEST_PARAMETER, DEFAULT_MARKET_PREMIUM, 0, DEFAULT_ACCESS_SCALE, DEFAULT_EXIT_RATE,
                DEFAULT_ENTRY_RATE, true, Double.NaN, 0);
    }

    /** Potential-demand share before calibration: 30% of Jiangmen families say they want formal care [seed 003]. */
    public static final double DEFAULT_POTENTIAL_DEMAND_SHARE = 0.30;

    /**
     * Demand by band among families who want care, from the Jiangmen survey [seed 003]: 81.88% want to
     * start at 18 months or later. Starts assumed uniform over 0-18 and 18-30 months; each weight is the
     * expected share of the band's months attended (docs/model.md works it through).
     */
    public static final ByAge DEFAULT_AGE_WEIGHTS = new ByAge(0.0604, 0.2685, 0.8977);

    /** ζ: OECD Family Database PF3.2 income-tertile gap in under-3 ECEC use, half of it put on price (docs/model.md §4). */
    public static final double DEFAULT_INCOME_GRADIENT = 0.3;
    /**
     * η: the Jiangmen survey fitted as a quintile mixture rejects η = 1 (RMS residual 0.048, the fit degenerates to
     * a step) and fits at η ≤ 0.25 (0.0055 at 0.25, 0.0044 at 0); 0.25 keeps some income scaling (docs/model.md §4).
     */
    public static final double DEFAULT_INCOME_SENSITIVITY = 0.25;
    /** λ: nest parameters of centre-care nests in the childcare mode-choice literature lie around 0.4–0.8. */
    public static final double DEFAULT_NEST_PARAMETER = 0.6;
    /** δ_market: the Jiangmen fee gap (2,700 − 1,800) valued at the survey price slope, ≈ 3 (docs/model.md §4). */
    public static final double DEFAULT_MARKET_PREMIUM = 3.0;
    /** ρ0: about 50 seats per centre over ≈500 children within a 15-minute walk (docs/model.md §5). */
    public static final double DEFAULT_ACCESS_SCALE = 0.1;
    /** κ: yearly closure rate of loss-making centres at the worst (docs/model.md §7). */
    public static final double DEFAULT_EXIT_RATE = 0.15;
    /** ε: yearly growth of profitable market stock at the best (docs/model.md §7). */
    public static final double DEFAULT_ENTRY_RATE = 0.10;

    /** The documented defaults, with the willingness curve fitted to the region's survey. */
    public static Behaviour defaults(WillingnessCurve willingness) {
        return new Behaviour(DEFAULT_POTENTIAL_DEMAND_SHARE, DEFAULT_AGE_WEIGHTS, 1.0, 1.0, 0.8, willingness, 0.20, 12);
    }

    /** α of the centre utility V = α + δ + β p/Ȳ (Ȳ/Y')^η. */
    public double alpha() { return willingness.b50() / willingness.s(); }

    /** β of the centre utility (negative). */
    public double beta() { return -1 / willingness.s(); }

    /** The parameter called {@code name} (one of {@link #NAMES}); flags read as 0 or 1. */
    public double get(String name) {
        return toArray()[index(name)];
    }

    /** This behaviour with the parameter called {@code name} (one of {@link #NAMES}) set to {@code value}. */
    public Behaviour with(String name, double value) {
        double[] v = toArray();
        v[index(name)] = value;
        return fromArray(v);
    }

    private static int index(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no behavioural parameter called '" + name + "'; one of " + NAMES);
        return i;
    }

    private double[] toArray() {
        return new double[] {potentialDemandShare, ageWeights.a0(), ageWeights.a1(), ageWeights.a2(), leaveEffect,
            paternityOverlap, matchFactor, willingness.b50(), willingness.s(), affordabilityThreshold, monthsPerYear,
            incomeGradient, incomeSensitivity, nestParameter, marketPremium, toddlerClassPremium, accessScale,
            exitRate, entryRate, providerDynamics ? 1 : 0, referenceLeaveDays, voucherIncidence};
    }

    private static Behaviour fromArray(double[] v) {
        return new Behaviour(v[0], new ByAge(v[1], v[2], v[3]), v[4], v[5], v[6], new WillingnessCurve(v[7], v[8]),
                v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[16], v[17], v[18], v[19] != 0, v[20], v[21]);
    }

    public Behaviour withPotentialDemandShare(double v) { return with("potentialDemandShare", v); }

    public Behaviour withWillingness(WillingnessCurve w) {
        return with("willingness.b50", w.b50()).with("willingness.s", w.s());
    }

    public Behaviour withLeaveEffect(double v) { return with("leaveEffect", v); }

    public Behaviour withMatchFactor(double v) { return with("matchFactor", v); }

    private static void inRange(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(name + " must lie in [" + lo + ", " + hi + "], got " + v);
        }
    }
}
