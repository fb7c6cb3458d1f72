package org.tuoyu.sandbox.engine;

/** The three one-year age bands of children under 3; the key is the band's suffix in lever paths (voucher.A2). */
public enum AgeBand implements Labelled.Held {
    A0("A0", "0-11个月", "0-11 months"),
    A1("A1", "12-23个月", "12-23 months"),
    A2("A2", "24-35个月", "24-35 months");

    public static final int COUNT = 3;

    private final Label label;

    AgeBand(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    public static AgeBand fromKey(String key) { return Labelled.fromKey(values(), key); }
}
