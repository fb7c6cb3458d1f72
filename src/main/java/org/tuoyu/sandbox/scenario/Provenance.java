package org.tuoyu.sandbox.scenario;

import org.tuoyu.sandbox.engine.Label;
import org.tuoyu.sandbox.engine.Labelled;

/**
 * Where a figure comes from. Flags: E exact (primary source), S exact from a secondary page,
 * M remembered (verify), X derived here by a stated rule, A an assumption of ours. {@code sourceZh} is the same note
 * in Chinese where the file gives one ({@code sourceZh:}, the citations kept as written), so that a Chinese workbook
 * or brief does not explain its figures in English; empty when the file has none.
 */
public record Provenance(String flag, String source, String sourceZh) {

    public static final String FLAGS = "EXSMA";

    public Provenance {
        if (flag == null || flag.length() != 1 || FLAGS.indexOf(flag.charAt(0)) < 0) {
            throw new IllegalArgumentException("flag must be one of E, S, M, X, A");
        }
        source = source == null ? "" : source;
        sourceZh = sourceZh == null ? "" : sourceZh;
    }

    public Provenance(String flag, String source) { this(flag, source, ""); }

    /** The note in the reader's language: the Chinese text where there is one, else the file's own. */
    public String source(boolean english) { return english || sourceZh.isEmpty() ? source : sourceZh; }

    /** True for figures a user should replace with yearbook data when they can. */
    public boolean estimate() { return "MXA".contains(flag); }

    public String flagLabelZh() { return Flag.of(flag).labelZh(); }

    public String flagLabelEn() { return Flag.of(flag).labelEn(); }

    /** The five flags with their labels, as an engine enum carries its own (decisions 0013, 0036). */
    public enum Flag implements Labelled.Held {
        E("E", "精确（一手来源）", "exact, primary source"),
        S("S", "精确（二手来源）", "exact, secondary source"),
        M("M", "记忆值，待核", "remembered, to verify"),
        X("X", "推算", "derived"),
        A("A", "假设", "assumption");

        private final Label label;

        Flag(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

        @Override
        public Label label() { return label; }

        /** The flag a provenance states (the record checks it is one of the five). */
        static Flag of(String key) { return Labelled.fromKey(values(), key); }
    }
}
