package org.tuoyu.sandbox.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranges of the behavioural parameters for Monte Carlo draws (MODEL.md §7 and §12), one per
 * {@link UncertainParameter}: D0, b50 and s as multipliers of their calibrated or fitted values; the leave effect,
 * the match factor and the version-2 parameters ζ, η, λ, δ_market, ρ0, κ and ε as values; the births trend as a shift
 * added to every district's trend. Defaults and their reasons: docs/model.md and docs/uncertainty.md.
 *
 * @param ranges one range for every parameter
 */
public record Uncertainty(Map<UncertainParameter, Range> ranges) {

    public static final Uncertainty DEFAULT = defaults();

    public Uncertainty {
        EnumMap<UncertainParameter, Range> m = new EnumMap<>(UncertainParameter.class);
        m.putAll(ranges);
        for (UncertainParameter p : UncertainParameter.values()) {
            if (!m.containsKey(p)) throw new IllegalArgumentException("no uncertainty range for " + p.key());
        }
        ranges = Collections.unmodifiableMap(m);
    }

    /** The version-1 ranges; the version-2 parameters take their default ranges. */
    public Uncertainty(Range potentialDemandShareFactor, Range b50Factor, Range sFactor, Range leaveEffect,
                       Range matchFactor, Range birthsTrendShift) {
        this(DEFAULT.with(UncertainParameter.POTENTIAL_DEMAND_SHARE, potentialDemandShareFactor)
                .with(UncertainParameter.B50, b50Factor).with(UncertainParameter.S, sFactor)
                .with(UncertainParameter.LEAVE_EFFECT, leaveEffect).with(UncertainParameter.MATCH_FACTOR, matchFactor)
                .with(UncertainParameter.BIRTHS_TREND_SHIFT, birthsTrendShift).ranges());
    }

    private static Uncertainty defaults() {
        EnumMap<UncertainParameter, Range> m = new EnumMap<>(UncertainParameter.class);
        for (UncertainParameter p : UncertainParameter.values()) m.put(p, p.defaultRange());
        return new Uncertainty(m);
    }

    /** Every parameter the Monte Carlo draws, in draw order: the list a tornado or a ranges table reads. */
    public static List<UncertainParameter> parameters() { return List.of(UncertainParameter.values()); }

    public Range range(UncertainParameter p) { return ranges.get(p); }

    /**
     * Whether {@code p} is drawn uniformly in its logarithm rather than in its value. ρ0 is: its range is a scale known
     * to a factor of ten (a 50-seat centre over 170–1,700 children), and a uniform draw over 0.03–0.3 has its median at
     * 0.165, so most draws put access far below the default 0.1 and the band's middle far from the central run; a
     * log-uniform draw has its median at √(0.03 × 0.3) = 0.095 (docs/uncertainty.md).
     */
    public static boolean logScale(UncertainParameter p) { return p == UncertainParameter.ACCESS_SCALE; }

    /** The value of {@code p} at uniform number {@code u} in [0, 1): uniform in the value, or in its logarithm. */
    public double at(UncertainParameter p, double u) {
        Range r = range(p);
        if (!logScale(p) || !(r.low() > 0) || r.low() == r.high()) return r.at(u);
        return r.low() * Math.pow(r.high() / r.low(), u);
    }

    /** These ranges with {@code p}'s replaced. */
    public Uncertainty with(UncertainParameter p, Range r) {
        EnumMap<UncertainParameter, Range> m = new EnumMap<>(ranges);
        m.put(p, r);
        return new Uncertainty(m);
    }

    public Range potentialDemandShareFactor() { return range(UncertainParameter.POTENTIAL_DEMAND_SHARE); }

    public Range b50Factor() { return range(UncertainParameter.B50); }

    public Range sFactor() { return range(UncertainParameter.S); }

    public Range leaveEffect() { return range(UncertainParameter.LEAVE_EFFECT); }

    public Range matchFactor() { return range(UncertainParameter.MATCH_FACTOR); }

    public Range birthsTrendShift() { return range(UncertainParameter.BIRTHS_TREND_SHIFT); }
}
