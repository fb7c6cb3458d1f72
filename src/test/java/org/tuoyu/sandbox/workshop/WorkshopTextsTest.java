package org.tuoyu.sandbox.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * The workshop's texts, read from its bundle, say word for word what they said when the code built them (issue 13):
 * the handout in both languages (src/test/resources/workshop/handout-*.txt, written by the code before the move), a
 * group's reform, and a lever set for one district.
 */
class WorkshopTextsTest {

    private static Workshop workshop(List<Target> goals) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml"));
        var region = doc.region().region();
        Workshop w = new Workshop(doc, List.of(DecisionLever.parse("demand.voucher.A2=0:2000", region),
                DecisionLever.parse("supply.operatingSubsidy.A2=0:3000", region)), goals, 2026, "KLMN23");
        String first = w.join("KLMN23", "第一组");
        w.evaluate(first, Map.of("demand.voucher.A2", 1200));
        w.submit(first);
        String second = w.join("KLMN23", "Group 2");
        w.evaluate(second, Map.of("supply.operatingSubsidy.A2", 800, "demand.voucher.A2", 150.5));
        return w;
    }

    @Test
    void theHandoutReadsAsBeforeInBothLanguages() throws Exception {
        Workshop w = workshop(List.of(Target.parse("enrolmentRate>=0.12", 2026), Target.parse("generalBudget<=9000000000", 2026)));
        w.setMinutes(20);
        for (Language lang : Language.values()) {
            String expected = Files.readString(Path.of("src/test/resources/workshop/handout-"
                    + lang.name().toLowerCase(Locale.ROOT) + ".txt"), StandardCharsets.UTF_8);
            try (XWPFDocument d = Handout.build(w, "http://x/?code=KLMN23", lang); var x = new XWPFWordExtractor(d)) {
                assertEquals(expected, x.getText() + "\n", lang + " handout");
                XWPFRun title = d.getParagraphs().get(0).getRuns().get(0);
                assertEquals("黑体", title.getFontFamily(XWPFRun.FontCharRange.eastAsia), "Chinese characters in a heading");
                assertEquals("Arial", title.getFontFamily(XWPFRun.FontCharRange.ascii));
                XWPFRun body = d.getParagraphs().get(1).getRuns().get(0);
                assertEquals("宋体", body.getFontFamily(XWPFRun.FontCharRange.eastAsia), "Chinese characters in the body");
            }
        }
    }

    @Test
    void aGroupsReformReadsAsBefore() throws Exception {
        Workshop w = workshop(List.of());
        Workshop.Group g = w.ranked().stream().filter(x -> x.name().equals("第一组")).findFirst().orElseThrow();
        ScenarioDocument r = GroupReform.of(w, g);
        assertEquals("第一组（课堂方案）", r.name());
        assertEquals("第一组 (workshop)", r.nameEn());
        assertEquals("课堂（课堂码 KLMN23）中小组“第一组”的方案（已提交）：托育券 2-3岁 = 1200 元/月，运营补贴 2-3岁 = 0 元/月。"
                + "2026年目标：—。", GroupReform.describeZh(w, g));
        assertEquals("Group \"第一组\" in workshop KLMN23 (submitted): Voucher, 24-35 months = 1200 yuan/month, Operating "
                + "subsidy, 24-35 months = 0 yuan/month. Goals in 2026: —.", GroupReform.describeEn(w, g));
    }

    @Test
    void theBundleHasEveryKeyInBothLanguagesAndAMissingKeyIsNamed() {
        ResourceBundle.Control c = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        String base = "org.tuoyu.sandbox.workshop.i18n.workshop";
        var zh = ResourceBundle.getBundle(base, Locale.ROOT, c).keySet();
        assertEquals(zh, ResourceBundle.getBundle(base, Locale.ENGLISH, c).keySet());
        assertTrue(zh.size() >= 30, "the handout's, the reform's and the page's texts: " + zh);
        var e = assertThrows(IllegalStateException.class, () -> WorkshopTexts.text(Language.ZH, "handout.nonesuch"));
        assertTrue(e.getMessage().contains("handout.nonesuch") && e.getMessage().contains("Chinese"), e.getMessage());
        assertEquals("运营补贴（东区）", WorkshopTexts.text(Language.ZH, "json.leverInDistrict", "运营补贴", "东区"));
        assertEquals("Operating subsidy (East)", WorkshopTexts.text(Language.EN, "json.leverInDistrict", "Operating subsidy", "East"));
    }
}
