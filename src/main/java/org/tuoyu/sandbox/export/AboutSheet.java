package org.tuoyu.sandbox.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/** 说明 About: what the model is, program version, date, the files and their SHA-256, the seed of any draw. */
final class AboutSheet {

    private AboutSheet() {}

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp, ZonedDateTime now) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        b.title(0, cmp.text("aboutSheet.aboutThisWorkbook"));
        int r = 2;
        b.text(r, 0, cmp.text("aboutSheet.model"), true).setCellStyle(styles.text(true, false, true));
        org.apache.poi.xssf.usermodel.XSSFCell p = b.cell(r, 1);
        p.setCellValue(cmp.text("aboutSheet.modelParagraph"));
        p.setCellStyle(styles.paragraph());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 4));
        int paragraphRow = r;
        r += 2;

        r = settings(b, r, cmp, now);
        r = files(b, r, cmp);
        b.fixWidth(0, 22);
        b.fixWidth(1, 30);
        b.fixWidth(2, 44);
        b.fixWidth(3, 68);
        b.fixWidth(4, 30);
        b.finish();
        // The merged paragraph: as many lines as its text needs across columns B..E (plus one for safety).
        int chars = 0;
        for (int c = 1; c <= 4; c++) chars += sheet.getColumnWidth(c) / 256;
        int lines = SheetBuilder.width(cmp.text("aboutSheet.modelParagraph")) / Math.max(1, chars - 2) + 2;
        sheet.getRow(paragraphRow).setHeightInPoints(lines * 13f + 4);
        sheet.createFreezePane(0, 1);
    }

    /** The program, version, export time, region, years, discount rate, money, seed and calibration, one per row. */
    private static int settings(SheetBuilder b, int r, Comparison cmp, ZonedDateTime now) {
        ScenarioDocument base = cmp.docs.get(0);
        r = pair(b, r, cmp.text("aboutSheet.program"), "托育政策沙盘 Childcare Policy Sandbox");
        r = pair(b, r, cmp.text("aboutSheet.version"), BuildInfo.describe());
        r = pair(b, r, cmp.text("aboutSheet.exported"), now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")));
        r = pair(b, r, cmp.text("aboutSheet.region"), cmp.lang.english() ? base.region().region().nameEn() : base.region().region().nameZh());
        r = pair(b, r, cmp.text("aboutSheet.yearOneYearSheets"),
                cmp.shownYearLabel() + cmp.text("aboutSheet.districtsIncomeGroupsProviders"));
        r = pair(b, r, cmp.text("aboutSheet.discountRate"), Units.percent(cmp.options.discountRate())
                + cmp.text("aboutSheet.assumptionSummarySDiscounted"));
        r = pair(b, r, cmp.text("aboutSheet.horizon"), cmp.results.get(0).first().year() + "–" + cmp.results.get(0).last().year()
                + cmp.text("aboutSheet.everyYearOnFiscal"));
        r = pair(b, r, cmp.text("aboutSheet.money"), cmp.text("aboutSheet.yuanLargeSumsMillion"));
        String seed = cmp.bands == null
                ? cmp.text("aboutSheet.noneEveryNumberThis")
                : cmp.text("aboutSheet.monteCarloSeedDraws", cmp.bands.seed(), cmp.bands.draws());
        r = pair(b, r, cmp.text("aboutSheet.seedRandomDraws"), seed);
        if (base.calibration() != null) {
            r = pair(b, r, cmp.text("aboutSheet.calibration"), cmp.text("aboutSheet.potentialDemandShareReproducing", Units.decimal(base.calibration().value(), 4), base.region().region().dataYear(), Units.count(base.calibration().targetEnrolled())));
        }
        return r;
    }

    /** Every file the comparison read (scenarios, the baselines they extend, region data) with its SHA-256; warnings. */
    private static int files(SheetBuilder b, int r, Comparison cmp) {
        r++;
        r = b.headers(r, 0, cmp.text("aboutSheet.role"), cmp.text("common.name"), cmp.text("aboutSheet.file"), "SHA-256",
                cmp.text("aboutSheet.extends"));
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < cmp.size(); i++) {
            ScenarioDocument d = cmp.docs.get(i);
            String role = i == 0 ? cmp.text("aboutSheet.baseline") : cmp.text("aboutSheet.reform");
            if (d.parent() != null) b.text(r, 4, d.parent().location().fileName());
            r = file(b, r, role, cmp.name(i), d.location().fileName(), d.sha256());
            listed.add(d.location().display());
        }
        for (ScenarioDocument d : cmp.docs) {
            for (ScenarioDocument p2 = d.parent(); p2 != null; p2 = p2.parent()) {
                if (listed.add(p2.location().display())) {
                    r = file(b, r, cmp.text("aboutSheet.baselineExtended"),
                            cmp.lang.english() ? p2.nameEn() : p2.name(), p2.location().fileName(), p2.sha256());
                }
            }
        }
        for (ScenarioDocument d : cmp.docs) {
            RegionDocument rd = d.region();
            if (listed.add(rd.location().display())) {
                r = file(b, r, cmp.text("common.regionData"),
                        cmp.lang.english() ? rd.region().nameEn() : rd.region().nameZh(), rd.location().fileName(), rd.sha256());
            }
        }
        b.note(r++, cmp.text("aboutSheet.shaEachFileStored"));
        for (ScenarioDocument d : cmp.docs) {
            for (String w : d.warnings()) b.text(r++, 0, cmp.text("aboutSheet.note") + d.location().fileName() + ": " + w);
        }
        return r;
    }

    private static int pair(SheetBuilder b, int r, String key, String value) {
        b.text(r, 0, key, true);
        b.text(r, 1, value);
        return r + 1;
    }

    private static int file(SheetBuilder b, int r, String role, String name, String file, String sha) {
        b.text(r, 0, role);
        b.text(r, 1, name);
        b.text(r, 2, file);
        b.text(r, 3, sha);
        return r + 1;
    }
}
