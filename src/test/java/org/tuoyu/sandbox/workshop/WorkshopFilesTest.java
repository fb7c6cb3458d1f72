package org.tuoyu.sandbox.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** What a workshop leaves behind: the folder of scenario files, the workbook and brief of every group, the handout. */
class WorkshopFilesTest {

    @TempDir
    Path dir;
    private Workshop w;
    private String first;
    private String second;

    @BeforeEach
    void workshopWithTwoGroups() throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml"));
        var region = doc.region().region();
        w = new Workshop(doc, List.of(DecisionLever.parse("demand.voucher.A2=0:2000", region),
                DecisionLever.parse("supply.operatingSubsidy.A2=0:3000", region)),
                List.of(Target.parse("enrolmentRate>=0.12", 2026)), 2026, "KLMN23");
        first = w.join("KLMN23", "第一组 <b>");
        w.evaluate(first, Map.of("demand.voucher.A2", 1200));
        w.submit(first);
        second = w.join("KLMN23", "Group 2");
        w.evaluate(second, Map.of("supply.operatingSubsidy.A2", 800, "demand.voucher.A2", 150.5));
    }

    @Test
    void theSavedFolderOpensAsScenariosThatGiveEachGroupsResultsToTheLastDigit() throws Exception {
        Path saved = dir.resolve("课堂-KLMN23");
        List<Path> files = WorkshopFiles.save(w, saved);
        assertEquals(2, files.size());
        assertTrue(Files.isRegularFile(saved.resolve(WorkshopFiles.BASELINE)));
        for (Path f : files) {
            ScenarioDocument reform = ScenarioFiles.load(f);
            assertTrue(reform.isReform(), f + " extends the saved baseline");
            Workshop.Group g = byName(reform.name().replace("（课堂方案）", ""));
            YearResult y = Evaluator.evaluate(reform.scenario()).year(2026);
            assertEquals(org.tuoyu.sandbox.engine.Indicator.ENROLLED.of(g.result()), org.tuoyu.sandbox.engine.Indicator.ENROLLED.of(y), 0.0, f.toString());
            assertEquals(g.result().accounts().get(org.tuoyu.sandbox.engine.Account.GENERAL_BUDGET),
                    y.accounts().get(org.tuoyu.sandbox.engine.Account.GENERAL_BUDGET), 0.0);
            assertEquals(g.levers().get("demand.voucher.A2"),
                    reform.scenario().levers().regionWide().get(LeverKey.VOUCHER_A2), 0.0);
        }
        assertTrue(files.get(0).getFileName().toString().startsWith("01-"), "ranked order: " + files);
        Map<?, ?> manifest = new ObjectMapper().readValue(saved.resolve(WorkshopFiles.MANIFEST).toFile(), Map.class);
        assertEquals("KLMN23", manifest.get("code"));
        assertEquals(List.of("enrolmentRate>=0.12"), manifest.get("goals"));
        assertEquals(2, ((List<?>) manifest.get("groups")).size());
    }

    @Test
    void aSecondSaveReplacesTheFirstAndAForeignFolderIsLeftAlone() throws Exception {
        Path saved = dir.resolve("ws");
        WorkshopFiles.save(w, saved);
        w.join("KLMN23", "Third");
        assertEquals(3, WorkshopFiles.save(w, saved).size());
        try (var list = Files.list(dir)) {
            assertEquals(List.of(saved), list.toList(), "no temporary or previous folder left beside it");
        }
        Path mine = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> WorkshopFiles.save(w, mine));
        assertTrue(e.getMessage().contains("not a saved workshop"), e.getMessage());
        try (var list = Files.list(mine)) {
            assertEquals(List.of(mine.resolve("chapter1.txt")), list.toList());
        }
    }

    @Test
    void theWorkbookAndBriefCompareTheBaselineWithEveryGroupByName() throws Exception {
        Path xlsx = dir.resolve("w.xlsx");
        WorkshopFiles.workbook(w, xlsx, Language.ZH, ExportProgress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertTrue(all.toString().contains("第一组 <b>（课堂方案）"), "the name as text, markup and all");
            assertTrue(all.toString().contains("Group 2（课堂方案）"));
        }
        Path docx = dir.resolve("b.docx");
        WorkshopFiles.brief(w, docx, Language.EN);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertTrue(x.getText().contains("Group 2 (workshop)"), "the brief names each group");
        }
    }

    @Test
    void theHandoutSaysHowToJoinTheGoalsAndTheLeversWithTheirRanges() throws Exception {
        String address = "http://192.168.1.20:8080/?code=KLMN23";
        Path zh = dir.resolve("handout.docx");
        Handout.write(w, address, zh, Language.ZH);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(zh)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            String text = x.getText();
            assertTrue(text.contains(address) && text.contains("KLMN23"), text);
            assertTrue(text.contains("入托率 不低于 12.0%"), text);
            assertTrue(text.contains(LeverKey.VOUCHER_A2.labelZh()) && text.contains("0 – 2,000")
                    && text.contains("0 – 3,000") && text.contains("元/月"), text);
            List<XWPFPictureData> pics = d.getAllPictures();
            assertEquals(1, pics.size());
            assertEquals(address, decode(pics.get(0).getData()), "the printed QR code opens the join address");
        }
        Path en = dir.resolve("handout-en.docx");
        Handout.write(w, address, en, Language.EN);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(en)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertTrue(x.getText().contains("Join code") && x.getText().contains("at least 12.0%"), x.getText());
            assertFalse(x.getText().contains("课堂码"));
        }
    }

    private static String decode(byte[] png) throws Exception {
        try (InputStream in = new ByteArrayInputStream(png)) {
            var img = ImageIO.read(in);
            int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            var source = new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), px);
            return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(source))).getText();
        }
    }

    private Workshop.Group byName(String name) {
        return w.ranked().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
