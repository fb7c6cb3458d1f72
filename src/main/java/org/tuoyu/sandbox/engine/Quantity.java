package org.tuoyu.sandbox.engine;

/**
 * The quantities the steps write to a {@link Trace}, each with its labels and the equation that gives it — written
 * once, here, in docs/model.md's notation. Per-mode quantities are traced with scope id/mode, per-quintile ones
 * with id/Qn, per-quintile-and-band ones with id/Qn/An.
 */
public enum Quantity {
    // §3 families
    CHILDREN("3岁以下儿童", "Children under 3", "N(d) = N(A0) + N(A1) + N(A2)", Explain.Unit.COUNT),
    INCOME_MIX("该收入组家庭占比", "Share of families in the quintile", "mix_d(q)：对数正态分布落入全市第 q 组区间的比例",
            Explain.Unit.SHARE),
    HOUSEHOLD_INCOME("家庭月收入", "Household income per month", "Y = y_q / 12 × 户均人口", Explain.Unit.YUAN_MONTH),
    INCOME_SEEN("决策所用收入（含补贴）", "Income families decide with", "Y' = Y + 育儿补贴 / 12 + 扣除 × 边际税率",
            Explain.Unit.YUAN_MONTH),
    // §6 fees
    FEE_CAP("普惠收费上限", "Inclusive fee cap", "feeCapShare × 区家庭月均收入", Explain.Unit.YUAN_MONTH),
    FEE("机构收费", "Fee charged", "市场价；普惠 = min(标价, 上限)；托班同规则", Explain.Unit.YUAN_MONTH),
    NET_PRICE("家庭净价（2-3岁）", "Net price to the family (24-35 months)",
            "p = min(收费, incomeRelatedFeeShare × Y) − 托育券", Explain.Unit.YUAN_MONTH),
    // §4 choice
    LEAVE_FACTOR("假期对0-1岁需求的系数", "Leave factor on A0 interest",
            "L = max(0, 1 − leaveEffect × (覆盖天数 − 数据年覆盖天数) / 365)", Explain.Unit.NUMBER),
    INTEREST("考虑送托的比例（2-3岁）", "Share considering formal care (24-35 months)",
            "I = min(1, D0 × w_a × (Y'/Ȳ)^ζ)", Explain.Unit.SHARE),
    UTILITY("效用（2-3岁）", "Utility (24-35 months)", "V_j = α + δ_j + β × p/Ȳ × (Ȳ/Y')^η", Explain.Unit.NUMBER),
    CENTRE_SHARE("全部可达且有位时选择机构的比例", "Would choose a centre with every mode open",
            "P(centre | S) = e^{λ·IV} / (1 + e^{λ·IV}), IV = ln Σ e^{V_j/λ}", Explain.Unit.SHARE),
    INTERESTED("有送托意向", "Interested families", "Σ N × I", Explain.Unit.COUNT),
    // §5 access and rationing
    SEATS("托位", "Seats", "上年托位 − 关停 + 新增", Explain.Unit.COUNT),
    COVERAGE("可达覆盖率", "Coverage (a centre in reach)",
            "cov = 1 − exp(−(c + (1 − c) m) × 托位 / 儿童 / ρ0)", Explain.Unit.SHARE),
    ADMISSION("录取概率", "Admission probability", "r ← min(1, 托位 / 申请者)，迭代至收敛", Explain.Unit.SHARE),
    ENROLLED("入托", "Enrolled", "Σ_S P(S) × P(j | S) × 意向家庭，P(S) 由 cov × r 决定", Explain.Unit.COUNT),
    UTILISATION("托位使用率", "Utilisation", "入托 / 托位", Explain.Unit.SHARE),
    PRICED_OUT("托不起或不愿送", "Priced out or preferring home", "意向 × (1 − P(centre | 全部方式))", Explain.Unit.COUNT),
    NO_REACH("没地托：附近没有", "No seat: none in reach", "意向 × P(centre | 全部) − 全部有位时的入托", Explain.Unit.COUNT),
    FULL("没地托：已满", "No seat: full", "全部有位时的入托 − 入托", Explain.Unit.COUNT),
    // §7 providers
    MARGIN("每托位月盈亏", "Margin per seat-month", "u × (收入 − 变动成本) − 固定成本", Explain.Unit.YUAN_MONTH),
    BREAK_EVEN("保本使用率", "Break-even utilisation", "固定成本 / (收入 − 变动成本)", Explain.Unit.SHARE),
    EXIT("下一年关停比例", "Share closing before next year", "κ × min(1, −盈亏 / 固定成本)", Explain.Unit.SHARE),
    ENTRY("下一年市场化托位增长", "Market growth before next year", "ε × min(1, 盈亏 / 固定成本)", Explain.Unit.SHARE),
    // §9 public money
    FISCAL("财政分项", "Public money by component", "见 docs/model.md §9 各分项公式", Explain.Unit.YUAN_YEAR);

    private final String labelZh;
    private final String labelEn;
    private final String formula;
    private final Explain.Unit unit;

    Quantity(String labelZh, String labelEn, String formula, Explain.Unit unit) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.formula = formula;
        this.unit = unit;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    /** The equation, in docs/model.md's notation. */
    public String formula() { return formula; }

    public Explain.Unit unit() { return unit; }
}
