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

    static final String MODEL_ZH = "托育政策沙盘是一个按区、按年计算 0–3 岁婴幼儿托育供需与财政成本的确定性模型。"
            + "对每个区，模型由人口与出生推算各年龄段儿童数；由潜在需求比例、家庭价格接受度曲线（拟合自地区问卷）"
            + "和托位供给（普惠托位、幼儿园托班、市场化托位）求出入托人数和未满足的需求（负担不起或没有托位）；"
            + "再按政策杠杆（运营补贴、托育券、育儿补贴、新增托位和机构补贴、房租补贴、假期、个税专项附加扣除等）"
            + "计算各项财政支出及其在中央、市级、区级财政和生育保险基金之间的分担，并给出托育机构的每孩成本与保本利用率。"
            + "基线方案的潜在需求比例按实际入托人数校准；改革方案沿用基线的校准，只改变其设定的参数。"
            + "每个输入数字的出处见“参数”表，模型方程见 docs/model.md。";
    static final String MODEL_EN = "The Childcare Policy Sandbox is a deterministic model of under-3 childcare supply, demand and "
            + "public cost, computed district by district and year by year. For each district it projects children by age "
            + "band from population and births; finds enrolment and unmet demand (cannot afford, or no seat) from the "
            + "potential-demand share, a price-acceptance curve fitted to the region's survey, and the seats on offer "
            + "(inclusive, kindergarten toddler classes, market); then prices the policy levers (operating subsidies, "
            + "vouchers, childcare allowance, seat and institution grants, rent subsidies, leave, the income-tax "
            + "deduction) into public spending, split among national, city and district budgets and the maternity "
            + "insurance fund, and reports providers' cost per child and break-even utilisation. The baseline's "
            + "potential-demand share is calibrated to observed enrolment; a reform keeps the baseline's calibration "
            + "and changes only the levers it states. The \"Levers and assumptions\" sheet gives the source of every input; docs/model.md "
            + "gives the equations.";

    private AboutSheet() {}

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp, ZonedDateTime now) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        b.title(0, cmp.text("aboutSheet.aboutThisWorkbook"));
        int r = 2;
        b.text(r, 0, cmp.text("aboutSheet.model"), true).setCellStyle(styles.text(true, false, true));
        org.apache.poi.xssf.usermodel.XSSFCell p = b.cell(r, 1);
        p.setCellValue(cmp.t(MODEL_ZH, MODEL_EN));
        p.setCellStyle(styles.paragraph());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 4));
        int paragraphRow = r;
        r += 2;

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

        r++;
        r = b.headers(r, 0, cmp.text("aboutSheet.role"), cmp.text("aboutSheet.name"), cmp.text("aboutSheet.file"), "SHA-256",
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
                r = file(b, r, cmp.text("aboutSheet.regionData"),
                        cmp.lang.english() ? rd.region().nameEn() : rd.region().nameZh(), rd.location().fileName(), rd.sha256());
            }
        }
        b.note(r++, cmp.text("aboutSheet.shaEachFileStored"));
        for (ScenarioDocument d : cmp.docs) {
            for (String w : d.warnings()) b.text(r++, 0, cmp.text("aboutSheet.note") + d.location().fileName() + ": " + w);
        }
        b.fixWidth(0, 22);
        b.fixWidth(1, 30);
        b.fixWidth(2, 44);
        b.fixWidth(3, 68);
        b.fixWidth(4, 30);
        b.finish();
        // The merged paragraph: as many lines as its text needs across columns B..E (plus one for safety).
        int chars = 0;
        for (int c = 1; c <= 4; c++) chars += sheet.getColumnWidth(c) / 256;
        int lines = SheetBuilder.width(cmp.t(MODEL_ZH, MODEL_EN)) / Math.max(1, chars - 2) + 2;
        sheet.getRow(paragraphRow).setHeightInPoints(lines * 13f + 4);
        sheet.createFreezePane(0, 1);
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
