package org.tuoyu.sandbox.scenario;

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

    public String flagLabelZh() {
        switch (flag) {
            case "E": return "精确（一手来源）";
            case "S": return "精确（二手来源）";
            case "M": return "记忆值，待核";
            case "X": return "推算";
            default: return "假设";
        }
    }

    public String flagLabelEn() {
        switch (flag) {
            case "E": return "exact, primary source";
            case "S": return "exact, secondary source";
            case "M": return "remembered, to verify";
            case "X": return "derived";
            default: return "assumption";
        }
    }
}
