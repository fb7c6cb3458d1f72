package org.tuoyu.sandbox.workshop;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.AtomicFiles;

/**
 * The one-page handout for a workshop (A4 .docx, Chinese or English): how to join (the address, the join code and
 * its QR code), the goals, and the levers a group may move with their ranges, units and the baseline's value. Made
 * from the running workshop, so it says exactly what the page will offer.
 */
public final class Handout {

    private static final String BODY_EN = "Times New Roman";
    private static final String HEAD_EN = "Arial";

    private final XWPFDocument doc = new XWPFDocument();
    private final Language lang;

    private Handout(Language lang) { this.lang = lang; }

    /** Writes the handout for {@code address} (the join address with its code) to {@code out}, atomically. */
    public static void write(Workshop w, String address, Path out, Language lang) throws IOException {
        try (XWPFDocument d = build(w, address, lang)) {
            AtomicFiles.write(out, d::write);
        }
    }

    static XWPFDocument build(Workshop w, String address, Language lang) throws IOException {
        Handout h = new Handout(lang);
        h.page();
        h.join(w, address);
        h.goals(w);
        h.levers(w);
        h.steps(w.minutes());
        return h.doc;
    }

    private String t(String zh, String en) { return lang.t(zh, en); }

    private String text(String key, Object... args) { return WorkshopTexts.text(lang, key, args); }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 portrait in twentieths of a point
        size.setH(BigInteger.valueOf(16838));
        var m = sect.addNewPgMar();
        for (var set : List.<java.util.function.Consumer<BigInteger>>of(m::setTop, m::setBottom, m::setLeft, m::setRight)) {
            set.accept(BigInteger.valueOf(1134)); // 2 cm: one page holds a dozen levers
        }
    }

    private void join(Workshop w, String address) throws IOException {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, text("handout.title"), true, 20, true);
        XWPFParagraph sub = doc.createParagraph();
        sub.setAlignment(ParagraphAlignment.CENTER);
        run(sub, text("handout.subtitle", t(w.baseline().name(), w.baseline().nameEn()), w.year()), false, 11, false);
        heading(text("handout.join"));
        XWPFParagraph qr = doc.createParagraph();
        qr.setAlignment(ParagraphAlignment.CENTER);
        try {
            qr.createRun().addPicture(new ByteArrayInputStream(png(address)), Document.PICTURE_TYPE_PNG, "join-qr.png",
                    Units.toEMU(150), Units.toEMU(150));
        } catch (InvalidFormatException e) {
            throw new IOException("the QR code could not be placed in the handout", e);
        }
        para(text("handout.scan"), 11);
        XWPFParagraph a = doc.createParagraph();
        a.setAlignment(ParagraphAlignment.CENTER);
        run(a, address, false, 14, true);
        XWPFParagraph c = doc.createParagraph();
        c.setAlignment(ParagraphAlignment.CENTER);
        run(c, text("handout.code"), false, 14, false);
        run(c, w.code(), true, 28, true).setCharacterSpacing(60);
        para(text("handout.typeCode"), 11);
    }

    private void goals(Workshop w) {
        heading(text("handout.goals", w.year()));
        if (w.goals().isEmpty()) para(text("handout.noGoals"), 11);
        for (Target g : w.goals()) {
            String rel = g.relation() == Target.Relation.AT_LEAST ? text("handout.atLeast") : text("handout.atMost");
            para("• " + GoalText.label(g, lang) + " " + rel + " " + GoalText.value(g, lang), 12);
        }
    }

    private void levers(Workshop w) {
        heading(text("handout.levers"));
        XWPFTable table = doc.createTable(w.levers().size() + 1, 4);
        table.setWidth("100%");
        header(table.getRow(0), text("handout.column.policy"), text("handout.column.range"), text("handout.column.unit"),
                text("handout.column.baseline"));
        int r = 1;
        for (DecisionLever l : w.levers()) {
            double now = l.applicable(l.current(w.baseline().scenario().levers(), w.baseline().scenario().horizon().firstYear()));
            String label = t(l.key().labelZh(), l.key().labelEn()) + (l.district() == null ? "" : " · " + district(w, l.district()));
            cells(table.getRow(r++), label, shown(l.key().unit(), l.min()) + " – " + shown(l.key().unit(), l.max()),
                    t(l.key().unit().labelZh(), l.key().unit().labelEn()), shown(l.key().unit(), now));
        }
    }

    private String district(Workshop w, String id) {
        for (var d : w.baseline().region().region().districts()) {
            if (d.id().equals(id)) return t(d.nameZh(), d.nameEn());
        }
        return id;
    }

    private void steps(int minutes) {
        heading(text("handout.steps"));
        para(text("handout.step.move"), 11);
        para(text("handout.step.submit"), 11);
        if (minutes > 0) {
            para(text("handout.step.timeLimit", minutes), 11);
        }
        para(text("handout.step.board"), 11);
    }

    /** Shares are stored as fractions and shown as %, as the page shows them. */
    private static String shown(LeverUnit u, double v) {
        double x = u == LeverUnit.SHARE ? v * 100 : v;
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%,d", (long) x) : String.format(Locale.ROOT, "%,.2f", x);
    }

    private void heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, true, 14, true);
    }

    private void para(String text, double size) { run(doc.createParagraph(), text, false, size, false); }

    private void header(XWPFTableRow row, String... texts) {
        for (int k = 0; k < texts.length; k++) {
            XWPFParagraph p = row.getCell(k).getParagraphs().get(0);
            run(p, texts[k], true, 11, true);
            row.getCell(k).setColor("DDE6EE");
        }
    }

    private void cells(XWPFTableRow row, String... texts) {
        for (int k = 0; k < texts.length; k++) run(row.getCell(k).getParagraphs().get(0), texts[k], false, 11, false);
    }

    private XWPFRun run(XWPFParagraph p, String text, boolean head, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(text(head ? "handout.font.eastAsia.heading" : "handout.font.eastAsia.body"),
                XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(head ? HEAD_EN : BODY_EN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(head ? HEAD_EN : BODY_EN, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    /** The join address as a PNG, 8 pixels a module: sharp when printed at 4 cm. */
    static byte[] png(String address) throws IOException {
        BitMatrix m = QrCode.matrix(address);
        int scale = 8;
        int n = m.getWidth();
        BufferedImage img = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < n * scale; y++) {
            for (int x = 0; x < n * scale; x++) img.setRGB(x, y, m.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
