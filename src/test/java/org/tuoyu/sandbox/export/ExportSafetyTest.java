package org.tuoyu.sandbox.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.cli.Main;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/** Formula-like text, read-only and open targets, cancellation, progress, the Monte Carlo block, the command line. */
class ExportSafetyTest {

    @TempDir
    Path dir;

    private static List<ScenarioDocument> docs;
    private static List<ScenarioResult> results;

    @BeforeAll
    static void load() throws Exception {
        docs = Fixtures.jiangmen();
        results = Fixtures.evaluate(docs);
    }

    private static final byte[] OLD = "the previous workbook".getBytes(StandardCharsets.UTF_8);

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        List<ScenarioDocument> evil = new ArrayList<>(docs);
        evil.set(1, docs.get(1).withName("=HYPERLINK(\"http://x\",\"click\")", "=1+1"));
        evil.set(2, docs.get(2).withName("-2+3", "@SUM(A1)"));
        Path out = dir.resolve("evil.xlsx");
        ComparisonWorkbook.write(evil, results, out, Language.ZH, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            int found = 0;
            for (Sheet s : wb) for (Row row : s) for (Cell c : row) {
                assertFalse(c.getCellType() == CellType.FORMULA, "formula at " + s.getSheetName() + "!" + c.getAddress());
                if (c.getCellType() == CellType.STRING && (c.getStringCellValue().startsWith("=HYPERLINK")
                        || c.getStringCellValue().equals("-2+3"))) {
                    assertTrue(((XSSFCell) c).getCellStyle().getQuotePrefixed(), "quote prefix at " + c.getAddress());
                    found++;
                }
            }
            assertTrue(found > 10, "the names appear on many sheets: " + found);
            assertEquals("=HYPERLINK(\"http://x\",\"click\")", wb.getSheet("概览").getRow(3).getCell(3).getStringCellValue());
        }
        // and in the English workbook, with the English names
        Path en = dir.resolve("evil-en.xlsx");
        ComparisonWorkbook.write(evil, results, en, Language.EN, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(en)) {
            XSSFCell c = wb.getSheet("Summary").getRow(3).getCell(SummarySheet.valueCol(2));
            assertEquals("@SUM(A1)", c.getStringCellValue());
            assertEquals(CellType.STRING, c.getCellType());
            assertTrue(c.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void aReadOnlyTargetGetsAClearMessageAndIsLeftAsItWas() throws Exception {
        Path out = dir.resolve("只读.xlsx");
        Files.write(out, OLD);
        out.toFile().setReadOnly();
        try {
            ExportTargetException e = assertThrows(ExportTargetException.class,
                    () -> ComparisonWorkbook.write(docs, results, out, Language.ZH, ExportProgress.NONE));
            assertTrue(e.getMessage().contains(out.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("只读"), e.getMessage());
            assertArrayEquals(OLD, Files.readAllBytes(out));
            ExportTargetException en = assertThrows(ExportTargetException.class,
                    () -> ComparisonWorkbook.write(docs, results, out, Language.EN, ExportProgress.NONE));
            assertTrue(en.getMessage().contains("read-only"), en.getMessage());
        } finally {
            out.toFile().setWritable(true);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void aWorkbookOpenInAnotherProgramIsNotReplaced() throws Exception {
        Path out = dir.resolve("open.xlsx");
        Files.write(out, OLD);
        for (String lock : List.of(".~lock.open.xlsx#", "~$open.xlsx")) {
            Path l = dir.resolve(lock);
            Files.writeString(l, "someone,host");
            ExportTargetException e = assertThrows(ExportTargetException.class,
                    () -> ComparisonWorkbook.write(docs, results, out, Language.ZH, ExportProgress.NONE));
            assertTrue(e.getMessage().contains(out.toAbsolutePath().toString()) && e.getMessage().contains(lock), e.getMessage());
            assertTrue(e.getMessage().contains("打开"), e.getMessage());
            assertArrayEquals(OLD, Files.readAllBytes(out));
            Files.delete(l);
        }
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        ComparisonWorkbook.write(docs, results, out, Language.ZH, ExportProgress.NONE);
        assertFalse(java.util.Arrays.equals(OLD, Files.readAllBytes(out)), "replaced once closed");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), "permissions kept");
        Path fresh = dir.resolve("fresh.xlsx");
        ComparisonWorkbook.write(docs, results, fresh, Language.ZH, ExportProgress.NONE);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)), "not private");
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsNamed() {
        Path out = dir.resolve("no-such-folder").resolve("x.xlsx");
        ExportTargetException e = assertThrows(ExportTargetException.class,
                () -> ComparisonWorkbook.write(docs, results, out, Language.EN, ExportProgress.NONE));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("x.xlsx"), e.getMessage());
        ExportTargetException f = assertThrows(ExportTargetException.class,
                () -> ComparisonWorkbook.write(docs, results, dir, Language.EN, ExportProgress.NONE));
        assertTrue(f.getMessage().contains("folder"), f.getMessage());
    }

    @Test
    void aReadOnlyFolderGetsAClearMessage() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path out = ro.resolve("x.xlsx");
        Files.write(out, OLD);
        try {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
            // Root (as CI runs) may write into a read-only folder: then the export must succeed and leave a whole
            // workbook and no temporary file; anyone else must get the message and keep the old file.
            if (Files.isWritable(ro)) {
                ComparisonWorkbook.write(docs, results, out, Language.ZH, ExportProgress.NONE);
                try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
                    assertNotNull(wb.getSheet("概览"), "a whole workbook replaced the old file");
                }
                try (Stream<Path> left = Files.list(ro)) {
                    assertEquals(1, left.count(), "no temporary file left behind");
                }
            } else {
                ExportTargetException e = assertThrows(ExportTargetException.class,
                        () -> ComparisonWorkbook.write(docs, results, out, Language.ZH, ExportProgress.NONE));
                assertTrue(e.getMessage().contains(out.toAbsolutePath().toString()), e.getMessage());
                assertArrayEquals(OLD, Files.readAllBytes(out));
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void cancellingLeavesThePreviousFileAndReportsProgressUntilThen() throws Exception {
        Path out = dir.resolve("cancel.xlsx");
        Files.write(out, OLD);
        List<String> steps = new ArrayList<>();
        ExportProgress cancelAfterThree = new ExportProgress() {
            @Override
            public void progress(int done, int total, String step) { steps.add(done + "/" + total + " " + step); }

            @Override
            public boolean cancelled() { return steps.size() >= 3; }
        };
        assertThrows(ExportCancelledException.class,
                () -> ComparisonWorkbook.write(docs, results, out, Language.ZH, cancelAfterThree));
        assertEquals(List.of("0/10 概览", "1/10 年度", "2/10 财政成本"), steps);
        assertArrayEquals(OLD, Files.readAllBytes(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void progressRunsFromZeroToTheTotal() throws Exception {
        List<Integer> done = new ArrayList<>();
        ComparisonWorkbook.write(docs, results, dir.resolve("p.xlsx"), Language.EN, (d, t, s) -> {
            assertEquals(10, t);
            done.add(d);
        });
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), done);
    }

    @Test
    void monteCarloBandsAddAP5P50P95BlockAndTheSeed() throws Exception {
        List<List<FiscalBands.Band>> by = new ArrayList<>();
        for (ScenarioResult r : results) {
            List<FiscalBands.Band> bands = new ArrayList<>();
            for (var y : r.years()) {
                double t = y.fiscal().total();
                bands.add(new FiscalBands.Band(y.year(), 0.9 * t, t, 1.1 * t));
            }
            by.add(bands);
        }
        Path out = dir.resolve("bands.xlsx");
        ComparisonWorkbook.write(docs, results, new FiscalBands(20250101L, 1000, by), out, Language.ZH, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            Sheet s = wb.getSheet("财政成本");
            int rows = 0;
            for (Row row : s) {
                if (row.getRowNum() > 3 && row.getCell(1).getStringCellValue().equals("蒙特卡洛区间")) {
                    rows++;
                    int i = rows <= 3 ? 0 : -1;
                    if (i == 0 && row.getCell(2).getStringCellValue().startsWith("P95")) {
                        ComparisonWorkbookTest.assertClose(1.1 * results.get(0).first().fiscal().total() / 1e4,
                                ComparisonWorkbookTest.num(row, 3), "P95 of the first year");
                    }
                }
            }
            assertEquals(3 * docs.size(), rows);
            StringBuilder about = new StringBuilder();
            for (Row row : wb.getSheet("说明")) for (Cell c : row) if (c.getCellType() == CellType.STRING) about.append(c.getStringCellValue());
            assertTrue(about.toString().contains("20250101"), "the seed is quoted");
        }
    }

    @Test
    void bandsFromTheEngineMonteCarloGoIntoTheFiscalSheet() throws Exception {
        var mc = org.tuoyu.sandbox.engine.MonteCarlo.run(docs.get(0).scenario(), docs.get(0).uncertainty(), 16, 42L);
        List<org.tuoyu.sandbox.engine.MonteCarloResult> runs = new ArrayList<>();
        runs.add(mc);
        runs.add(null);
        runs.add(null);
        FiscalBands bands = FiscalBands.of(runs);
        assertEquals(42L, bands.seed());
        Path out = dir.resolve("mc.xlsx");
        ComparisonWorkbook.write(docs, results, bands, out, Language.EN, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            assertEquals(6, assertBandsEqual(wb.getSheet("Fiscal cost"), docs.get(0).nameEn(), mc, 1e6, " total fiscal cost",
                    " enrolment rate"));
            int rows = 0;
            for (Row row : wb.getSheet("Fiscal cost")) {
                if (row.getRowNum() > 3 && row.getCell(1).getStringCellValue().equals("Monte Carlo band")) rows++;
            }
            assertEquals(6, rows, "bands of the baseline only");
        }
    }

    /**
     * Checks that the Monte Carlo rows of one scenario on the fiscal-cost sheet hold P5 / P50 / P95
     * of {@code mc} for every year, fiscal cost in units of {@code scale} 元 and enrolment rate as a
     * fraction; returns the number of rows checked.
     */
    static int assertBandsEqual(Sheet s, String scenario, org.tuoyu.sandbox.engine.MonteCarloResult mc, double scale,
                                String fiscal, String rate) {
        int checked = 0;
        for (Row row : s) {
            if (row.getRowNum() <= 3 || row.getCell(2) == null || !row.getCell(0).getStringCellValue().equals(scenario)) continue;
            String item = row.getCell(2).getStringCellValue();
            for (int q = 0; q < 3; q++) {
                String p = new String[] {"P5", "P50", "P95"}[q];
                boolean isFiscal = item.equals(p + fiscal), isRate = item.equals(p + rate);
                if (!isFiscal && !isRate) continue;
                for (int k = 0; k < mc.years().size(); k++) {
                    var y = mc.years().get(k);
                    var band = isFiscal ? y.fiscalCost() : y.enrolmentRate();
                    double want = (q == 0 ? band.p5() : q == 1 ? band.p50() : band.p95()) / (isFiscal ? scale : 1);
                    ComparisonWorkbookTest.assertClose(want, ComparisonWorkbookTest.num(row, 3 + k), scenario + " " + item + " " + y.year());
                }
                checked++;
            }
        }
        return checked;
    }

    @Test
    void compareWithDrawsAndSeedWritesTheBandsOfEveryScenarioWithTheSameSeed() throws Exception {
        Path out = dir.resolve("cli-bands.xlsx");
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        String base = "scenarios/jiangmen-2024.yaml", reform = "scenarios/jiangmen-2024-toward-28-6.yaml";
        int code = Main.run(new String[] {"compare", base, reform, "--xlsx", out.toString(), "--draws", "200", "--seed", "3"},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        assertTrue(o.toString(StandardCharsets.UTF_8).contains("Monte Carlo: 200 draws of each of 2 scenarios, seed 3"),
                o.toString(StandardCharsets.UTF_8));
        List<ScenarioDocument> ds = org.tuoyu.sandbox.scenario.ScenarioReader.readAll(List.of(
                org.tuoyu.sandbox.scenario.Location.of(Path.of(base)), org.tuoyu.sandbox.scenario.Location.of(Path.of(reform))));
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            for (ScenarioDocument d : ds) {
                // the workbook's own bands of each scenario are re-calibrated draws, as run --draws (decision 0041)
                var mc = PairedBands.own(d, 200, 3L, 2, org.tuoyu.sandbox.engine.ProgressListener.NONE, () -> false);
                assertEquals(6, assertBandsEqual(wb.getSheet("财政成本"), d.name(), mc, 1e4, " 财政成本合计", " 入托率"), d.name());
            }
            StringBuilder about = new StringBuilder();
            for (Row row : wb.getSheet("说明")) for (Cell c : row) if (c.getCellType() == CellType.STRING) about.append(c.getStringCellValue());
            assertTrue(about.toString().contains("种子 3，每个方案抽样 200 次"), about.toString());
        }
        // --draws without a workbook is refused with a hint
        e.reset();
        assertEquals(Main.BAD_INPUT, Main.run(new String[] {"compare", base, reform, "--draws", "5"},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8)));
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("--xlsx"), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theLeverEffectsSheetSaysWhenAReformAlsoChangesBehaviourAndWhenThereIsNoReform() throws Exception {
        ScenarioDocument v = docs.get(1);
        var s = v.scenario().withBehaviour(v.scenario().behaviour().withPotentialDemandShare(
                1.2 * v.scenario().behaviour().potentialDemandShare()));
        ScenarioDocument changed = v.withScenario(s);
        List<ScenarioDocument> two = List.of(docs.get(0), changed);
        Path out = dir.resolve("behaviour.xlsx");
        ComparisonWorkbook.write(two, Fixtures.evaluate(two), out, Language.ZH, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            StringBuilder all = new StringBuilder();
            for (Row row : wb.getSheet("政策分解")) for (Cell c : row) if (c.getCellType() == CellType.STRING) all.append(c.getStringCellValue());
            assertTrue(all.toString().contains("还改变了行为参数"), all.toString());
        }
        Path alone = dir.resolve("alone.xlsx");
        ComparisonWorkbook.write(docs.subList(0, 1), results.subList(0, 1), alone, Language.EN, ExportProgress.NONE);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(alone)) {
            assertEquals("Only a baseline: there is no reform to decompose.",
                    wb.getSheet("Lever effects").getRow(LeverEffectsSheet.HEADER_ROW + 1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void compareWritesTheWorkbookFromTheCommandLine() throws Exception {
        Path out = dir.resolve("cli.xlsx");
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024.yaml",
                "--xlsx", out.toString(), "--en"}, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        String said = o.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("workbook written to " + out.toAbsolutePath()) && said.contains(" s"), said);
        try (XSSFWorkbook wb = ComparisonWorkbookTest.open(out)) {
            assertNotNull(wb.getSheet("Summary"));
        }
        // a read-only target: exit 2 and the message naming it
        out.toFile().setReadOnly();
        e.reset();
        code = Main.run(new String[] {"compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024.yaml", "--xlsx", out.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out.toFile().setWritable(true);
        assertEquals(Main.BAD_INPUT, code);
        assertTrue(e.toString(StandardCharsets.UTF_8).contains(out.toAbsolutePath().toString()), e.toString(StandardCharsets.UTF_8));
        assertEquals(Main.BAD_INPUT, Main.run(new String[] {"compare", "a.yaml", "b.yaml", "--xlsx"}, new PrintStream(o), new PrintStream(e)));
    }
}
