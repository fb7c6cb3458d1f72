package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare --xlsx honours --year (it wrote the first year whatever was asked), and refuses a year off the horizon. */
class CompareExportCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theWorkbookShowsTheChosenYear() throws Exception {
        Path out = dir.resolve("c.xlsx");
        assertEquals(0, run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml",
                "--year", "2030", "--xlsx", out.toString()), err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String title = wb.getSheet("分区").getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.contains("2030"), title);
        }
    }

    @Test
    void theBriefIsWrittenWithDrawsAndReopens() throws Exception {
        Path out = dir.resolve("brief.docx");
        assertEquals(0, run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml",
                "--brief", out.toString(), "--draws", "20", "--seed", "3"), err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(out);
             org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            StringBuilder all = new StringBuilder();
            d.getParagraphs().forEach(p -> all.append(p.getText()));
            assertTrue(all.toString().contains("三、主要结论"));
            assertTrue(all.toString().contains("种子 3"), "the bands' seed is quoted");
        }
    }

    @Test
    void aBriefIntoAMissingFolderIsNamedAndRefused() {
        Path out = dir.resolve("no/such/brief.docx");
        assertEquals(2, run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml",
                "--brief", out.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("brief.docx"));
    }

    @Test
    void aYearOutsideTheHorizonIsAUsageError() {
        Path out = dir.resolve("c.xlsx");
        assertEquals(2, run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml",
                "--year", "2099", "--xlsx", out.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2099"));
        assertTrue(!Files.exists(out));
    }
}
