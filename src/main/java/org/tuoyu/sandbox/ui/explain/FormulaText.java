package org.tuoyu.sandbox.ui.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine writes each formula once, mostly in Chinese words with symbols, a few with an English gloss after the
 * Chinese ("区域数据 y_q region data"). The panel speaks one language: this gives the Chinese alone, or the formula
 * with its words in English (whole sentences first, then the terms, longest first so 意向家庭 is not read as 意向 +
 * 家庭). FormulaTextTest fails when the engine writes a word this list does not know.
 */
final class FormulaText {

    private FormulaText() {}

    /** Formulas that read as sentences, or carry a gloss: Chinese, English. */
    private static final Map<String, String[]> WHOLE = new LinkedHashMap<>();
    /** Words inside formulas, Chinese → English. */
    private static final Map<String, String> TERMS = new LinkedHashMap<>();
    /** "净负担 > 20% 的有需求家庭占比" carries a number. */
    private static final Pattern ABOVE = Pattern.compile("净负担 > (\\S+) 的有需求家庭占比");

    static {
        whole("区域数据 y_q region data", "区域数据 y_q", "y_q, region data");
        whole("各一般预算分项之和 sum of its components", "各一般预算分项之和", "sum of the general-budget components");
        whole("附近没有 + 已满 none in reach + full", "附近没有 + 已满", "none in reach + full");
        whole("mix_d(q)：对数正态分布落入全市第 q 组区间的比例", null,
                "mix_d(q): share of the district's log-normal incomes inside the city's quintile q");
        whole("r ← min(1, 托位 / 申请者)，迭代至收敛", null, "r ← min(1, seats / applicants), iterated to convergence");
        whole("Σ_S P(S) × P(j | S) × 意向家庭，P(S) 由 cov × r 决定", null,
                "Σ_S P(S) × P(j | S) × interested families, P(S) from cov × r");
        whole("净支出 / 家庭月收入，在托儿童平均", null, "net cost / household income per month, mean over enrolled children");
        whole("市场价；普惠 = min(标价, 上限)；托班同规则", null,
                "market price; inclusive = min(list price, cap); toddler classes alike");
        whole("见 docs/model.md §9 各分项公式", null, "see docs/model.md §9 for each component's formula");
        whole("Σ 各区 y_q / 12 × 户均人口 × 儿童 / 儿童", null, "Σ over districts y_q / 12 × household size × children / children");
        whole("Σ 各区儿童 × mix_d(q)", null, "Σ over districts children × mix_d(q)");
        for (String[] t : List.of(
                new String[] {"全部有位时的入托", "enrolled if every mode had seats"},
                new String[] {"区家庭月均收入", "district mean household income per month"},
                new String[] {"数据年覆盖天数", "days covered in the data year"},
                new String[] {"生育保险基金", "insurance fund"},
                new String[] {"家庭月收入", "household income per month"},
                new String[] {"上年托位", "last year's seats"},
                new String[] {"全部方式", "every mode"},
                new String[] {"意向家庭", "interested families"},
                new String[] {"覆盖天数", "days covered"},
                new String[] {"户均人口", "household size"},
                new String[] {"变动成本", "variable cost"},
                new String[] {"固定成本", "fixed cost"},
                new String[] {"一般预算", "general budget"},
                new String[] {"税式支出", "tax expenditure"},
                new String[] {"育儿补贴", "childcare allowance"},
                new String[] {"边际税率", "marginal tax rate"},
                new String[] {"净支出", "net cost"},
                new String[] {"净负担", "net burden"},
                new String[] {"托育券", "voucher"},
                new String[] {"申请者", "applicants"},
                new String[] {"全部", "every mode"},
                new String[] {"入托", "enrolled"},
                new String[] {"关停", "closed"},
                new String[] {"新增", "opened"},
                new String[] {"盈亏", "margin"},
                new String[] {"托位", "seats"},
                new String[] {"扣除", "deduction"},
                new String[] {"收入", "revenue"},
                new String[] {"收费", "fee"},
                new String[] {"意向", "interested"},
                new String[] {"儿童", "children"},
                new String[] {"上限", "cap"})) {
            TERMS.put(t[0], t[1]);
        }
    }

    private static void whole(String formula, String zh, String en) { WHOLE.put(formula, new String[] {zh, en}); }

    /** The formula in one language. */
    static String of(String formula, boolean english) {
        if (formula == null) return "";
        String[] w = WHOLE.get(formula);
        if (w != null) return english ? w[1] : w[0] == null ? formula : w[0];
        if (!english) return formula;
        Matcher m = ABOVE.matcher(formula);
        if (m.matches()) return "share of families with demand whose net burden > " + m.group(1);
        String s = formula;
        for (Map.Entry<String, String> t : TERMS.entrySet()) s = s.replace(t.getKey(), t.getValue());
        return s;
    }
}
