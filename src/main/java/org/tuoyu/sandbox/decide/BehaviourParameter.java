package org.tuoyu.sandbox.decide;

import java.util.function.Function;
import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.Range;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Uncertainty;
import org.tuoyu.sandbox.engine.WillingnessCurve;

/**
 * The behavioural parameters the Monte Carlo draws ({@link Uncertainty}), each set to one value the way a draw sets
 * it: D0, b50 and s as multipliers of the scenario's own values, the leave effect and the match factor as values,
 * the births trend as a shift; clamped as the Monte Carlo clamps them.
 */
public enum BehaviourParameter {
    POTENTIAL_DEMAND_SHARE("potentialDemandShareFactor", "潜在需求比例 D0（倍数）", "potential demand share D0 (factor)",
            Uncertainty::potentialDemandShareFactor, true),
    B50("b50Factor", "价格接受曲线中点 b50（倍数）", "willingness midpoint b50 (factor)", Uncertainty::b50Factor, true),
    S("sFactor", "价格接受曲线斜率 s（倍数）", "willingness spread s (factor)", Uncertainty::sFactor, true),
    LEAVE_EFFECT("leaveEffect", "假期对0-1岁需求的影响", "leave effect on A0 demand", Uncertainty::leaveEffect, false),
    MATCH_FACTOR("matchFactor", "托位与家庭匹配系数", "match factor", Uncertainty::matchFactor, false),
    BIRTHS_TREND_SHIFT("birthsTrendShift", "出生趋势偏移", "births trend shift", Uncertainty::birthsTrendShift, false);

    private static final double MAX_CURVE = Math.nextDown(5.0);
    private static final double MIN_CURVE = 1e-9;

    private final String key;
    private final String labelZh;
    private final String labelEn;
    private final Function<Uncertainty, Range> range;
    private final boolean factor;

    BehaviourParameter(String key, String labelZh, String labelEn, Function<Uncertainty, Range> range, boolean factor) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.range = range;
        this.factor = factor;
    }

    /** The key under {@code uncertainty:} in a scenario file. */
    public String key() { return key; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    public Range range(Uncertainty u) { return range.apply(u); }

    /** The value that leaves a scenario as it is: 1 for a multiplier, 0 for the shift, the scenario's own otherwise. */
    public double central(Scenario s) {
        switch (this) {
            case LEAVE_EFFECT: return s.behaviour().leaveEffect();
            case MATCH_FACTOR: return s.behaviour().matchFactor();
            case BIRTHS_TREND_SHIFT: return 0;
            default: return 1;
        }
    }

    /** True when the calibration re-solves this parameter, so varying it in a calibrated baseline changes nothing. */
    public boolean calibrated() { return this == POTENTIAL_DEMAND_SHARE; }

    /** The scenario with this parameter at {@code v} (a multiplier, a value or a shift, as in a Monte Carlo draw). */
    public Scenario apply(Scenario s, double v) {
        Behaviour b = s.behaviour();
        WillingnessCurve w = b.willingness();
        switch (this) {
            case POTENTIAL_DEMAND_SHARE:
                return s.withBehaviour(b.withPotentialDemandShare(clamp(b.potentialDemandShare() * v, 0, 1)));
            case B50:
                return s.withBehaviour(b.withWillingness(new WillingnessCurve(clamp(w.b50() * v, MIN_CURVE, MAX_CURVE), w.s())));
            case S:
                return s.withBehaviour(b.withWillingness(new WillingnessCurve(w.b50(), clamp(w.s() * v, MIN_CURVE, MAX_CURVE))));
            case LEAVE_EFFECT:
                return s.withBehaviour(b.withLeaveEffect(clamp(v, 0, 1)));
            case MATCH_FACTOR:
                return s.withBehaviour(b.withMatchFactor(clamp(v, 0, 1)));
            default:
                return new Scenario(s.name(), MonteCarlo.shiftBirths(s.region(), v), s.levers(), s.behaviour(), s.horizon());
        }
    }

    boolean factor() { return factor; }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
