package org.tuoyu.sandbox.engine;

/** Who pays a component of public spending. */
public enum Payer implements Labelled.Held {
    NATIONAL("national", "中央", "national"),
    CITY("city", "市级", "city"),
    DISTRICT("district", "区级", "district"),
    INSURANCE_FUND("insuranceFund", "生育保险基金", "insurance fund");

    public static final int COUNT = 4;
    private final Label label;

    /** @param key spelling in files and JSON */
    Payer(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }
}
