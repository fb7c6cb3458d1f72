package org.tuoyu.sandbox.decide;

import java.util.Map;
import java.util.function.Function;
import org.tuoyu.sandbox.engine.Behaviour;
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.Range;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Uncertainty;
import org.tuoyu.sandbox.engine.WillingnessCurve;

/**
 * The behavioural parameters a tornado sets to the ends of their ranges. The six the Monte Carlo draws
 * ({@link Uncertainty}) are set the way a draw sets them: D0, b50 and s as multipliers of the scenario's own values,
 * the leave effect and the match factor as values, the births trend as a shift; clamped as the Monte Carlo clamps
 * them. The v2 parameters (ζ, η, λ, δ_market, ρ0, κ, ε) are set as values within their documented ranges.
 */
public enum BehaviourParameter {
    POTENTIAL_DEMAND_SHARE("potentialDemandShareFactor", "潜在需求比例 D0（倍数）", "potential demand share D0 (factor)",
            Uncertainty::potentialDemandShareFactor, "potentialDemandShare"),
    B50("b50Factor", "价格接受曲线中点 b50（倍数）", "willingness midpoint b50 (factor)", Uncertainty::b50Factor,
            "willingness.b50"),
    S("sFactor", "价格接受曲线斜率 s（倍数）", "willingness spread s (factor)", Uncertainty::sFactor, "willingness.s"),
    LEAVE_EFFECT("leaveEffect", "假期对0-1岁需求的影响", "leave effect on A0 demand", Uncertainty::leaveEffect,
            "leaveEffect"),
    MATCH_FACTOR("matchFactor", "托位与家庭匹配系数", "match factor", Uncertainty::matchFactor, "matchFactor"),
    BIRTHS_TREND_SHIFT("birthsTrendShift", "出生趋势偏移", "births trend shift", Uncertainty::birthsTrendShift, null),
    INCOME_GRADIENT("incomeGradient", "入托意愿的收入弹性 ζ", "income gradient of interest ζ", null, "incomeGradient"),
    INCOME_SENSITIVITY("incomeSensitivity", "价格敏感度随收入变化 η", "income scaling of the price term η", null,
            "incomeSensitivity"),
    NEST_PARAMETER("nestParameter", "嵌套logit参数 λ", "nest parameter λ", null, "nestParameter"),
    MARKET_PREMIUM("marketPremium", "市场化托位偏好 δ_market", "market premium δ_market", null, "marketPremium"),
    ACCESS_SCALE("accessScale", "可达性尺度 ρ0", "access scale ρ0", null, "accessScale"),
    EXIT_RATE("exitRate", "亏损机构退出率 κ", "exit rate of loss-making centres κ", null, "exitRate"),
    ENTRY_RATE("entryRate", "盈利市场托位增长率 ε", "entry rate of profitable market seats ε", null, "entryRate");

    /**
     * The ranges of the v2 parameters, from the table of docs/model.md §4, §5 and §7, until the engine publishes them
     * with the Monte Carlo's ranges; then this map goes and {@link #range} reads theirs.
     */
    private static final Map<String, Range> V2_RANGES = Map.of(
            "incomeGradient", new Range(0, 0.6), "incomeSensitivity", new Range(0, 0.5),
            "nestParameter", new Range(0.3, 1), "marketPremium", new Range(1, 5), "accessScale", new Range(0.03, 0.3),
            "exitRate", new Range(0.05, 0.3), "entryRate", new Range(0.03, 0.2));
    private static final double MAX_CURVE = Math.nextDown(5.0);
    private static final double MIN_CURVE = 1e-9;

    private final String key;
    private final String labelZh;
    private final String labelEn;
    private final Function<Uncertainty, Range> range;
    private final String behaviourName;

    BehaviourParameter(String key, String labelZh, String labelEn, Function<Uncertainty, Range> range,
                       String behaviourName) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.range = range;
        this.behaviourName = behaviourName;
    }

    /** The key of the parameter's range: under {@code uncertainty:} for the drawn ones, the behaviour name for v2. */
    public String key() { return key; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    public Range range(Uncertainty u) { return range != null ? range.apply(u) : V2_RANGES.get(key); }

    /** True for the parameters the Monte Carlo draws (the scenario's {@code uncertainty:} block sets their ranges). */
    public boolean drawn() { return range != null; }

    /** The value that leaves a scenario as it is: 1 for a multiplier, 0 for the shift, the scenario's own otherwise. */
    public double central(Scenario s) {
        switch (this) {
            case POTENTIAL_DEMAND_SHARE, B50, S: return 1;
            case BIRTHS_TREND_SHIFT: return 0;
            default: return s.behaviour().get(behaviourName);
        }
    }

    /** The calibration parameter this one is, or null (the births trend is never calibrated). */
    public FreeParameter freeParameter() { return behaviourName == null ? null : FreeParameter.fromName(behaviourName); }

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
            case BIRTHS_TREND_SHIFT:
                return new Scenario(s.name(), MonteCarlo.shiftBirths(s.region(), v), s.levers(), s.behaviour(), s.horizon());
            default:
                return s.withBehaviour(b.with(behaviourName, v));
        }
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
