package org.tuoyu.sandbox.engine;

/** What an indicator's number counts, so every table and chart formats it the same way. */
public enum IndicatorUnit implements Labelled.Held {
    PEOPLE("people", "人", "people"),
    CHILDREN("children", "人", "children"),
    SEATS("seats", "个", "seats"),
    YUAN_PER_YEAR("yuanPerYear", "元/年", "yuan/year"),
    YUAN_PER_MONTH("yuanPerMonth", "元/月", "yuan/month"),
    YUAN_PER_CHILD_YEAR("yuanPerChildYear", "元/人·年", "yuan per child-year"),
    /** A fraction; shown as %, and its changes in percentage points. */
    SHARE("share", "%", "%"),
    /** A difference of two fractions; shown in percentage points. */
    POINTS("points", "百分点", "percentage points"),
    PER_THOUSAND("perThousand", "个/千人", "per 1000 residents"),
    /** A ratio such as min/max; no unit. */
    RATIO("ratio", "", "");

    private final Label label;

    IndicatorUnit(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    /** True for money, whose display scales to 万元 / 亿元. */
    public boolean money() { return this == YUAN_PER_YEAR || this == YUAN_PER_MONTH || this == YUAN_PER_CHILD_YEAR; }
}
