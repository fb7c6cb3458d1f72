package org.tuoyu.sandbox.engine;

/** The three one-year age bands of children under 3. */
public enum AgeBand {
    A0("0-11个月", "0-11 months"),
    A1("12-23个月", "12-23 months"),
    A2("24-35个月", "24-35 months");

    public static final int COUNT = 3;

    private final String labelZh;
    private final String labelEn;

    AgeBand(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
