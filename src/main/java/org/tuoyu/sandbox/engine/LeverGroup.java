package org.tuoyu.sandbox.engine;

/** The four groups the policy study sorts instruments into; also the order of the decomposition. */
public enum LeverGroup implements Labelled {
    SUPPLY("supply", "补供方", "supply side"),
    DEMAND("demand", "补需方", "demand side"),
    LEAVE("leave", "假期", "leave"),
    SEATS("seats", "托位", "seats");

    private final String key;
    private final String labelZh;
    private final String labelEn;

    LeverGroup(String key, String labelZh, String labelEn) {
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
}
