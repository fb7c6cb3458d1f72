package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Findings.Quoted;
import org.tuoyu.sandbox.export.Findings.Sentence;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The brief, written and reopened: its sections, its tables' numbers against the engine's, and its text, whose
 * every number is a template slot whose value is recomputed here from the results.
 */
class BriefTest {

    @TempDir
    static Path dir;

    private static List<ScenarioDocument> docs;
    private static List<ScenarioResult> results;
    private static FiscalBands bands;

    @BeforeAll
    static void setUp() throws Exception {
        docs = Fixtures.jiangmen();
        results = Fixtures.evaluate(docs);
        List<MonteCarloResult> runs = new ArrayList<>();
        for (ScenarioDocument d : docs) runs.add(MonteCarlo.run(d.scenario(), d.uncertainty(), 40, 7));
        bands = FiscalBands.of(runs);
    }

    private static XWPFDocument written(Language lang) throws Exception {
        Path out = dir.resolve("brief-" + lang + ".docx");
        Brief.write(docs, results, bands, ExportOptions.DEFAULT, out, lang);
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    private static String text(XWPFDocument d) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : d.getParagraphs()) sb.append(p.getText()).append('\n');
        return sb.toString();
    }

    @Test
    void theBriefHasItsSectionsInOrderTwoTablesAndFourCharts() throws Exception {
        try (XWPFDocument d = written(Language.ZH)) {
            String t = text(d);
            int at = -1;
            for (String h : List.of("一、背景", "二、比较的方案", "三、主要结论", "四、比较表", "五、图表", "六、假设与数据来源", "七、附录")) {
                int k = t.indexOf(h);
                assertTrue(k > at, h + " after the previous heading");
                at = k;
            }
            assertEquals(4, d.getAllPictures().size());
            for (var pic : d.getAllPictures()) assertTrue(pic.getData().length > 20_000, "a print-resolution PNG");
            assertTrue(d.getTables().size() >= 2);
            assertTrue(t.contains(BuildInfo.version()));
            assertTrue(t.contains(ZonedDateTime.now().toLocalDate().toString()));
        }
        try (XWPFDocument d = written(Language.EN)) {
            assertTrue(text(d).contains("3. Findings"));
        }
    }

    @Test
    void everyNumberOfTheComparisonTablesEqualsTheEngine() throws Exception {
        try (XWPFDocument d = written(Language.ZH)) {
            XWPFTable levels = d.getTables().get(0), diff = d.getTables().get(1);
            assertEquals(docs.size() + 1, levels.getNumberOfRows());
            for (int i = 0; i < docs.size(); i++) {
                ScenarioResult r = results.get(i);
                double[] want = {r.first().accounts().generalBudget() / 1e8, r.last().accounts().generalBudget() / 1e8,
                        r.cumulativeAccounts().generalBudget() / 1e8, r.last().totals().enrolled(), r.last().totals().enrolmentRate() * 100};
                double[] tol = {0.005, 0.005, 0.005, 0.5, 0.05};
                for (int c = 0; c < 5; c++) {
                    assertEquals(want[c], number(levels.getRow(i + 1).getCell(c + 1).getText()), tol[c], "levels " + i + "/" + c);
                }
            }
            for (int i = 1; i < docs.size(); i++) {
                ScenarioResult r = results.get(i), b = results.get(0);
                double dGb = r.cumulativeAccounts().generalBudget() - b.cumulativeAccounts().generalBudget();
                assertEquals(dGb / 1e8, number(diff.getRow(i).getCell(3).getText()), 0.005, "Δ horizon " + i);
                double dEnr = r.last().totals().enrolled() - b.last().totals().enrolled();
                assertEquals(dEnr, number(diff.getRow(i).getCell(4).getText()), 0.5, "Δ enrolled " + i);
                double years = 0;
                for (int k = 0; k < r.years().size(); k++) years += r.years().get(k).totals().enrolled() - b.years().get(k).totals().enrolled();
                String cpc = diff.getRow(i).getCell(6).getText();
                if (years >= 1) assertEquals(dGb / years, number(cpc), 0.5, "cost per child-year " + i);
                else assertEquals("—", cpc);
            }
        }
    }

    /** What each slot is, computed here from the results (not through Figures), for reform i. */
    private static final Map<String, ToDoubleBiFunction<ScenarioResult, ScenarioResult>> SOURCES = new HashMap<>();

    static {
        SOURCES.put("dGbCum", (b, r) -> r.cumulativeAccounts().generalBudget() - b.cumulativeAccounts().generalBudget());
        SOURCES.put("dGb0", (b, r) -> r.first().accounts().generalBudget() - b.first().accounts().generalBudget());
        SOURCES.put("dGbN", (b, r) -> r.last().accounts().generalBudget() - b.last().accounts().generalBudget());
        SOURCES.put("dInsCum", (b, r) -> r.cumulativeAccounts().insuranceFund() - b.cumulativeAccounts().insuranceFund());
        SOURCES.put("dEnr0", (b, r) -> r.first().totals().enrolled() - b.first().totals().enrolled());
        SOURCES.put("dEnrN", (b, r) -> r.last().totals().enrolled() - b.last().totals().enrolled());
        SOURCES.put("dRateN", (b, r) -> r.last().totals().enrolmentRate() - b.last().totals().enrolmentRate());
        SOURCES.put("cpc0", (b, r) -> {
            double e = r.first().totals().enrolled() - b.first().totals().enrolled();
            return e >= 1 ? (r.first().accounts().generalBudget() - b.first().accounts().generalBudget()) / e : Double.NaN;
        });
        SOURCES.put("dGbDisc", (b, r) -> {
            double s = 0;
            for (int k = 0; k < r.years().size(); k++) {
                YearResult x = r.years().get(k), y = b.years().get(k);
                s += (x.accounts().generalBudget() - y.accounts().generalBudget()) / Math.pow(1.03, k);
            }
            return s;
        });
    }

    /**
     * The background's source lines name the figure, its data flag and its source in the brief's own punctuation:
     * "Source · residents (E): seed 003: …" in English, "来源 · 常住人口（E）：…" in Chinese (issue 13: the English
     * brief had the full-width brackets and colon of the Chinese one).
     */
    @Test
    void theSourceLinesUseTheirLanguagesPunctuation() throws Exception {
        for (Language lang : Language.values()) {
            Brief.Built built = Brief.build(new Comparison(docs, results, lang, bands, ExportOptions.DEFAULT), ZonedDateTime.now());
            List<String> lines = text(built.doc()).lines().filter(l -> l.startsWith(ExportTexts.text(lang, "brief.source"))).toList();
            assertEquals(3, lines.size(), "population, children and seats: " + lines);
            String flag = lang.english() ? " (E): seed 003" : "（E）：seed 003";
            for (String l : lines) assertTrue(l.contains(flag), lang + ": " + l);
        }
    }

    /** Words of the domain that hold digits but are not results: the age band, the percentiles, "per 1,000". */
    private static final List<String> LITERALS = List.of("0–3", "P5–P95", "1,000", "under 3", "under-3s");

    /**
     * "Rises most … least" only when nobody loses: read the other way round (the reform as the baseline), every reform
     * lowers enrolment, and the sentence must say where it falls least and most rather than "rises most in X (±0)".
     */
    @Test
    void whoGainsMostIsWordedByTheSignOfTheChanges() {
        int worded = 0;
        for (Language lang : Language.values()) {
            for (boolean reversed : new boolean[] {false, true}) {
                List<ScenarioDocument> d = new ArrayList<>(docs);
                List<ScenarioResult> r = new ArrayList<>(results);
                if (reversed) {
                    java.util.Collections.reverse(d);
                    java.util.Collections.reverse(r);
                }
                Comparison cmp = new Comparison(d, r, lang, null, ExportOptions.DEFAULT);
                for (int i = 1; i < d.size(); i++) {
                    for (Sentence s : Findings.paragraph(cmp, i)) {
                        String best = s.template().name().startsWith("DISTRICTS") ? "dDistBest" : "dBest";
                        String worst = s.template().name().startsWith("DISTRICTS") ? "dDistWorst" : "dWorst";
                        if (!s.template().name().startsWith("DISTRICTS") && !s.template().name().startsWith("INCOME_GROUPS")) {
                            continue;
                        }
                        double hi = slot(s, best), lo = slot(s, worst);
                        String kind = s.template().name().endsWith("_FALL") ? "fall"
                                : s.template().name().endsWith("_MIXED") ? "mixed" : "rise";
                        assertEquals(lo >= 0 ? "rise" : hi <= 0 ? "fall" : "mixed", kind, lang + ": " + s.text());
                        if (!kind.equals("rise")) worded++;
                    }
                }
            }
        }
        assertTrue(worded > 0, "the reversed comparison has reforms that lower enrolment");
    }

    private static double slot(Sentence s, String name) {
        for (Quoted q : s.numbers()) if (q.slot().equals(name)) return q.value();
        throw new AssertionError(name + " not in " + s.text());
    }

    @Test
    void everyNumberInTheTextIsASlotAndEqualsItsSource() throws Exception {
        for (Language lang : Language.values()) {
            Comparison cmp = new Comparison(docs, results, lang, bands, ExportOptions.DEFAULT);
            Brief.Built built = Brief.build(cmp, ZonedDateTime.now());
            String doc = text(built.doc());
            int checkedAgainstEngine = 0;
            for (Sentence s : built.sentences()) {
                assertTrue(doc.contains(s.text()), "the sentence is in the document: " + s.text());
                String rest = s.text();
                for (String lit : LITERALS) rest = rest.replace(lit, " ");
                List<Quoted> longestFirst = new ArrayList<>(s.numbers());
                longestFirst.sort((a, b) -> b.shown().length() - a.shown().length()); // "7" must not eat "2,027"
                for (Quoted q : longestFirst) {
                    rest = rest.replace(q.shown(), " ");
                    if (q.form() == Findings.Form.TEXT) continue;
                    if (Double.isFinite(q.value())) assertShows(q);
                }
                assertFalse(rest.matches("(?s).*\\d.*"), "a number typed into template " + s.template() + ": " + rest);
            }
            for (int i = 1; i < docs.size(); i++) {
                for (Sentence s : Findings.paragraph(cmp, i)) {
                    for (Quoted q : s.numbers()) {
                        var src = SOURCES.get(q.slot());
                        if (src == null) continue;
                        double want = src.applyAsDouble(results.get(0), results.get(i));
                        if (!Double.isFinite(want)) {
                            assertFalse(Double.isFinite(q.value()), q.slot());
                            continue;
                        }
                        assertEquals(want, q.value(), 1e-6 * Math.max(1, Math.abs(want)), q.slot() + " of reform " + i);
                        checkedAgainstEngine++;
                    }
                }
            }
            assertTrue(checkedAgainstEngine >= 10, "slots checked against the engine: " + checkedAgainstEngine);
        }
    }

    private static final Pattern SHOWN = Pattern.compile("([+−\\-±]?)([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*)");

    /** The text shown for a slot, read back as a number, equals its value to the precision shown. */
    private static void assertShows(Quoted q) {
        Matcher m = SHOWN.matcher(q.shown());
        assertTrue(m.matches(), q.slot() + ": " + q.shown());
        String digits = m.group(2).replace(",", "");
        double v = Double.parseDouble(digits) * (m.group(1).equals("−") || m.group(1).equals("-") ? -1 : 1);
        String unit = m.group(3).trim();
        double scale = switch (unit) {
            case "亿元" -> 1e8;
            case "万元" -> 1e4;
            case "billion yuan" -> 1e9;
            case "million yuan" -> 1e6;
            case "个百分点", "pp", "%" -> 0.01;
            default -> 1;
        };
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        double half = 0.5 * Math.pow(10, -decimals) * scale;
        assertEquals(q.value(), v * scale, half * 1.0001 + 1e-12, q.slot() + " shown as " + q.shown());
    }

    private static double number(String cell) {
        String s = cell.trim().replace(",", "").replace("+", "");
        assertNotNull(s);
        return Double.parseDouble(s);
    }
}
