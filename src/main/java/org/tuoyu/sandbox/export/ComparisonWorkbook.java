package org.tuoyu.sandbox.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.AtomicFiles;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The Excel comparison workbook: the open scenarios (the baseline first, then its reforms) in one
 * native .xlsx a committee can paste from. Sheets, in order:
 * 概览 Summary · 年度 By year · 财政成本 Fiscal cost · 政策分解 Lever effects · 分区 Districts · 收入组 Income groups ·
 * 托育机构 Providers · 参数 Levers · 说明 About. The file is written through a temporary file and moved into place, so
 * an interrupted or cancelled export leaves any previous file as it was.
 *
 * <p>Called from the app (on a background thread, with a progress callback and a cancellation
 * check) and from {@code compare --xlsx}. No JavaFX here.
 */
public final class ComparisonWorkbook {

    /** The nine sheets' keys in the bundles ({@code comparisonWorkbook.sheet.KEY}), in their order in the workbook. */
    private static final List<String> SHEET_KEYS = List.of("summary", "byYear", "fiscalCost", "leverEffects", "districts",
            "incomeGroups", "providers", "levers", "about");
    public static final List<String> SHEETS_ZH = sheets(Language.ZH);
    public static final List<String> SHEETS_EN = sheets(Language.EN);

    private static List<String> sheets(Language lang) {
        return SHEET_KEYS.stream().map(k -> ExportTexts.get(lang, "comparisonWorkbook.sheet." + k)).toList();
    }

    /** Nine sheets, then the write. */
    private static final int STEPS = 10;

    private ComparisonWorkbook() {}

    public static List<String> sheetNames(Language lang) { return lang.english() ? SHEETS_EN : SHEETS_ZH; }

    /**
     * Writes the workbook.
     *
     * @param docs     the scenarios as loaded; docs.get(0) is the baseline the others are compared with
     * @param results  the engine's result for each, in the same order
     * @param out      the .xlsx to write; replaced if it exists
     * @param lang     language of sheet names, headers and notes (the UI's language)
     * @param progress told after each sheet, polled for cancellation; {@link ExportProgress#NONE} for none
     * @throws ExportTargetException    the file is read-only, open in another program, or its folder is missing;
     *                                  the message names the file and is meant for the user as it is
     * @throws ExportCancelledException the caller cancelled; nothing was written
     * @throws IOException              any other failure to write
     */
    public static void write(List<ScenarioDocument> docs, List<ScenarioResult> results, Path out, Language lang,
                             ExportProgress progress) throws IOException, ExportCancelledException {
        write(docs, results, null, out, lang, progress);
    }

    /**
     * As {@link #write(List, List, Path, Language, ExportProgress)}, with Monte Carlo bands of the
     * yearly fiscal cost (and enrolment rate, when given) added to the fiscal-cost sheet (null for none).
     * Each reform is also decomposed against the baseline for the lever-effects sheet (16
     * evaluations per reform, on this thread).
     */
    public static void write(List<ScenarioDocument> docs, List<ScenarioResult> results, FiscalBands bands, Path out,
                             Language lang, ExportProgress progress) throws IOException, ExportCancelledException {
        write(docs, results, bands, ExportOptions.DEFAULT, out, lang, progress);
    }

    /** As above, with the year to show beside the first and the last, and the discount rate. */
    public static void write(List<ScenarioDocument> docs, List<ScenarioResult> results, FiscalBands bands,
                             ExportOptions options, Path out, Language lang, ExportProgress progress)
            throws IOException, ExportCancelledException {
        write(docs, results, bands, options, null, out, lang, progress);
    }

    /**
     * As above, with a least-cost frontier (from {@code frontier ... --xlsx}) as a tenth sheet, 成本前沿 Frontier, after
     * 说明; null for none.
     */
    public static void write(List<ScenarioDocument> docs, List<ScenarioResult> results, FiscalBands bands,
                             ExportOptions options, FrontierSheet.Part frontier, Path out, Language lang,
                             ExportProgress progress) throws IOException, ExportCancelledException {
        Objects.requireNonNull(out, "out");
        ExportProgress p = progress == null ? ExportProgress.NONE : progress;
        checkTarget(out, lang);
        try (XSSFWorkbook wb = build(docs, results, bands, options, lang, p, ZonedDateTime.now())) {
            if (frontier != null) {
                XSSFSheet f = wb.createSheet(FrontierSheet.sheetName(lang));
                FrontierSheet.write(f, new Styles(wb, lang), lang, frontier.result(), frontier.placed());
                printSetup(f);
            }
            step(p, STEPS - 1, ExportTexts.text(lang, "comparisonWorkbook.writingFile"));
            java.util.Set<PosixFilePermission> before = permissions(out);
            try {
                AtomicFiles.write(out, wb::write);
            } catch (FileSystemException e) {
                throw cannotWrite(out, lang, e);
            } catch (AtomicFiles.DiskFullException e) {
                throw new ExportTargetException(out, ExportTexts.text(lang, "comparisonWorkbook.cannotWriteNoSpace", out.toAbsolutePath()), e);
            }
            restorePermissions(out, before);
            p.progress(STEPS, STEPS, ExportTexts.text(lang, "comparisonWorkbook.done"));
        }
    }

    /**
     * Loads and exercises the spreadsheet library (a small workbook with a chart, written to
     * nowhere) so that the first real export is fast: about a second of a cold export is class
     * loading. The app may call this on a background thread at start; {@code compare --xlsx}
     * calls it while the scenarios load. Safe to call from any thread, any number of times.
     */
    public static void warmUp() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb, Language.ZH);
            XSSFSheet sheet = wb.createSheet(SHEETS_ZH.get(0));
            SheetBuilder b = new SheetBuilder(sheet, styles);
            b.headers(0, 0, ExportTexts.get(Language.ZH, "common.scenario"), "A", "B");
            b.text(1, 0, "=x");
            b.number(1, 1, 1.5, Styles.Fmt.PERCENT);
            b.number(1, 2, 2.5, Styles.Fmt.SCALED_DELTA);
            b.freeze(1, 1);
            b.autoFilter(0, 1, 0, 2);
            b.finish();
            var drawing = sheet.createDrawingPatriarch();
            var chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 3, 5, 20));
            chart.setTitleText("warm-up");
            chart.getOrAddLegend();
            var x = chart.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM);
            var y = chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT);
            var data = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) chart.createData(
                    org.apache.poi.xddf.usermodel.chart.ChartTypes.BAR, x, y);
            data.setBarGrouping(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED);
            var cats = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new org.apache.poi.ss.util.CellRangeAddress(0, 0, 1, 2));
            var vals = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new org.apache.poi.ss.util.CellRangeAddress(1, 1, 1, 2));
            data.addSeries(cats, vals).setTitle("s", null);
            chart.plot(data);
            printSetup(sheet);
            wb.getProperties().getCoreProperties().setTitle("warm-up");
            wb.write(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real export reports its own errors
        }
    }

    /** Builds the workbook in memory (the tests read it without a file). */
    static XSSFWorkbook build(List<ScenarioDocument> docs, List<ScenarioResult> results, FiscalBands bands, Language lang,
                              ExportProgress p, ZonedDateTime now) throws ExportCancelledException {
        return build(docs, results, bands, ExportOptions.DEFAULT, lang, p, now);
    }

    static XSSFWorkbook build(List<ScenarioDocument> docs, List<ScenarioResult> results, FiscalBands bands,
                              ExportOptions options, Language lang, ExportProgress p, ZonedDateTime now)
            throws ExportCancelledException {
        if (docs.isEmpty() || docs.size() != results.size()) {
            throw new IllegalArgumentException("one result per scenario, and at least one scenario");
        }
        String region = docs.get(0).region().region().id();
        for (ScenarioDocument d : docs) {
            if (!d.region().region().id().equals(region)) {
                throw new IllegalArgumentException(d.location().display() + ": region " + d.region().region().id()
                        + " differs from the baseline's region " + region);
            }
        }
        Comparison cmp = new Comparison(docs, results, lang, bands, options);
        List<String> names = sheetNames(lang);
        XSSFWorkbook wb = new XSSFWorkbook();
        boolean done = false;
        try {
            Styles styles = new Styles(wb, lang);
            wb.getProperties().getCoreProperties().setCreator("托育政策沙盘 Childcare Policy Sandbox");
            wb.getProperties().getCoreProperties().setTitle(ExportTexts.text(lang, "comparisonWorkbook.scenarioComparison") + cmp.name(0));
            XSSFSheet[] sheets = new XSSFSheet[names.size()];
            for (int s = 0; s < names.size(); s++) sheets[s] = wb.createSheet(names.get(s));
            // The decomposition (16 evaluations per reform) runs while the first sheets are written.
            java.util.concurrent.CompletableFuture<List<LeverEffectsSheet.Entry>> split =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return LeverEffectsSheet.decompose(cmp, p);
                        } catch (ExportCancelledException e) {
                            throw new java.util.concurrent.CompletionException(e);
                        }
                    });
            step(p, 0, names.get(0));
            SummarySheet.ChartData chartData = SummarySheet.write(sheets[0], styles, cmp);
            step(p, 1, names.get(1));
            int[] budgetRows = YearSheet.write(sheets[1], styles, cmp);
            int chartEnd = -1;
            if (chartData != null) {
                chartEnd = SummaryCharts.draw(sheets[0], sheets[1], cmp, chartData, budgetRows, chartData.lastRow() + 2);
            }
            step(p, 2, names.get(2));
            FiscalCostSheet.write(sheets[2], styles, cmp);
            step(p, 3, names.get(3));
            LeverEffectsSheet.write(sheets[3], styles, cmp, joined(split));
            step(p, 4, names.get(4));
            DistrictSheet.write(sheets[4], styles, cmp);
            step(p, 5, names.get(5));
            IncomeGroupSheet.write(sheets[5], styles, cmp);
            step(p, 6, names.get(6));
            ProviderSheet.write(sheets[6], styles, cmp);
            step(p, 7, names.get(7));
            LeverSheet.write(sheets[7], styles, cmp);
            step(p, 8, names.get(8));
            AboutSheet.write(sheets[8], styles, cmp, now);
            String footer = ExportTexts.text(lang, "comparisonWorkbook.scenarios") + cmp.shortName(0) + " / " + (docs.size() - 1)
                    + ExportTexts.text(lang, "comparisonWorkbook.reformsExported") + now.toLocalDate();
            for (XSSFSheet s : sheets) printSetup(s, footer, lang);
            summaryPrint(wb, sheets[0], cmp, chartEnd, chartData == null ? -1 : chartData.headerRow() - 1);
            wb.setActiveSheet(0);
            done = true;
            return wb;
        } finally {
            if (!done) {
                try {
                    wb.close();
                } catch (IOException ignored) {
                    // in memory only
                }
            }
        }
    }

    private static List<LeverEffectsSheet.Entry> joined(
            java.util.concurrent.CompletableFuture<List<LeverEffectsSheet.Entry>> split) throws ExportCancelledException {
        try {
            return split.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof ExportCancelledException c) throw c;
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void step(ExportProgress p, int done, String what) throws ExportCancelledException {
        if (p.cancelled()) throw new ExportCancelledException();
        p.progress(done, STEPS, what);
    }

    /**
     * 概览 on one portrait A4 page, its charts included. With the bands of the differences (two more columns per reform:
     * 23 for five scenarios, 5-pt text on one portrait page) it prints landscape, one page wide and as many tall as it
     * needs, the charts from a page of their own.
     */
    private static void summaryPrint(XSSFWorkbook wb, XSSFSheet s, Comparison cmp, int chartEnd, int chartDataRow) {
        boolean banded = SummarySheet.banded(cmp);
        s.getPrintSetup().setLandscape(banded);
        s.getPrintSetup().setFitHeight((short) (banded ? 0 : 1));
        if (banded && chartDataRow > 0) {
            s.setRowBreak(chartDataRow - 1);
            s.setRepeatingRows(null); // the table's header above the charts' page would label nothing there
        }
        int lastCol = Math.max(SummarySheet.relativeCol(Math.max(1, cmp.size() - 1), SummarySheet.banded(cmp)),
                SummarySheet.FIRST_VALUE_COL + 3);
        wb.setPrintArea(wb.getSheetIndex(s), 0, lastCol, 0, Math.max(chartEnd, s.getLastRowNum()));
    }

    /** Page numbers and a footer naming the scenario set and the export date, on every printed page. */
    private static void printSetup(XSSFSheet s, String footer, Language lang) {
        printSetup(s);
        s.getFooter().setLeft(footer.replace("&", "&&"));
        s.getFooter().setRight(ExportTexts.text(lang, "comparisonWorkbook.pagePN"));
    }

    /** Landscape, one page wide, so that a PDF or a print of any sheet reads across. */
    private static void printSetup(XSSFSheet s) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * Refuses, before any work, a target that cannot or should not be replaced: a missing folder,
     * a folder in its place, a read-only file, or a file open in Excel, WPS or LibreOffice (their
     * lock files beside it, or a Windows sharing lock).
     */
    static void checkTarget(Path out, Language lang) throws ExportTargetException {
        Path file = out.toAbsolutePath();
        String name = file.getFileName().toString();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportTargetException(out, ExportTexts.text(lang, "comparisonWorkbook.cannotWriteFolderDoes", file, dir), null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportTargetException(out, ExportTexts.text(lang, "comparisonWorkbook.cannotWriteItFolder", file), null);
        }
        if (!Files.exists(file)) return;
        if (readOnly(file)) {
            throw new ExportTargetException(out, ExportTexts.text(lang, "comparisonWorkbook.cannotWriteFileRead", file), null);
        }
        for (String lock : List.of(".~lock." + name + "#", "~$" + name, name.length() > 2 ? "~$" + name.substring(2) : "")) {
            if (!lock.isEmpty() && Files.exists(dir.resolve(lock))) {
                throw new ExportTargetException(out, ExportTexts.text(lang, "comparisonWorkbook.cannotWriteItSeems", file, lock), null);
            }
        }
        // Windows: a workbook open in Excel cannot be opened for writing by anyone else.
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.size();
        } catch (IOException e) {
            throw cannotWrite(out, lang, e);
        }
    }

    /** The file's POSIX permissions, or null (no file, or not POSIX). */
    private static java.util.Set<PosixFilePermission> permissions(Path file) {
        try {
            return Files.exists(file) ? Files.getPosixFilePermissions(file) : null;
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
    }

    /**
     * The temporary file was created private (rw-------); give the workbook the permissions of the
     * file it replaced, or rw-r--r-- when new, as a file saved by a spreadsheet program would have.
     */
    private static void restorePermissions(Path file, java.util.Set<PosixFilePermission> before) {
        try {
            Files.setPosixFilePermissions(file, before != null ? before
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not POSIX (Windows): nothing to restore
        }
    }

    /** True when the file's own attributes say read-only, even for a user (root) whom the system would let write. */
    static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) return true;
        try {
            PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class);
            var perms = a.permissions();
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            try {
                return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
            } catch (UnsupportedOperationException | IOException e2) {
                return false;
            }
        }
    }

    private static ExportTargetException cannotWrite(Path out, Language lang, IOException e) {
        Path file = out.toAbsolutePath();
        String why = e instanceof AccessDeniedException ? ExportTexts.text(lang, "comparisonWorkbook.accessDeniedOrFile")
                : e.getMessage();
        return new ExportTargetException(out, ExportTexts.text(lang, "comparisonWorkbook.cannotWriteIfIt", file, why), e);
    }
}
