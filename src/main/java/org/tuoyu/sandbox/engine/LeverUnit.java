package org.tuoyu.sandbox.engine;

/** What a lever's number means, for display and validation. */
public enum LeverUnit {
    YUAN_PER_MONTH("元/月", "yuan/month"),
    YUAN_PER_YEAR("元/年", "yuan/year"),
    YUAN("元", "yuan"),
    DAYS("天", "days"),
    PER_THOUSAND("个/千人", "per 1000 residents"),
    SHARE("%", "%"),
    YEARS("年", "years"),
    RANK("", ""),
    FLAG("", ""),
    CHOICE("", "");

    private final String labelZh;
    private final String labelEn;

    LeverUnit(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
