package org.tuoyu.sandbox.engine;

/** Hukou status of a family: registered in the city, or a resident from elsewhere (MODEL.md §3). */
public enum Hukou implements Labelled.Held {
    LOCAL("local", "本地户籍", "local hukou"),
    NON_LOCAL("nonLocal", "非本地户籍", "non-local hukou");

    public static final int COUNT = 2;

    private final Label label;

    Hukou(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    /** Share of a district's families with this status. */
    public double share(double nonHukouShare) { return this == LOCAL ? 1 - nonHukouShare : nonHukouShare; }
}
