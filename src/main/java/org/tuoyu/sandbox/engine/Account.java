package org.tuoyu.sandbox.engine;

/**
 * The three accounts public money comes from (MODEL.md §9). They are never added up without a label: the
 * general budget is what a committee can move, the insurance fund and tax expenditure are not budget lines.
 */
public enum Account implements Labelled {
    GENERAL_BUDGET("generalBudget", "一般公共预算", "general budget"),
    INSURANCE_FUND("insuranceFund", "生育保险基金", "maternity insurance fund"),
    TAX_EXPENDITURE("taxExpenditure", "税式支出", "tax expenditure");

    public static final int COUNT = 3;
    private final String key;
    private final String labelZh;
    private final String labelEn;

    Account(String key, String labelZh, String labelEn) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String key() { return key; }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public static Account fromKey(String key) { return Labelled.fromKey(values(), key); }
}
