package org.tuoyu.sandbox.engine;

/**
 * The three accounts public money comes from (MODEL.md §9). They are never added up without a label: the
 * general budget is what a committee can move, the insurance fund and tax expenditure are not budget lines.
 */
public enum Account implements Labelled.Held {
    GENERAL_BUDGET("generalBudget", "一般公共预算", "general budget"),
    INSURANCE_FUND("insuranceFund", "生育保险基金", "maternity insurance fund"),
    TAX_EXPENDITURE("taxExpenditure", "税式支出", "tax expenditure");

    public static final int COUNT = 3;

    private final Label label;

    Account(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    public static Account fromKey(String key) { return Labelled.fromKey(values(), key); }
}
