package org.tuoyu.sandbox.engine;

/** Who pays a component of public spending. */
public enum Payer implements Labelled {
    NATIONAL("中央", "national"),
    CITY("市级", "city"),
    DISTRICT("区级", "district"),
    INSURANCE_FUND("生育保险基金", "insurance fund");

    public static final int COUNT = 4;
    private final String labelZh;
    private final String labelEn;

    Payer(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** Spelling in files and JSON. */
    @Override
    public String key() {
        switch (this) {
            case NATIONAL: return "national";
            case CITY: return "city";
            case DISTRICT: return "district";
            default: return "insuranceFund";
        }
    }
}
