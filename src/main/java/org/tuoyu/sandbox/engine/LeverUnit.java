package org.tuoyu.sandbox.engine;

/** What a lever's number means, for display and validation; the key is its name in the lever glossary's data. */
public enum LeverUnit implements Labelled.Held {
    YUAN_PER_MONTH("yuanPerMonth", "元/月", "yuan/month"),
    YUAN_PER_YEAR("yuanPerYear", "元/年", "yuan/year"),
    YUAN("yuan", "元", "yuan"),
    DAYS("days", "天", "days"),
    PER_THOUSAND("perThousand", "个/千人", "per 1000 residents"),
    SHARE("share", "%", "%"),
    YEARS("years", "年", "years"),
    RANK("rank", "", ""),
    FLAG("flag", "", ""),
    CHOICE("choice", "", "");

    private final Label label;

    LeverUnit(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    public static LeverUnit fromKey(String key) { return Labelled.fromKey(values(), key); }
}
