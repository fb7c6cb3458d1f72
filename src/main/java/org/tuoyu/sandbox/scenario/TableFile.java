package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The table source of a district import: which files are read at all (kind, size), and which reader reads them
 * ({@link XlsxTable} with its zip guards, {@link CsvTable} after {@link TextEncoding}). Everything refused here is
 * refused before a cell is looked at, with the file named.
 */
final class TableFile {

    /** Files larger than this are refused before they are opened. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Rows (lines of a .csv, rows of the sheet) beyond this are refused: a district table has a few dozen. */
    static final int MAX_ROWS = 5_000;
    /** Columns beyond this are not read. */
    static final int MAX_COLUMNS = 200;

    private TableFile() {}

    /** The file's table; a refusal is worded in {@code t}'s language. */
    static TableGrid read(Path file, ImportTexts t) throws ScenarioFileException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw refused(file, t.t("file.noSuchFile"));
        } catch (IOException e) {
            throw refused(file, t.t("file.cannotRead", e.getMessage()));
        }
        if (size > MAX_FILE_BYTES) {
            throw refused(file, t.t("file.tooLarge", String.format(Locale.ROOT, "%.1f", size / 1048576.0),
                    MAX_FILE_BYTES / 1048576));
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return XlsxTable.read(file, t);
        if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw refused(file, t.t("file.cannotRead", e.getMessage()));
            }
            return CsvTable.parse(TextEncoding.decode(bytes, file, t), file, t);
        }
        if (lower.endsWith(".xls")) throw refused(file, t.t("file.xls"));
        throw refused(file, t.t("file.notATable"));
    }

    static ScenarioFileException refused(Path file, String problem) {
        return new ScenarioFileException(file.toString(), 0, "", null, problem);
    }
}
