package org.tuoyu.sandbox.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.export.Findings.Sentence;
import org.tuoyu.sandbox.scenario.AtomicFiles;
import org.tuoyu.sandbox.scenario.Provenance;
import org.tuoyu.sandbox.scenario.ProvenanceReport;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * The brief (.docx) a committee attaches to a proposal: title, date and program version; 背景 in sourced figures;
 * the reforms in plain words; 主要结论, a paragraph per reform written from the results by {@link Findings}'
 * named templates; a comparison table ({@link BriefTable}); four charts rendered at print resolution; 假设与数据来源;
 * and an appendix with the levers each reform changes. Written through a temporary file, like the workbook.
 */
public final class Brief {

    /** Each language's fonts (the bundles' brief.font.*): the heading font must differ from the body's (run). */
    static final String BODY_ZH = ExportTexts.get(Language.ZH, "brief.font.body");
    static final String HEAD_ZH = ExportTexts.get(Language.ZH, "brief.font.heading");
    static final String BODY_EN = ExportTexts.get(Language.EN, "brief.font.body");
    static final String HEAD_EN = ExportTexts.get(Language.EN, "brief.font.heading");
    /**
     * Charts print at 74% of their drawn size, two to a row (a 2 × 2 grid in half a page): their 9-pt labels print at
     * about 6.7 pt, still legible, and the brief stays within its page budget.
     */
    private static final double CHART_SCALE = 0.74;
    /**
     * Body text in 五号 (10.5 pt), the usual size of a Chinese Word document's body: at 1.5 line spacing it keeps the
     * brief of five reforms with draws within six pages.
     */
    static final double BODY_PT = 10.5;
    /** A reform's description in 二 keeps its leading sentences up to about this many characters (zh; twice in en). */
    static final int LEAD_CHARS = 150;

    private final XWPFDocument doc = new XWPFDocument();
    private final Comparison cmp;
    private final List<Sentence> sentences = new ArrayList<>();
    private int heading;

    private Brief(Comparison cmp) { this.cmp = cmp; }

    /**
     * Writes the brief.
     *
     * @param bands   Monte Carlo bands of each scenario, or null
     * @throws ExportTargetException the file cannot be replaced (read-only, open elsewhere, no folder); the message
     *                               is for the user as it is
     */
    public static void write(List<ScenarioDocument> docs, List<ScenarioResult> results, FiscalBands bands,
                             ExportOptions options, Path out, Language lang) throws IOException {
        Objects.requireNonNull(out, "out");
        ComparisonWorkbook.checkTarget(out, lang);
        try (XWPFDocument d = build(new Comparison(docs, results, lang, bands, options), ZonedDateTime.now()).doc) {
            try {
                AtomicFiles.write(out, d::write);
            } catch (FileSystemException e) {
                throw new ExportTargetException(out, ExportTexts.text(lang, "brief.cannotWriteIfIt", out.toAbsolutePath(), e.getMessage()), e);
            }
        }
    }

    /**
     * Loads the word-processing and chart libraries and the fonts (a tiny chart and document, written to nowhere), so
     * that a brief written next is not slowed by class loading; {@code compare --brief} calls it while the scenarios
     * load. Safe from any thread.
     */
    public static void warmUp() {
        try (XWPFDocument d = new XWPFDocument()) {
            // Chinese labels, so that the Chinese fonts are loaded too.
            String baseline = ExportTexts.get(Language.ZH, "common.baseline"), reform = ExportTexts.get(Language.ZH, "common.reform");
            byte[] png = org.tuoyu.sandbox.export.render.ChartImages.bars(null, List.of(baseline),
                    List.of(new org.tuoyu.sandbox.export.render.ChartImages.Series(reform, Palette.scenario(1), new double[] {1})),
                    ExportTexts.get(Language.ZH, "common.scenario"), ExportTexts.get(Language.ZH, "comparison.millionYuan"), "#,##0");
            XWPFParagraph p = d.createParagraph();
            run(p, reform, BODY_ZH, 12, false);
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "w.png", Units.toEMU(10), Units.toEMU(10));
            d.write(java.io.OutputStream.nullOutputStream());
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // only a warm-up: the real brief reports its own errors
        }
    }

    /** The document in memory and the sentences written into it (the tests read both). */
    record Built(XWPFDocument doc, List<Sentence> sentences) { }

    static Built build(Comparison cmp, ZonedDateTime now) throws IOException {
        if (cmp.size() < 2) throw new IllegalArgumentException("a brief compares a baseline with at least one reform");
        Brief b = new Brief(cmp);
        BriefStyles.add(b.doc, b.head(), HEAD_EN);
        b.page(now);
        b.title(now);
        b.background();
        b.reforms();
        b.findings();
        b.table();
        b.charts();
        b.assumptions();
        b.appendix();
        b.validity();
        b.colophon(now);
        return new Built(b.doc, b.sentences);
    }

    private String body() { return cmp.lang.english() ? BODY_EN : BODY_ZH; }

    private String head() { return cmp.lang.english() ? HEAD_EN : HEAD_ZH; }

    /** A4 portrait, 2.5 cm margins; page numbers in the footer. */
    private void page(ZonedDateTime now) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var m = sect.addNewPgMar();
        for (var set : List.<java.util.function.Consumer<BigInteger>>of(m::setTop, m::setBottom, m::setLeft, m::setRight)) {
            set.accept(BigInteger.valueOf(1418));
        }
        XWPFFooter footer = new XWPFHeaderFooterPolicy(doc).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, cmp.text("brief.childcarePolicySandboxPage"), body(), 9, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, cmp.text("brief.footerAfterPageNumber") + now.toLocalDate(), body(), 9, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font.equals(HEAD_ZH) || font.equals(HEAD_EN) ? HEAD_EN : BODY_EN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font.equals(HEAD_ZH) || font.equals(HEAD_EN) ? HEAD_EN : BODY_EN, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    /** A body paragraph: 1.5 line spacing, first line indented two characters in Chinese. */
    XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(1.5, LineSpacingRule.AUTO);
        if (!cmp.lang.english()) p.setIndentationFirstLine(480);
        if (text != null) run(p, text, body(), BODY_PT, false);
        return p;
    }

    private void heading(String key) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(BriefStyles.HEADING_1);
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        heading++;
        String number = cmp.text("brief.heading." + heading);
        run(p, number + cmp.text(key), head(), 14, true);
    }

    /** A second-level heading (a reform's name in 主要结论 and 附录): in the navigation pane and a TOC. */
    private void subheading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(BriefStyles.HEADING_2);
        p.setSpacingBefore(120);
        p.setSpacingAfter(40);
        p.setKeepNext(true);
        run(p, text, head(), 11, true);
    }

    private void title(ZonedDateTime now) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
        run(p, cmp.text("brief.childcarePolicyOptions", cmp.regionName()), head(), 20, true);
        XWPFParagraph s = doc.createParagraph();
        s.setAlignment(ParagraphAlignment.CENTER);
        s.setSpacingAfter(240);
        run(s, cmp.text("brief.baseline") + cmp.name(0) + " · " + now.toLocalDate() + " · "
                + cmp.text("brief.childcarePolicySandbox") + BuildInfo.version(), body(), 10.5, false);
    }

    private void say(Sentence s, XWPFParagraph p) {
        sentences.add(s);
        // English sentences in one paragraph need a space between them; Chinese ones end in 。 and need none.
        boolean space = cmp.lang.english() && !p.getRuns().isEmpty();
        run(p, (space ? " " : "") + s.text(), body(), BODY_PT, false);
    }

    private void background() {
        heading("brief.background");
        XWPFParagraph p = paragraph(null);
        say(Findings.background(cmp), p);
        var region = cmp.docs.get(0).region();
        List<String> sources = new ArrayList<>();
        for (String f : List.of("population", "children", "seats")) {
            Provenance pr = region.provenanceOf("totals." + f);
            if (pr != null) {
                sources.add(cmp.text("brief.sourceOf", cmp.text("brief.total." + f), pr.flag(), pr.source(cmp.lang.english())));
            }
        }
        for (String src : sources) {
            XWPFParagraph q = paragraph(null);
            run(q, cmp.text("brief.source") + src, body(), 9, false);
        }
        paragraph(cmp.text("brief.enrolmentRatesSpendingAre"));
    }

    private void reforms() {
        heading("brief.reformsCompared");
        for (int i = 1; i < cmp.size(); i++) {
            ScenarioDocument d = cmp.docs.get(i);
            XWPFParagraph p = paragraph(null);
            run(p, cmp.name(i) + cmp.text("brief.afterReformName"), body(), BODY_PT, true);
            String text = cmp.lang.english() ? d.descriptionEn() : d.descriptionZh();
            if (text == null || text.isBlank()) {
                run(p, cmp.text("brief.fileHasNoDescription"), body(), BODY_PT, false);
                continue;
            }
            String[] notes = splitNotes(text.trim());
            String[] parts = lead(notes[0], cmp.lang.english() ? 2 * LEAD_CHARS : LEAD_CHARS);
            boolean more = !parts[1].isEmpty() || !notes[1].isEmpty();
            run(p, parts[0] + (more ? cmp.text("brief.fullTextOnWorkbook") : ""),
                    body(), BODY_PT, false);
        }
    }

    /**
     * A description's policy part and its modelling notes, split at the first "说明：" / "注意：" / "Notes:" / "Note:": the
     * notes are for the analyst and stay in the workbook's 参数 sheet, so that 二 reads as the policy in plain words.
     */
    static String[] splitNotes(String text) {
        int at = -1;
        for (String marker : List.of("说明：", "注意：", "Notes:", "Note:")) {
            int k = text.indexOf(marker);
            if (k > 0 && (at < 0 || k < at)) at = k;
        }
        return at < 0 ? new String[] {text, ""} : new String[] {text.substring(0, at).trim(), text.substring(at).trim()};
    }

    /**
     * A description's leading sentences up to about {@code chars} characters (at least its first sentence), and the rest:
     * 二 states each policy in a few lines; the whole description is the first row of each scenario in the workbook's 参数.
     */
    static String[] lead(String text, int chars) {
        int end = -1, depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') depth++;
            if ((c == '）' || c == ')') && depth > 0) depth--;
            if (depth > 0) continue;
            boolean stop = c == '。' || c == '；' && end < 0 && k > chars
                    || c == '.' && (k + 1 == text.length() || text.charAt(k + 1) == ' ') && k > 0 && !Character.isDigit(text.charAt(k - 1));
            if (!stop) continue;
            if (end >= 0 && k + 1 > chars) break;
            end = k + 1;
            if (end >= chars) break;
        }
        if (end < 0 || end >= text.length()) return new String[] {text, ""};
        String head = text.substring(0, end).trim();
        if (head.endsWith("；")) head = head.substring(0, head.length() - 1) + "。";
        return new String[] {head, text.substring(end).trim()};
    }

    private void findings() {
        heading("brief.findings");
        for (int i = 1; i < cmp.size(); i++) {
            subheading(cmp.shortName(i));
            XWPFParagraph p = paragraph(null);
            for (Sentence s : Findings.paragraph(cmp, i)) say(s, p);
        }
    }

    private void table() {
        heading("brief.comparisonTable");
        for (BriefTable.Kind kind : BriefTable.Kind.values()) {
            List<List<String>> rows = BriefTable.rows(cmp, kind);
            paragraph(null).getRuns(); // spacing
            XWPFParagraph cap = doc.createParagraph();
            keepNext(cap);
            run(cap, BriefTable.caption(cmp, kind), head(), 10.5, true);
            XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
            t.setWidth("100%");
            double[] shares = new double[rows.get(0).size()];
            // a reform's short name on one or two lines; with six number columns the names give way, and the headers
            // shrink a point, so that no English header breaks inside a word ("Enrolme|nt", "addition|al")
            boolean wide = shares.length >= 7;
            shares[0] = wide ? 0.20 : 0.25;
            for (int c = 1; c < shares.length; c++) shares[c] = (1 - shares[0]) / (shares.length - 1);
            double headSize = wide ? 8 : 9;
            columnWidths(t, shares);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = t.getRow(r);
                if (r == 0) row.setRepeatHeader(true);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
                    cell.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
                    run(cell, rows.get(r).get(c), r == 0 ? head() : body(), r == 0 ? headSize : 9, r == 0);
                }
            }
            keepTogether(t);
        }
    }

    private void charts() {
        heading("brief.charts");
        List<BriefCharts.Chart> charts = BriefCharts.all(cmp);
        XWPFTable grid = doc.createTable((charts.size() + 1) / 2, 2);
        grid.removeBorders();
        grid.setWidth("100%");
        columnWidths(grid, 0.5, 0.5);
        for (int k = 0; k < charts.size(); k++) {
            var cell = grid.getRow(k / 2).getCell(k % 2);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(charts.get(k).png()), Document.PICTURE_TYPE_PNG,
                        "chart" + (k + 1) + ".png", Units.toEMU(org.tuoyu.sandbox.export.render.ChartImages.WIDTH * CHART_SCALE),
                        Units.toEMU(org.tuoyu.sandbox.export.render.ChartImages.HEIGHT * CHART_SCALE));
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("a PNG made here could not be embedded", e);
            }
            XWPFParagraph cap = cell.addParagraph();
            cap.setAlignment(ParagraphAlignment.CENTER);
            cap.setSpacingAfter(120);
            run(cap, cmp.text("brief.figureCaption", k + 1, charts.get(k).title()), body(), 9, false);
        }
        // A row is not split across pages, so a chart never parts from its caption.
        for (XWPFTableRow row : grid.getRows()) row.setCantSplitRow(true);
    }

    private void assumptions() {
        heading("brief.assumptionsSources");
        paragraph(cmp.text("brief.costsAreDiscountedAt", org.tuoyu.sandbox.export.Units.percent(cmp.options.discountRate())));
        List<List<String>> flags = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(cmp.text("common.scenario")));
        for (char f : Provenance.FLAGS.toCharArray()) head.add(String.valueOf(f));
        head.add(cmp.text("brief.noSource"));
        flags.add(head);
        for (int i = 0; i < cmp.size(); i++) {
            ProvenanceReport rep = ProvenanceReport.of(cmp.docs.get(i));
            Map<String, Long> byFlag = new java.util.TreeMap<>();
            for (Provenance p : rep.sourced().values()) byFlag.merge(p.flag(), 1L, Long::sum);
            List<String> row = new ArrayList<>(List.of(cmp.shortName(i)));
            for (char f : Provenance.FLAGS.toCharArray()) row.add(String.valueOf(byFlag.getOrDefault(String.valueOf(f), 0L)));
            row.add(String.valueOf(rep.unsourced().size()));
            flags.add(row);
        }
        simpleTable(flags);
        paragraph(cmp.text("brief.assumptionsThatMatterMost"));
        int shown = 0;
        for (var e : new java.util.TreeMap<>(cmp.docs.get(0).region().provenance()).entrySet()) {
            if (!e.getValue().flag().equals("A") || shown == 6) continue;
            String src = e.getValue().source(cmp.lang.english());
            XWPFParagraph q = paragraph(null);
            run(q, cmp.text("brief.assumption", e.getKey(), src.length() > 180 ? src.substring(0, 180) + "…" : src), body(), 9,
                    false);
            shown++;
        }
    }

    /** The levers each reform sets differently from the baseline, region-wide. */
    private void appendix() {
        heading("brief.appendixLeversEachReform");
        var base = cmp.docs.get(0).scenario().levers().regionWide();
        for (int i = 1; i < cmp.size(); i++) {
            var levers = cmp.docs.get(i).scenario().levers().regionWide();
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(cmp.text("brief.lever"), cmp.text("common.unit"), cmp.text("common.baseline"), cmp.shortName(i)));
            for (LeverKey k : LeverKey.values()) {
                if (levers.get(k) == base.get(k)) continue;
                rows.add(List.of(cmp.lang.english() ? k.labelEn() : k.labelZh(), k.unit() == LeverUnit.SHARE ? "" : unit(k.unit()),
                        LeverValues.text(k, base.get(k), cmp.lang), LeverValues.text(k, levers.get(k), cmp.lang)));
            }
            subheading(cmp.name(i));
            if (rows.size() == 1) {
                paragraph(cmp.text("brief.sameRegionWideLevers"));
                continue;
            }
            XWPFTable t = doc.createTable(rows.size(), 4);
            t.setWidth("100%");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 4; c++) {
                    run(t.getRow(r).getCell(c).getParagraphs().get(0), rows.get(r).get(c), r == 0 ? head() : body(), 9, r == 0);
                }
            }
        }
    }

    /**
     * The validity table of the baseline (MODEL.md section 11): which reported figures are inputs echoed back,
     * identities, fitted to observed figures, or predictions the data did not pin.
     */
    private void validity() {
        List<Validity.Row> rows = Validity.of(cmp.docs.get(0), cmp.results.get(0));
        subheading(cmp.text("brief.appendixTableValidityBaseline"));
        paragraph(cmp.text("brief.inputRegionDataEchoed")).setKeepNext(true);
        if (rows.isEmpty()) {
            paragraph(cmp.text("brief.baselineHasNoObserved"));
            return;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(cmp.text("brief.figure2"), cmp.text("common.year"), cmp.text("common.kind"), cmp.text("brief.model"),
                cmp.text("brief.observed"), cmp.text("brief.difference")));
        for (Validity.Row r : rows) {
            String name = Validity.name(r.figure(), cmp.lang);
            if (r.district() != null) name += " · " + districtName(r.district());
            boolean share = Validity.isShare(r.figure());
            String observed = r.of().isRange() ? figure(r.of().low(), share) + "–" + figure(r.of().high(), share)
                    : figure(r.observed(), share);
            String diff = r.kind() == Validity.Kind.INPUT ? "" : r.of().isRange() ? Validity.rangeVerdict(r, cmp.lang)
                    : share ? Findings.format(r.residual(), Findings.Form.POINTS, cmp.lang) : figure(r.residual(), false);
            table.add(List.of(name, String.valueOf(r.year()), kind(r.kind()), figure(r.value(), share), observed, diff));
        }
        XWPFTable t = doc.createTable(table.size(), 6);
        t.setWidth("100%");
        columnWidths(t, 0.31, 0.09, 0.14, 0.16, 0.16, 0.14);
        for (int r = 0; r < table.size(); r++) {
            if (r == 0) t.getRow(r).setRepeatHeader(true);
            for (int c = 0; c < 6; c++) {
                XWPFParagraph cell = t.getRow(r).getCell(c).getParagraphs().get(0);
                cell.setAlignment(c < 3 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
                run(cell, table.get(r).get(c), r == 0 ? head() : body(), 9, r == 0);
            }
        }
    }

    /**
     * Keeps a small table on one page with its caption: no row split, every row kept with the next (Word, WPS and
     * LibreOffice move the whole table when it does not fit).
     */
    static void keepTogether(XWPFTable t) {
        for (int r = 0; r < t.getRows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            if (r + 1 == t.getRows().size()) continue;
            for (var cell : row.getTableCells()) for (XWPFParagraph p : cell.getParagraphs()) keepNext(p);
        }
    }

    /** Keeps {@code p} on the page of the next paragraph; POI's setKeepNext assumes paragraph properties exist. */
    static void keepNext(XWPFParagraph p) {
        if (p.getCTP().getPPr() == null) p.getCTP().addNewPPr();
        p.setKeepNext(true);
    }

    /** Text width of the page: A4 less two 2.5 cm margins, in twips. */
    private static final int TEXT_WIDTH = 11906 - 2 * 1418;

    /**
     * Column widths as shares of the text width, in the table's grid, which LibreOffice and WPS read (they ignore a
     * cell's own width when the grid says otherwise).
     */
    static void columnWidths(XWPFTable t, double... shares) {
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < shares.length) grid.addNewGridCol();
        for (int c = 0; c < shares.length; c++) {
            BigInteger w = BigInteger.valueOf(Math.round(TEXT_WIDTH * shares[c]));
            grid.getGridColArray(c).setW(w);
            for (XWPFTableRow row : t.getRows()) {
                if (c < row.getTableCells().size()) row.getCell(c).setWidth(String.valueOf(w));
            }
        }
    }

    /** A plain table: a bold header row, the first column left-aligned, the others right-aligned. */
    private void simpleTable(List<List<String>> rows) {
        int cols = rows.get(0).size();
        XWPFTable t = doc.createTable(rows.size(), cols);
        t.setWidth("100%");
        double[] shares = new double[cols];
        shares[0] = 0.34; // the names' column: a reform's name should not wrap word by word
        for (int c = 1; c < cols; c++) shares[c] = 0.66 / (cols - 1);
        columnWidths(t, shares);
        for (int r = 0; r < rows.size(); r++) {
            if (r == 0) t.getRow(r).setRepeatHeader(true);
            for (int c = 0; c < cols; c++) {
                XWPFParagraph cell = t.getRow(r).getCell(c).getParagraphs().get(0);
                cell.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
                run(cell, rows.get(r).get(c), r == 0 ? head() : body(), 9, r == 0);
            }
        }
        keepTogether(t);
    }

    private String districtName(String id) {
        for (var d : cmp.results.get(0).first().districts()) {
            if (d.id().equals(id)) return cmp.districtName(d);
        }
        return id;
    }

    private String kind(Validity.Kind k) {
        switch (k) {
            case INPUT: return cmp.text("brief.input");
            case IDENTITY: return cmp.text("brief.identity");
            case FITTED: return cmp.text("common.fitted");
            default: return cmp.text("brief.predicted");
        }
    }

    private static String figure(double v, boolean share) {
        if (!Double.isFinite(v)) return "—";
        if (share) return org.tuoyu.sandbox.export.Units.percent(v);
        return Math.abs(v) >= 100 || v == Math.rint(v) ? org.tuoyu.sandbox.export.Units.count(v) : org.tuoyu.sandbox.export.Units.decimal(v, 2);
    }

    /** The last lines: which program and build wrote this, so that a figure quoted from it can be traced. */
    private void colophon(ZonedDateTime now) {
        XWPFParagraph p = paragraph(null);
        p.setSpacingBefore(360);
        run(p, cmp.text("brief.writtenByChildcarePolicy", BuildInfo.describe(), now.toLocalDate()), body(), 9, false);
    }

    private String unit(LeverUnit u) { return cmp.lang.english() ? u.labelEn() : u.labelZh(); }

}
