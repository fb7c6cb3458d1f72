package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * 参数 of the Chinese workbook explains Beijing's figures in Chinese (the files' {@code sourceZh}), quoting its sources
 * as they are written; the English workbook keeps the English notes. Choice levers read as words in both.
 */
class SourceNotesLanguageTest {

    /** Web addresses and named sources, which stay in their own language. */
    private static final Pattern CITATION = Pattern.compile("\\S*\\.(com|cn|html|city|org)\\S*|China Daily|SOURCES\\.md|seed \\d+|docs/\\S+");

    private static XSSFSheet levers(List<ScenarioDocument> docs, List<ScenarioResult> results, Language lang, XSSFWorkbook wb) {
        XSSFSheet s = wb.createSheet(lang.name());
        LeverSheet.write(s, new Styles(wb, lang), new Comparison(docs, results, lang, null));
        return s;
    }

    private static List<String> column(XSSFSheet s, int col) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) out.add(c.getStringCellValue());
        }
        return out;
    }

    private static boolean english(String note) {
        String t = CITATION.matcher(note).replaceAll("");
        long latin = t.chars().filter(ch -> ch < 128 && Character.isLetter(ch)).count();
        long han = t.codePoints().filter(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN).count();
        return latin > 2 * han && latin > 8;
    }

    @Test
    void beijingsNotesAreChineseInTheChineseWorkbookAndEnglishInTheEnglishOne() throws Exception {
        List<ScenarioDocument> docs = Fixtures.beijing();
        List<ScenarioResult> results = Fixtures.evaluate(docs);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            List<String> zh = column(levers(docs, results, Language.ZH, wb), 8);
            List<String> en = column(levers(docs, results, Language.EN, wb), 8);
            assertTrue(zh.size() > 300, "notes: " + zh.size());
            List<String> untranslated = zh.stream().filter(SourceNotesLanguageTest::english).toList();
            assertEquals(List.of(), untranslated, "English notes in the Chinese 参数");
            assertTrue(en.stream().anyMatch(n -> n.startsWith("2020 census district populations")), "the English note kept");
            assertTrue(zh.stream().anyMatch(n -> n.startsWith("2020 年人口普查各区人口")), "the Chinese note used");
            List<String> values = column(wb.getSheet("ZH"), LeverSheet.VALUE_COL);
            String residents = LeverKey.ELIGIBILITY.choices().get(0);
            assertTrue(values.contains("常住人口") && !values.contains(residents), "eligibility by its label");
        }
    }
}
