package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * A behavioural parameter a baseline may calibrate (MODEL.md section 11), read and set by its name in
 * the scenario file's behaviour block, within the range the model allows it.
 */
public enum FreeParameter {
    // D0 = 0 enrols no one, where provider costs per child have no finite value
    POTENTIAL_DEMAND_SHARE("potentialDemandShare", "D0", 1e-6, 1),
    MATCH_FACTOR("matchFactor", "m", 0, 1),
    LEAVE_EFFECT("leaveEffect", null, 0, 1),
    B50("willingness.b50", null, 1e-6, 5),
    S("willingness.s", null, 1e-6, 5),
    /** δ_market, the market premium of model v2 (docs/model.md §4). */
    MARKET_PREMIUM("marketPremium", "deltaMarket", -10, 10),
    /** ρ0, the access scale of model v2 (docs/model.md §5). */
    ACCESS_SCALE("accessScale", "rho0", 0.005, 5);

    private final String key;
    private final String symbol;
    private final double min;
    private final double max;

    FreeParameter(String key, String symbol, double min, double max) {
        this.key = key;
        this.symbol = symbol;
        this.min = min;
        this.max = max;
    }

    public String key() { return key; }

    /** The model's symbol (D0, m, deltaMarket, rho0), or null where the model has none. */
    public String symbol() { return symbol; }

    public double min() { return min; }

    public double max() { return max; }

    public double get(Behaviour b) {
        switch (this) {
            case POTENTIAL_DEMAND_SHARE: return b.potentialDemandShare();
            case MATCH_FACTOR: return b.matchFactor();
            case LEAVE_EFFECT: return b.leaveEffect();
            case B50: return b.willingness().b50();
            case S: return b.willingness().s();
            default: return b.get(key);
        }
    }

    /** The behaviour with this parameter set to {@code v}, held within its range. */
    public Behaviour with(Behaviour b, double v) {
        double c = Math.max(min, Math.min(max, v));
        switch (this) {
            case POTENTIAL_DEMAND_SHARE: return b.withPotentialDemandShare(c);
            case MATCH_FACTOR: return b.withMatchFactor(c);
            case LEAVE_EFFECT: return b.withLeaveEffect(c);
            case B50: return b.withWillingness(new WillingnessCurve(c, b.willingness().s()));
            case S: return b.withWillingness(new WillingnessCurve(b.willingness().b50(), c));
            default: return b.with(key, c);
        }
    }

    /** The parameter called {@code name} (its key or its symbol, e.g. D0), or null. */
    public static FreeParameter fromName(String name) {
        String n = name.trim();
        for (FreeParameter p : values()) {
            if (p.key.equals(n) || n.equals(p.symbol)) return p;
        }
        return null;
    }

    /** The names a file may list under {@code calibrate:}. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(p -> p.symbol == null ? p.key : p.key + " (" + p.symbol + ")").toList();
    }
}
