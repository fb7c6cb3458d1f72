package org.tuoyu.sandbox.scenario;

import static org.tuoyu.sandbox.scenario.TableFile.MAX_COLUMNS;
import static org.tuoyu.sandbox.scenario.TableFile.MAX_ROWS;
import static org.tuoyu.sandbox.scenario.TableFile.refused;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A .csv district table as rows of text cells (RFC 4180 quoting, comma, semicolon or tab). Our own parser, not a
 * library's: docs/decisions/0014-csv-parser.md says why.
 */
final class CsvTable {

    /** How a .csv row is named inside the import ("line 7"); {@link ImportTexts#where} shows it in the user's language. */
    static final String LINE = "line ";

    private CsvTable() {}

    /** The rows of {@code text}; each cell is named by the line its row starts on. */
    static TableGrid parse(String text, Path file, ImportTexts t) throws ScenarioFileException {
        char delimiter = delimiter(text);
        List<List<TableCell>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int quoteLine = 0;
        int line = 1;
        int rowStart = 1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') line++;
                    field.append(ch);
                }
                continue;
            }
            if (ch == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (ch == delimiter) {
                cur.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                if (i == n && cur.isEmpty() && field.length() == 0) break;
                cur.add(field.toString());
                field.setLength(0);
                if (rows.size() >= MAX_ROWS) {
                    throw refused(file, t.t("csv.tooManyRows", ImportTexts.count(MAX_ROWS)));
                }
                rows.add(cells(LINE + rowStart, cur));
                names.add(LINE + rowStart);
                cur = new ArrayList<>();
                line++;
                rowStart = line;
            } else if (ch != '\r') { // CRLF: the \n ends the row
                field.append(ch);
            }
        }
        if (quoted) {
            throw refused(file, t.t("csv.unclosedQuote", quoteLine));
        }
        return new TableGrid("", rows, names, List.of());
    }

    private static List<TableCell> cells(String ref, List<String> fields) {
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(fields.size(), MAX_COLUMNS); c++) cells.add(TableCell.text(ref, fields.get(c)));
        return cells;
    }

    /** Comma, semicolon or tab: whichever the first line holds most of. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char d : new char[] {';', '\t'}) {
            long k = first.chars().filter(c -> c == d).count();
            if (k > most) {
                most = k;
                best = d;
            }
        }
        return best;
    }
}
