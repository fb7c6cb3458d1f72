package org.tuoyu.sandbox.engine;

/**
 * A behavioural parameter the Monte Carlo draws (MODEL.md §7 and §12; ranges and their reasons in docs/model.md §4–§7
 * and docs/uncertainty.md). The constants are in draw order: a draw takes one uniform number per constant, in this
 * order, so the first six draw exactly as they did under model version 1.
 *
 * <p>Each parameter is drawn as a {@link Kind#FACTOR} on the scenario's own (often calibrated or fitted) value, as a
 * {@link Kind#VALUE} that replaces it, or as a {@link Kind#SHIFT} added to every district's births trend. {@link #apply}
 * sets one value the way a draw sets it, so a tornado of one parameter at a time and a draw agree.
 */
public enum UncertainParameter implements Labelled.Held {
    POTENTIAL_DEMAND_SHARE("potentialDemandShareFactor", "D0", "潜在需求比例 D0（倍数）", "potential demand share D0 (factor)",
            Kind.FACTOR, new Range(0.8, 1.2), 0, 10),
    B50("b50Factor", "b50", "价格接受曲线中点 b50（倍数）", "willingness midpoint b50 (factor)",
            Kind.FACTOR, new Range(0.85, 1.15), 0, 10),
    S("sFactor", "s", "价格接受曲线斜率 s（倍数）", "willingness spread s (factor)", Kind.FACTOR, new Range(0.7, 1.3), 0, 10),
    LEAVE_EFFECT("leaveEffect", null, "假期对0-1岁需求的影响", "leave effect on A0 demand",
            Kind.VALUE, new Range(0.5, 1.0), 0, 1),
    MATCH_FACTOR("matchFactor", "m", "托位与家庭匹配系数", "match factor", Kind.VALUE, new Range(0.6, 1.0), 0, 1),
    BIRTHS_TREND_SHIFT("birthsTrendShift", null, "出生趋势偏移", "births trend shift",
            Kind.SHIFT, new Range(-0.02, 0.02), -0.5, 0.5),
    /** ζ 0–0.6: OECD PF3.2 income gradient of under-3 ECEC use, with or without price (docs/model.md §4). */
    INCOME_GRADIENT("incomeGradient", "zeta", "入托意愿的收入弹性 ζ", "income gradient of interest, ζ",
            Kind.VALUE, new Range(0, 0.6), 0, 3),
    /** η 0–0.5: the Jiangmen survey as a quintile mixture fits at η ≤ 0.25 and still tolerably at 0.5. */
    INCOME_SENSITIVITY("incomeSensitivity", "eta", "价格的收入敏感度 η", "income sensitivity of price, η",
            Kind.VALUE, new Range(0, 0.5), 0, 2),
    /** λ 0.3–1: centre-care nests in mode-choice studies lie around 0.4–0.8; 1 is the plain logit. */
    NEST_PARAMETER("nestParameter", "lambda", "机构托育巢参数 λ", "nest parameter of centre care, λ",
            Kind.VALUE, new Range(0.3, 1.0), 0.01, 1),
    /** δ_market 1–6: the Jiangmen fee gap at the survey slope is ≈ 3; a third to twice it, so that Beijing's fit (5.2,
     *  where a market share is observed) lies inside the range the other baselines are drawn from. */
    MARKET_PREMIUM("marketPremium", "deltaMarket", "市场化托位溢价 δ", "market premium, δ_market",
            Kind.VALUE, new Range(1, 6), -10, 10),
    /** ρ0 0.03–0.3 seats per child: a 50-seat centre over 170–1,700 children within a walk. */
    ACCESS_SCALE("accessScale", "rho0", "可达性尺度 ρ0", "access scale, ρ0", Kind.VALUE, new Range(0.03, 0.3), 0.005, 5),
    /** κ 0.05–0.3: yearly closure share of loss-making centres at the worst. */
    EXIT_RATE("exitRate", "kappa", "亏损机构退出率 κ", "exit rate of loss-making providers, κ",
            Kind.VALUE, new Range(0.05, 0.3), 0, 1),
    /** ε 0.03–0.2: yearly growth of a profitable market stock at the best. */
    ENTRY_RATE("entryRate", "epsilon", "盈利市场托位增长率 ε", "entry rate of profitable market seats, ε",
            Kind.VALUE, new Range(0.03, 0.2), 0, 1);

    /** How a drawn number is applied to the scenario. */
    public enum Kind {
        /** multiplies the scenario's own value */
        FACTOR,
        /** replaces the scenario's value */
        VALUE,
        /** is added to every district's births trend */
        SHIFT
    }

    private static final double MAX_CURVE = Math.nextDown(5.0), MIN_CURVE = 1e-9;

    private final Label label;
    private final String symbol;
    private final Kind kind;
    private final Range defaultRange;
    private final Range bounds;

    UncertainParameter(String key, String symbol, String labelZh, String labelEn, Kind kind, Range defaultRange,
                       double lowest, double highest) {
        this.label = new Label(key, labelZh, labelEn);
        this.symbol = symbol;
        this.kind = kind;
        this.defaultRange = defaultRange;
        this.bounds = new Range(lowest, highest);
    }

    /** The key under {@code uncertainty:} in a scenario file, and the labels. */
    @Override public Label label() { return label; }

    /** The model's symbol (D0, rho0, ...), or null where it has none. */
    public String symbol() { return symbol; }

    public Kind kind() { return kind; }

    /** The range drawn from unless a scenario file states another ({@link Uncertainty#DEFAULT}). */
    public Range defaultRange() { return defaultRange; }

    /** The widest range a file may state: a factor above 0, a value within what the model accepts. */
    public Range bounds() { return bounds; }

    /** The value that leaves a scenario as it is: 1 for a factor, 0 for the shift, the scenario's own otherwise. */
    public double central(Scenario s) {
        return switch (kind) {
            case FACTOR -> 1;
            case SHIFT -> 0;
            case VALUE -> s.behaviour().get(key());
        };
    }

    /**
     * True when a baseline's calibration re-solves this parameter ({@code free} its free parameters), so that in a
     * re-calibrated draw the drawn value is replaced by the fitted one.
     */
    public boolean calibratedBy(java.util.List<FreeParameter> free) {
        FreeParameter p = switch (this) {
            case POTENTIAL_DEMAND_SHARE -> FreeParameter.POTENTIAL_DEMAND_SHARE;
            case B50 -> FreeParameter.B50;
            case S -> FreeParameter.S;
            case LEAVE_EFFECT -> FreeParameter.LEAVE_EFFECT;
            case MATCH_FACTOR -> FreeParameter.MATCH_FACTOR;
            case MARKET_PREMIUM -> FreeParameter.MARKET_PREMIUM;
            case ACCESS_SCALE -> FreeParameter.ACCESS_SCALE;
            default -> null;
        };
        return p != null && free.contains(p);
    }

    /** The scenario with this parameter at {@code v} (a factor, a value or a shift), clamped as the model requires. */
    public Scenario apply(Scenario s, double v) {
        Behaviour b = s.behaviour();
        switch (this) {
            case POTENTIAL_DEMAND_SHARE:
                return s.withBehaviour(b.withPotentialDemandShare(clamp(b.potentialDemandShare() * v, 0, 1)));
            case B50:
                return s.withBehaviour(b.withWillingness(new WillingnessCurve(
                        clamp(b.willingness().b50() * v, MIN_CURVE, MAX_CURVE), b.willingness().s())));
            case S:
                return s.withBehaviour(b.withWillingness(new WillingnessCurve(
                        b.willingness().b50(), clamp(b.willingness().s() * v, MIN_CURVE, MAX_CURVE))));
            case BIRTHS_TREND_SHIFT:
                return new Scenario(s.name(), MonteCarlo.shiftBirths(s.region(), v), s.levers(), b, s.horizon());
            default:
                return s.withBehaviour(b.with(key(), clamp(v, bounds.low(), bounds.high())));
        }
    }

    /** The parameter whose file key is {@code key}, or null. */
    public static UncertainParameter fromKey(String key) { return Labelled.fromKey(values(), key); }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
