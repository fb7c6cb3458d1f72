package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * Bands of the difference reform − baseline (paired draws) in 概览, 年度 and the brief: each shown number equals the
 * paired run's percentile; and the brief's structure a reader relies on: Word heading styles, the validity table,
 * the build on the last page.
 */
class DifferenceBandsTest {

    @TempDir
    static Path dir;

    private static List<ScenarioDocument> docs;
    private static List<ScenarioResult> results;
    private static FiscalBands bands;
    private static PairedMonteCarlo.Result paired;

    @BeforeAll
    static void setUp() {
        try {
            docs = Fixtures.jiangmen();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        results = Fixtures.evaluate(docs);
        List<MonteCarloResult> runs = new ArrayList<>();
        for (ScenarioDocument d : docs) runs.add(MonteCarlo.run(d.scenario(), d.uncertainty(), 30, 11));
        List<Scenario> reforms = new ArrayList<>();
        for (int i = 1; i < docs.size(); i++) reforms.add(docs.get(i).scenario());
        paired = PairedMonteCarlo.run(docs.get(0).scenario(), reforms, docs.get(0).uncertainty(), null, List.of(), 30, 11, 2);
        bands = FiscalBands.of(runs).withDifferences(paired);
    }

    private static Band band(int reform, Indicator ind, int year) {
        for (PairedMonteCarlo.YearBands y : paired.differences().get(reform - 1)) if (y.year() == year) return y.get(ind);
        throw new AssertionError("no year " + year);
    }

    @Test
    void summaryShowsP5AndP95OfEachDifferenceBesideItsDelta() throws Exception {
        Path out = dir.resolve("bands.xlsx");
        ComparisonWorkbook.write(docs, results, bands, ExportOptions.DEFAULT, out, Language.ZH, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            XSSFSheet s = wb.getSheet("概览");
            assertEquals("Δ 的 P5", s.getRow(4).getCell(SummarySheet.bandCol(1)).getStringCellValue());
            int last = results.get(0).last().year();
            int checked = 0;
            boolean inLast = false;
            for (Row row : s) {
                String label = row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (label.startsWith(last + " 年")) inLast = true;
                if (label.startsWith("期内")) inLast = false;
                if (!inLast) continue;
                for (Indicator ind : List.of(Indicator.GENERAL_BUDGET, Indicator.ENROLLED, Indicator.ENROLMENT_RATE)) {
                    if (!label.equals(ind.labelZh())) continue;
                    double scale = ind == Indicator.GENERAL_BUDGET ? 1e8 : ind == Indicator.ENROLMENT_RATE ? 0.01 : 1;
                    for (int i = 1; i < docs.size(); i++) {
                        Band b = band(i, ind, last);
                        double tol = ind == Indicator.GENERAL_BUDGET ? 0.005 : ind == Indicator.ENROLMENT_RATE ? 0.05 : 0.5;
                        assertEquals(b.p5() / scale, row.getCell(SummarySheet.bandCol(i)).getNumericCellValue(), tol, label + " P5");
                        assertEquals(b.p95() / scale, row.getCell(SummarySheet.bandCol(i) + 1).getNumericCellValue(), tol, label + " P95");
                        assertTrue(b.p5() <= b.p95());
                        checked++;
                    }
                }
            }
            assertEquals(3 * (docs.size() - 1), checked, "three banded rows of the final year, per reform");
            XSSFSheet years = wb.getSheet("年度");
            int found = 0;
            for (Row row : years) {
                if (row.getCell(1) == null || !row.getCell(1).toString().equals("在托儿童：与基线之差 P95")) continue;
                int i = row.getCell(0).toString().equals(new Comparison(docs, results, Language.ZH, bands).shortName(1)) ? 1 : 2;
                int year = results.get(0).first().year();
                assertEquals(band(i, Indicator.ENROLLED, year).p95(), row.getCell(YearSheet.FIRST_YEAR_COL).getNumericCellValue(), 0.5);
                found++;
            }
            assertEquals(docs.size() - 1, found, "a P95 row of enrolment under each reform in 年度");
        }
    }

    @Test
    void briefStatesTheBandOfTheDifferenceInPlainWordsWithDrawsAndSeed() throws Exception {
        Comparison cmp = new Comparison(docs, results, Language.ZH, bands, ExportOptions.DEFAULT);
        Brief.Built built = Brief.build(cmp, ZonedDateTime.now());
        int last = results.get(0).last().year();
        int seen = 0;
        for (Findings.Sentence s : built.sentences()) {
            if (s.template() != Findings.Template.BAND_DIFFERENCE) continue;
            assertTrue(s.text().startsWith("在参数不确定范围内（配对蒙特卡洛抽样 30 次，种子 11"), s.text());
            assertTrue(s.text().contains("介于"), s.text());
            seen++;
            int reform = seen;
            for (Findings.Quoted q : s.numbers()) {
                if (q.slot().equals("dp5")) assertEquals(band(reform, Indicator.GENERAL_BUDGET, last).p5(), q.value(), 1e-6);
                if (q.slot().equals("ep95")) assertEquals(band(reform, Indicator.ENROLLED, last).p95(), q.value(), 1e-9);
            }
        }
        assertEquals(docs.size() - 1, seen, "one band sentence per reform");
    }

    @Test
    void briefHasWordHeadingStylesTheValidityTableAndTheBuildOnItsLastPage() throws Exception {
        Path out = dir.resolve("brief.docx");
        Brief.write(docs, results, bands, ExportOptions.DEFAULT, out, Language.ZH);
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            assertNotNull(d.getStyles().getStyle(BriefStyles.HEADING_1));
            assertEquals("heading 1", d.getStyles().getStyle(BriefStyles.HEADING_1).getName());
            long h1 = d.getParagraphs().stream().filter(p -> BriefStyles.HEADING_1.equals(p.getStyle())).count();
            long h2 = d.getParagraphs().stream().filter(p -> BriefStyles.HEADING_2.equals(p.getStyle())).count();
            assertEquals(7, h1, "一 to 七 are Heading 1");
            assertTrue(h2 >= 2 * (docs.size() - 1), "each reform is a Heading 2 in 主要结论 and 附录: " + h2);
            XWPFTable validity = d.getTables().get(d.getTables().size() - 1);
            assertEquals("类别", validity.getRow(0).getCell(2).getText());
            String kinds = "";
            for (int r = 1; r < validity.getNumberOfRows(); r++) kinds += validity.getRow(r).getCell(2).getText();
            assertTrue(kinds.contains("输入") && kinds.contains("预测") || kinds.contains("拟合"), kinds);
            List<XWPFParagraph> ps = d.getParagraphs();
            assertTrue(ps.get(ps.size() - 1).getText().contains(BuildInfo.describe()), ps.get(ps.size() - 1).getText());
        }
    }

    @Test
    void hukouGroupsAreInTheFindingsWhereTheRegionHasThem() throws Exception {
        List<ScenarioDocument> bj = Fixtures.beijing();
        List<ScenarioResult> rs = Fixtures.evaluate(bj);
        Comparison cmp = new Comparison(bj, rs, Language.ZH, null, ExportOptions.DEFAULT);
        int withHukou = 0;
        for (int i = 1; i < bj.size(); i++) {
            for (Findings.Sentence s : Findings.paragraph(cmp, i)) {
                if (s.template() != Findings.Template.HUKOU) continue;
                withHukou++;
                var b = rs.get(0).last().hukou(org.tuoyu.sandbox.engine.Hukou.NON_LOCAL);
                var r = rs.get(i).last().hukou(org.tuoyu.sandbox.engine.Hukou.NON_LOCAL);
                for (Findings.Quoted q : s.numbers()) {
                    if (q.slot().equals("dNonLocal")) assertEquals(r.enrolmentRate() - b.enrolmentRate(), q.value(), 1e-9);
                    if (q.slot().equals("nonLocalChildren")) assertEquals(b.children(), q.value(), 1e-9);
                }
            }
        }
        assertTrue(withHukou >= 1, "Beijing's data give non-hukou shares, so some reform's findings name the hukou groups");
    }
}
