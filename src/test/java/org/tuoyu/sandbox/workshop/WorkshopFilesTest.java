package org.tuoyu.sandbox.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.WorkspaceDocument;
import org.tuoyu.sandbox.scenario.WorkspaceReader;
import org.tuoyu.sandbox.scenario.WorkspaceWriter;

/** What a workshop leaves behind: the workspace file it reopens from, the workbook and brief of every group, the handout. */
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
    void theSavedWorkspaceReopensAsARunningWorkshopWithEveryGroupsResultsToTheLastDigit() throws Exception {
        w.setMinutes(25);
        Path saved = dir.resolve("课堂.tuoyu");
        WorkshopFiles.save(w, saved);
        WorkspaceDocument ws = WorkspaceReader.read(saved);
        assertEquals(3, ws.scenarios().size(), "the baseline and the two groups, as the app opens them");
        for (int i = 1; i < 3; i++) {
            ScenarioDocument reform = ws.scenarios().get(i).document();
            assertTrue(reform.isReform(), "group " + i + " extends the baseline");
            Workshop.Group g = byName(w, reform.name().replace("（课堂方案）", ""));
            assertEquals(g.colour(), ws.scenarios().get(i).colour(), "the group's colour on the board");
            assertTrue(reform.descriptionZh().contains("课堂码 KLMN23") && reform.descriptionZh().contains("入托率 ≥ 12.0%（"),
                    "the reform says where it came from and the goal in words: " + reform.descriptionZh());
            assertSameResults(g, Evaluator.evaluate(reform.scenario()).year(2026), reform.name());
        }

        Workshop again = WorkshopFiles.open(saved);
        assertFalse(again.code().equals("KLMN23"), "a reopened workshop runs under a new code");
        assertEquals(List.of("demand.voucher.A2=0:2000", "supply.operatingSubsidy.A2=0:3000"),
                again.levers().stream().map(DecisionLever::toString).toList());
        assertEquals(List.of("enrolmentRate>=0.12"), again.goals().stream().map(Target::toString).toList());
        assertEquals(2026, again.year());
        assertEquals(25, again.minutes());
        assertEquals(2, again.ranked().size());
        for (Workshop.Group g : w.ranked()) {
            Workshop.Group back = byName(again, g.name());
            assertEquals(g.levers(), back.levers(), g.name());
            assertEquals(g.submitted(), back.submitted(), g.name());
            assertEquals(g.colour(), back.colour(), g.name());
            assertSameResults(g, back.result(), g.name());
        }
        // Group 2 rejoins by its name (any case) and carries on; a new group joins beside it.
        String token = again.join(again.code(), "group 2");
        assertEquals(150.5, again.group(token).levers().get("demand.voucher.A2"), 0.0);
        assertEquals(1200.0, again.evaluate(token, Map.of("demand.voucher.A2", 1200)).levers().get("demand.voucher.A2"));
        again.join(again.code(), "Group 3");
        assertEquals(3, again.ranked().size());
    }

    @Test
    void aFileThatIsNotASavedWorkshopOrDoesNotFitItsBaselineIsRefusedNamingTheKeyAndValue() throws Exception {
        Path saved = dir.resolve("w.tuoyu");
        WorkshopFiles.save(w, saved);
        String text = Files.readString(saved);

        Files.writeString(saved, text.replace("\"demand.voucher.A2=0:2000\"", "\"demand.vouchr.A2=0:2000\""));
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> WorkshopFiles.open(saved));
        assertTrue(e.getMessage().startsWith(saved.toString()) && e.getMessage().contains("workshop.levers[0] = demand.vouchr.A2"),
                e.getMessage());

        Files.writeString(saved, text.replace("\"demand.voucher.A2\": 1200.0", "\"demand.voucher.A2\": 99999"));
        e = assertThrows(ScenarioFileException.class, () -> WorkshopFiles.open(saved));
        assertTrue(e.getMessage().contains("group 第一组 <b>") && e.getMessage().contains("outside the workshop's range"),
                e.getMessage());

        Files.writeString(saved, text.replace("  minutes: 0", "  minutes: soon"));
        e = assertThrows(ScenarioFileException.class, () -> WorkshopFiles.open(saved));
        assertTrue(e.line() > 0 && e.getMessage().contains("workshop.minutes = soon"), e.getMessage());

        Path plain = dir.resolve("plain.tuoyu");
        WorkspaceWriter.write(new WorkspaceDocument(List.of(new WorkspaceDocument.Entry(w.baseline(), null, null)), 2026, 0),
                plain);
        assertTrue(Files.readString(plain).contains("version: 1"), "a workspace without a workshop stays version 1");
        e = assertThrows(ScenarioFileException.class, () -> WorkshopFiles.open(plain));
        assertTrue(e.getMessage().contains("holds no workshop"), e.getMessage());
    }

    private static void assertSameResults(Workshop.Group g, YearResult y, String what) {
        assertEquals(Indicator.ENROLLED.of(g.result()), Indicator.ENROLLED.of(y), 0.0, what);
        assertEquals(g.result().accounts().get(Account.GENERAL_BUDGET), y.accounts().get(Account.GENERAL_BUDGET), 0.0, what);
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
        w.setMinutes(20);
        Path zh = dir.resolve("handout.docx");
        Handout.write(w, address, zh, Language.ZH);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(zh)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            String text = x.getText();
            assertTrue(text.contains(address) && text.contains("KLMN23"), text);
            assertTrue(text.contains("入托率 不低于 12.0%"), text);
            assertTrue(text.contains("提交时限：开始后 20 分钟"), text);
            assertTrue(text.contains(LeverKey.VOUCHER_A2.labelZh()) && text.contains("0 – 2,000")
                    && text.contains("0 – 3,000") && text.contains("元/月"), text);
            List<XWPFPictureData> pics = d.getAllPictures();
            assertEquals(1, pics.size());
            assertEquals(address, decode(pics.get(0).getData()), "the printed QR code opens the join address");
        }
        Path en = dir.resolve("handout-en.docx");
        Handout.write(w, address, en, Language.EN);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(en)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertTrue(x.getText().contains("Join code") && x.getText().contains("Enrolment rate at least 12.0%"), x.getText());
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

    private static Workshop.Group byName(Workshop w, String name) {
        return w.ranked().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
