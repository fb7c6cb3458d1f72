package org.tuoyu.sandbox.scenario;

import java.util.List;

/**
 * A sheet or a .csv as rows of cells. {@code rowNames} gives each row's "分区!7" or "line 7"; {@code merges} the
 * merged ranges of an .xlsx sheet (none for a .csv).
 */
record TableGrid(String sheet, List<List<TableCell>> rows, List<String> rowNames, List<Merge> merges) {

    TableGrid {
        merges = List.copyOf(merges);
    }

    /**
     * A merged range with a value: its cells below the value's cell, in the same column, read that value
     * ({@code copiedTo}); its cells in other columns are refused ({@code refused}), since one value for two fields
     * is a layout, not data. Rows and columns count from 0.
     */
    record Merge(String range, String valueCell, String value, int firstRow, int lastRow, int firstColumn, int lastColumn,
                 List<String> copiedTo, List<String> refused) {

        Merge {
            copiedTo = List.copyOf(copiedTo);
            refused = List.copyOf(refused);
        }

        /** The note for the import report: which cells took the value, which were refused. */
        String note(ImportTexts t) {
            String local = range.substring(range.indexOf('!') + 1);
            String copied = copiedTo.isEmpty() ? "" : t.t("merge.copied", value, valueCell, String.join(", ", copiedTo));
            String notRead = refused.isEmpty() ? ""
                    : t.t(refused.size() == 1 ? "merge.refusedOne" : "merge.refusedMany", String.join(", ", refused), valueCell);
            String both = copied.isEmpty() || notRead.isEmpty() ? copied + notRead : t.t("merge.both", copied, notRead);
            return t.t("merge.note", local, both);
        }
    }
}
