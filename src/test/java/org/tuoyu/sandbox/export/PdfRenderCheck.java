package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opt-in, not in CI (LibreOffice takes seconds and is not a project dependency):
 * {@code mvn test -Dtest=PdfRenderCheck -Dpdf.check=true}. Needs soffice, pdftotext, pdfinfo and pdftoppm
 * (Debian: {@code apt-get install libreoffice-calc libreoffice-writer poppler-utils fonts-wqy-microhei}). Converts the
 * five Beijing scenarios' workbook and brief to PDF with LibreOffice headless, checks that the Chinese text came
 * through, that 概览 is one page and the brief 3–6 pages, and leaves PNGs of every page in target/pdf-check/ to look
 * at (docs/export.md shows the brief's).
 */
@EnabledIfSystemProperty(named = "pdf.check", matches = "true")
class PdfRenderCheck {

    @Test
    void theBeijingWorkbookRendersInLibreOffice() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "pdf-check")).toAbsolutePath();
        Path xlsx = dir.resolve("beijing.xlsx");
        var docs = Fixtures.beijing();
        ComparisonWorkbook.write(docs, Fixtures.evaluate(docs), xlsx, Language.ZH, ExportProgress.NONE);
        run(dir, "soffice", "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString());
        Path pdf = dir.resolve("beijing.pdf");
        assertTrue(Files.size(pdf) > 10_000, "a PDF was written");
        run(dir, "pdftotext", "-f", "1", "-l", "1", pdf.toString(), dir.resolve("page1.txt").toString());
        String page1 = Files.readString(dir.resolve("page1.txt"), StandardCharsets.UTF_8);
        assertTrue(page1.contains("方案比较概览"), page1);
        assertTrue(page1.contains("北京 2025 基线"), page1);
        run(dir, "pdftoppm", "-r", "80", "-png", pdf.toString(), dir.resolve("page").toString());
    }

    @Test
    void theBeijingBriefRendersInThreeToSixPages() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "pdf-check")).toAbsolutePath();
        Path docx = dir.resolve("brief.docx");
        var docs = Fixtures.beijing();
        Brief.write(docs, Fixtures.evaluate(docs), null, ExportOptions.DEFAULT, docx, Language.ZH);
        run(dir, "soffice", "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve("brief.pdf");
        run(dir, "pdfinfo", pdf.toString());
        String info = Files.readString(dir.resolve("pdfinfo.log"), StandardCharsets.UTF_8);
        int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
        assertTrue(pages >= 3 && pages <= 6, "pages: " + pages);
        run(dir, "pdftotext", pdf.toString(), dir.resolve("brief.txt").toString());
        String text = Files.readString(dir.resolve("brief.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("主要结论") && text.contains("杭州式托育券"), text);
        run(dir, "pdftoppm", "-r", "60", "-png", pdf.toString(), dir.resolve("brief-page").toString());
    }

    @Test
    void theEnglishWorkbookAndBriefRenderToo() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "pdf-check", "en")).toAbsolutePath();
        var docs = Fixtures.beijing();
        var results = Fixtures.evaluate(docs);
        ComparisonWorkbook.write(docs, results, dir.resolve("beijing-en.xlsx"), Language.EN, ExportProgress.NONE);
        Brief.write(docs, results, null, ExportOptions.DEFAULT, dir.resolve("brief-en.docx"), Language.EN);
        run(dir, "soffice", "--headless", "--convert-to", "pdf", "--outdir", dir.toString(),
                dir.resolve("beijing-en.xlsx").toString(), dir.resolve("brief-en.docx").toString());
        run(dir, "pdftotext", dir.resolve("brief-en.pdf").toString(), dir.resolve("brief-en.txt").toString());
        String text = Files.readString(dir.resolve("brief-en.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("3. Findings") && text.contains("Hangzhou-style vouchers"), text);
        assertTrue(!text.matches("(?s).*[a-z]\\.[A-Z][a-z].*"), "English sentences are spaced");
        run(dir, "pdftoppm", "-r", "60", "-png", dir.resolve("brief-en.pdf").toString(), dir.resolve("brief-page").toString());
        run(dir, "pdftoppm", "-r", "80", "-png", dir.resolve("beijing-en.pdf").toString(), dir.resolve("page").toString());
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(cmd[0] + ".log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), cmd[0] + " finished");
        assertEquals(0, p.exitValue(), cmd[0] + " failed; see " + dir.resolve(cmd[0] + ".log"));
    }
}
