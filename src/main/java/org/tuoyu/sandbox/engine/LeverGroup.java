package org.tuoyu.sandbox.engine;

/** The four groups the policy study sorts instruments into; also the order of the decomposition. */
public enum LeverGroup implements Labelled.Held {
    SUPPLY("supply", "补供方", "supply side"),
    DEMAND("demand", "补需方", "demand side"),
    LEAVE("leave", "假期", "leave"),
    SEATS("seats", "托位", "seats");

    private final Label label;

    LeverGroup(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }
}
