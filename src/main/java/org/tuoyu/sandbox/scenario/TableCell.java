package org.tuoyu.sandbox.scenario;

/**
 * One cell of a district table as read: text, a number, or an error, with where it is ("分区!B7" or "line 7").
 * {@code merged} is set on a cell of a merged range that does not hold the range's value (see {@link XlsxTable}).
 */
record TableCell(String ref, String text, Double number, boolean percentFormat, String error, String merged) {

    static TableCell text(String ref, String text) { return new TableCell(ref, text, null, false, null, null); }

    static TableCell number(String ref, double v, boolean percentFormat) { return new TableCell(ref, null, v, percentFormat, null, null); }

    static TableCell error(String ref, String error) { return new TableCell(ref, null, null, false, error, null); }

    /** The same value at another cell: a merged range's value as read at each of its cells down one column. */
    TableCell at(String otherRef) { return new TableCell(otherRef, text, number, percentFormat, error, merged); }

    boolean blank() {
        if (number != null || error != null || merged != null) return false;
        String t = text == null ? "" : text.trim();
        return t.isEmpty() || t.equals("-") || t.equals("—") || t.equals("–") || t.equals("…") || t.equals("……") || t.equals("/");
    }

    String shown() {
        if (merged != null) return "(merged)";
        if (error != null) return error;
        if (number != null) return RegionReader.fmt(number);
        return "\"" + text + "\"";
    }

    String asText() {
        if (number != null) return RegionReader.fmt(number);
        return text == null ? "" : text.trim();
    }
}
