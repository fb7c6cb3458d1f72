package org.tuoyu.sandbox.ui.compare;

import java.util.List;

/**
 * A table as the comparison and multi-year views show it: texts only, already formatted in the UI's language, so a
 * view draws it without knowing the engine. Column groups (a scenario: value, Δ, Δ%; or a year) head the columns;
 * every row has a label that stays in view while the values scroll.
 *
 * @param corner     the label column's header
 * @param groups     column groups, left to right; their spans add up to the number of columns
 * @param subHeaders one per column (empty strings when a group has one column)
 * @param widths     one per column, in pixels
 * @param rowLabels  one per row
 * @param rowTips    one per row: what the row counts and its unit
 * @param cells      rows × columns
 * @param cornerTip  the corner in full (its tooltip and the TSV's first cell): the by-year table's corner is a short name
 */
public record GridTable(String corner, List<Group> groups, List<String> subHeaders, List<Double> widths,
                        List<String> rowLabels, List<String> rowTips, List<List<Cell>> cells, String cornerTip) {

    /** A table whose corner is shown in full. */
    public GridTable(String corner, List<Group> groups, List<String> subHeaders, List<Double> widths,
                     List<String> rowLabels, List<String> rowTips, List<List<Cell>> cells) {
        this(corner, groups, subHeaders, widths, rowLabels, rowTips, cells, corner);
    }

    /**
     * @param text    shown (a short name)
     * @param tooltip in full
     * @param colour  "#RRGGBB" swatch beside the text, or null
     * @param span    columns it heads
     */
    public record Group(String text, String tooltip, String colour, int span) {}

    /** A shown value; tone +1 good news, −1 bad, 0 neither (as the tiles colour changes). */
    public record Cell(String text, int tone) {
        public static Cell plain(String text) { return new Cell(text, 0); }
    }

    public int columns() { return subHeaders.size(); }

    /** Tab-separated, one line per row, headed by the groups' full names and the sub-headers: ready to paste. */
    public String tsv() {
        StringBuilder sb = new StringBuilder(clean(cornerTip));
        int col = 0;
        for (Group g : groups) {
            for (int k = 0; k < g.span(); k++, col++) {
                String sub = subHeaders.get(col);
                sb.append('\t').append(clean(g.tooltip())).append(sub.isEmpty() ? "" : " " + clean(sub));
            }
        }
        sb.append('\n');
        for (int r = 0; r < rowLabels.size(); r++) {
            sb.append(clean(rowLabels.get(r)));
            for (Cell c : cells.get(r)) sb.append('\t').append(clean(c.text()));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A tab or line break inside a text would shift every cell after it in the spreadsheet. */
    private static String clean(String s) { return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " "); }
}
