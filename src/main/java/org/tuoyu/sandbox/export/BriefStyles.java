package org.tuoyu.sandbox.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The brief's heading styles, under the built-in names Word and WPS know ("heading 1", "heading 2"): with an outline
 * level, so that the navigation pane lists them and an inserted table of contents picks them up. The runs of a
 * heading still carry their own fonts, so the look does not depend on the reader's default template.
 */
final class BriefStyles {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private BriefStyles() {}

    static void add(XWPFDocument doc, String headFont, String latinFont) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(heading(HEADING_1, "heading 1", 0, 15, headFont, latinFont));
        styles.addStyle(heading(HEADING_2, "heading 2", 1, 12, headFont, latinFont));
    }

    private static XWPFStyle heading(String id, String name, int level, int points, String headFont, String latinFont) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewNext().setVal("Normal");
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        ct.addNewQFormat();
        CTPPrGeneral p = ct.addNewPPr();
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        CTRPr r = ct.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setEastAsia(headFont);
        f.setAscii(latinFont);
        f.setHAnsi(latinFont);
        r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        XWPFStyle s = new XWPFStyle(ct);
        s.setType(STStyleType.PARAGRAPH);
        return s;
    }
}
