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

    static TableGrid read(Path file) throws ScenarioFileException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw refused(file, "no such file");
        } catch (IOException e) {
            throw refused(file, "cannot read the file: " + e.getMessage());
        }
        if (size > MAX_FILE_BYTES) {
            throw refused(file, String.format("refused: the file is %.1f MB, more than the %d MB limit for a district table",
                    size / 1048576.0, MAX_FILE_BYTES / 1048576));
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return XlsxTable.read(file);
        if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw refused(file, "cannot read the file: " + e.getMessage());
            }
            return CsvTable.parse(TextEncoding.decode(bytes, file), file);
        }
        if (lower.endsWith(".xls")) throw refused(file, "the old .xls format is not read: save the table as .xlsx or .csv");
        throw refused(file, "not a district table: the name must end in .xlsx or .csv");
    }

    static ScenarioFileException refused(Path file, String problem) {
        return new ScenarioFileException(file.toString(), 0, "", null, problem);
    }
}
