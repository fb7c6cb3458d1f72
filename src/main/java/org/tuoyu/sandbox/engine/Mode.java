package org.tuoyu.sandbox.engine;

/** The centre-based modes of care a family can choose besides home care (MODEL.md §4). */
public enum Mode implements Labelled.Held {
    /** Kindergarten toddler classes (托班): inclusive, open to A2 only. */
    TODDLER_CLASS("toddlerClass", "幼儿园托班", "toddler class"),
    /** Inclusive (普惠) centres. */
    INCLUSIVE("inclusive", "普惠托位", "inclusive centre"),
    /** Market-priced centres. */
    MARKET("market", "市场化托位", "market centre");

    public static final int COUNT = 3;
    private static final Mode[] ALL = values();

    private final Label label;

    Mode(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    /** True when children of this age band may use the mode. */
    public boolean opensTo(int band) { return this != TODDLER_CLASS || band == AgeBand.A2.ordinal(); }

    /** True for the modes whose fees the fee-cap rules bind and whose admissions a priority rule orders. */
    public boolean inclusive() { return this != MARKET; }

    public static Mode of(int ordinal) { return ALL[ordinal]; }

    public static Mode fromKey(String key) { return Labelled.fromKey(ALL, key); }
}
