package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;
import org.tuoyu.sandbox.scenario.ImportReport.Kind;

/**
 * The import speaks the user's language (issue 12): the same hostile table gives Chinese reasons in Chinese and
 * English ones in English, each still naming the cell and the value; a table refused as a whole too.
 */
class ImportLanguageTest {

    /** English words that would show an English reason leaking into the Chinese report. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|must|not|line|no|of|a|cell|refused|district|write)\\b");

    @TempDir
    Path dir;

    private Path hostile() throws Exception {
        Path t = dir.resolve("分区.csv");
        Files.writeString(t, "区名,常住人口,普惠托位,非户籍人口占比\n"
                + "海淀,abc,-3,60\n"
                + "朝阳新区,100000,,\n"
                + "东城,0,,\n", StandardCharsets.UTF_8);
        return t;
    }

    private static Entry at(ImportReport r, Kind k, String where, String column) {
        return r.of(k).stream().filter(e -> e.where().equals(where) && e.column().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError(where + " " + column + " in\n" + String.join("\n", r.lines())));
    }

    @Test
    void aHostileTableInChineseGivesChineseReasonsNamingTheCell() throws Exception {
        ImportReport r = DistrictImport.read(hostile(), DistrictImportTest.beijing(), DistrictImportTest.DAY, ImportTexts.CHINESE);
        assertEquals("不是数字", at(r, Kind.REJECTED, "第 2 行", "常住人口").message());
        assertEquals("\"abc\"", at(r, Kind.REJECTED, "第 2 行", "常住人口").newValue(), "the value is named");
        assertEquals("人数或个数不能为负数", at(r, Kind.REJECTED, "第 2 行", "普惠托位").message());
        assertEquals("必须是 0 到 1 之间的占比（60% 写作 0.6）；如果是百分数，请写成 60%",
                at(r, Kind.REJECTED, "第 2 行", "非户籍人口占比").message());
        assertTrue(at(r, Kind.REJECTED, "第 4 行", "常住人口").message().startsWith("必须大于 0"));
        Entry none = r.of(Kind.NO_DISTRICT).get(0);
        assertEquals("第 3 行", none.where());
        assertTrue(none.message().contains("\"朝阳新区\"") && none.message().contains("北京市中没有这个区ID、区名或代码的区"), none.message());
        for (Entry e : r.entries()) {
            if (e.kind() == Kind.REJECTED || e.kind() == Kind.NO_DISTRICT || e.kind() == Kind.NOTE) {
                assertFalse(ENGLISH.matcher(e.message()).find(), "English in the Chinese report: " + e.message());
            }
        }
        String lines = String.join("\n", r.lines());
        assertTrue(lines.contains("被拒绝的值（保持现值）：") && lines.contains("第 2 行") && lines.startsWith("分区数据表 分区.csv → 区域 北京市"),
                lines);
        assertFalse(lines.contains("rejected") || lines.contains("line 2"), lines);
    }

    @Test
    void theSameTableInEnglishGivesEnglishReasons() throws Exception {
        ImportReport r = DistrictImport.read(hostile(), DistrictImportTest.beijing(), DistrictImportTest.DAY, ImportTexts.ENGLISH);
        assertEquals("is not a number", at(r, Kind.REJECTED, "line 2", "常住人口").message());
        assertEquals("a count must not be negative", at(r, Kind.REJECTED, "line 2", "普惠托位").message());
        assertEquals("must be a share between 0 and 1 (write 60% as 0.6); for per cent write 60%",
                at(r, Kind.REJECTED, "line 2", "非户籍人口占比").message());
        assertTrue(at(r, Kind.REJECTED, "line 4", "常住人口").message().startsWith("must be greater than 0"));
        assertTrue(r.of(Kind.NO_DISTRICT).get(0).message().contains("no district of beijing has this id, name or code"));
        assertTrue(String.join("\n", r.lines()).contains("rejected (the current value stays):"));
    }

    @Test
    void theRegionFileKeepsAnEnglishProvenanceWhateverTheLanguage() throws Exception {
        Path t = dir.resolve("ok.csv");
        Files.writeString(t, "区名,常住人口\n东城区,710000\n", StandardCharsets.UTF_8);
        ImportReport r = DistrictImport.read(t, DistrictImportTest.beijing(), DistrictImportTest.DAY, ImportTexts.CHINESE);
        assertEquals("第 2 行", r.of(Kind.READ).get(0).where());
        assertEquals("imported from ok.csv, line 2, 2025-09-01",
                r.result().provenanceOf("districts.dongcheng.population").source(), "the file's notes are written in one language");
    }

    @Test
    void aTableRefusedAsAWholeIsRefusedInTheUsersLanguage() throws Exception {
        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, "区名,常住人口\n\"东城,710000\n", StandardCharsets.UTF_8);
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {1, 2, 3});
        Path noHeader = dir.resolve("empty.csv");
        Files.writeString(noHeader, "a,b\n1,2\n", StandardCharsets.UTF_8);
        for (Path p : List.of(quote, xls, noHeader)) {
            ScenarioFileException zh = assertThrows(ScenarioFileException.class,
                    () -> DistrictImport.read(p, DistrictImportTest.beijing(), ImportTexts.CHINESE));
            ScenarioFileException en = assertThrows(ScenarioFileException.class,
                    () -> DistrictImport.read(p, DistrictImportTest.beijing(), ImportTexts.ENGLISH));
            assertEquals(p.toString(), zh.file(), "the file is named");
            assertFalse(ENGLISH.matcher(zh.problem()).find(), zh.problem());
            assertTrue(ENGLISH.matcher(en.problem()).find(), en.problem());
        }
        ScenarioFileException zh = assertThrows(ScenarioFileException.class,
                () -> DistrictImport.read(quote, DistrictImportTest.beijing(), ImportTexts.CHINESE));
        assertTrue(zh.problem().startsWith("第 2 行：此处开始的引号"), zh.problem());
    }
}
