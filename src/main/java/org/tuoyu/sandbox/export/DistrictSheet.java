package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/** 分区 Districts: one row per district and scenario with every indicator the engine gives; autofilter. */
final class DistrictSheet {

    /** Columns before the numbers: scenario, year, district id, district, zone. */
    static final int FIRST_NUMBER_COL = 5;
    /** The first this many number columns are the key ones, printed on one page width. */
    static final int KEY_COLUMNS = 12;

    private DistrictSheet() {}

    static List<Column<DistrictResult>> columns(Comparison cmp) {
        double s = cmp.scale();
        String su = cmp.scaledUnit();
        List<Column<DistrictResult>> c = new ArrayList<>();
        // The key columns first: they are the print area (one page wide); the rest follow for the screen.
        c.add(new Column<>("0–3 岁儿童（人）", "Children 0–3", Fmt.COUNT, DistrictResult::childrenTotal));
        c.add(new Column<>("托位（个）", "Seats", Fmt.COUNT, DistrictResult::seats));
        c.add(new Column<>("每千人托位（个）", "Seats per 1,000 residents", Fmt.DECIMAL, DistrictResult::seatsPerThousand));
        c.add(new Column<>("潜在需求（人）", "Potential demand", Fmt.COUNT, DistrictResult::potentialDemand));
        c.add(new Column<>("入托人数（人）", "Enrolled", Fmt.COUNT, DistrictResult::enrolled));
        c.add(new Column<>("入托率", "Enrolment rate", Fmt.PERCENT, DistrictResult::enrolmentRate));
        c.add(new Column<>("托位利用率", "Utilisation", Fmt.PERCENT, DistrictResult::utilisation));
        c.add(new Column<>("未满足：负担不起（人）", "Unmet: cannot afford", Fmt.COUNT, DistrictResult::unmetPrice));
        c.add(new Column<>("未满足：无托位（人）", "Unmet: no seat", Fmt.COUNT, DistrictResult::unmetSeats));
        c.add(new Column<>("普惠收费（元/月）", "Inclusive fee (yuan/month)", Fmt.YUAN, DistrictResult::inclusiveFee));
        c.add(new Column<>("财政成本（" + su + "）", "Fiscal cost (" + su + ")", Fmt.SCALED, d -> d.fiscalCost() / s));
        c.add(new Column<>("负担超阈值家庭比例", "Families above the affordability threshold", Fmt.PERCENT,
                DistrictResult::shareAboveThreshold));
        c.add(new Column<>("常住人口（人）", "Residents", Fmt.COUNT, DistrictResult::population));
        c.add(new Column<>("普惠托位（含托班，个）", "Inclusive seats (incl. toddler classes)", Fmt.COUNT,
                d -> d.inclusiveSeats() + d.toddlerClassSeats()));
        c.add(new Column<>("幼儿园托班托位（个）", "Toddler-class seats", Fmt.COUNT, DistrictResult::toddlerClassSeats));
        c.add(new Column<>("市场化托位（个）", "Market seats", Fmt.COUNT, DistrictResult::marketSeats));
        c.add(new Column<>("有效托位（个）", "Effective seats", Fmt.COUNT, DistrictResult::effectiveSeats));
        c.add(new Column<>("新增托位（个）", "New seats", Fmt.COUNT, DistrictResult::newSeats));
        c.add(new Column<>("转为普惠的托位（个）", "Seats converted to inclusive", Fmt.COUNT, DistrictResult::convertedSeats));
        c.add(new Column<>("普惠入托（人）", "Enrolled, inclusive", Fmt.COUNT, DistrictResult::enrolledInclusive));
        c.add(new Column<>("市场化入托（人）", "Enrolled, market", Fmt.COUNT, DistrictResult::enrolledMarket));
        c.add(new Column<>("普惠托位利用率", "Inclusive utilisation", Fmt.PERCENT, DistrictResult::inclusiveUtilisation));
        c.add(new Column<>("托班收费（元/月）", "Toddler-class fee (yuan/month)", Fmt.YUAN, DistrictResult::toddlerClassFee));
        c.add(new Column<>("市场化收费（元/月）", "Market fee (yuan/month)", Fmt.YUAN, DistrictResult::marketFee));
        c.add(new Column<>("普惠机构成本（元/孩·月）", "Inclusive centre cost (yuan per child-month)", Fmt.YUAN,
                DistrictResult::providerCostPerChildMonth));
        c.add(new Column<>("普惠机构保本利用率", "Inclusive break-even utilisation", Fmt.PERCENT,
                DistrictResult::breakEvenUtilisation));
        c.add(new Column<>("市场化机构保本利用率", "Market break-even utilisation", Fmt.PERCENT,
                DistrictResult::marketBreakEvenUtilisation));
        c.add(new Column<>("普惠机构盈亏（元/托位·月）", "Inclusive centre margin (yuan per seat-month)", Fmt.YUAN,
                DistrictResult::providerMarginPerSeatMonth));
        c.add(new Column<>("用人单位假期成本（" + su + "）", "Employers' cost of leave (" + su + ")", Fmt.SCALED,
                d -> d.employerLeaveCost() / s));
        return c;
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Column<DistrictResult>> cols = columns(cmp);
        b.title(0, cmp.text("districtSheet.districts") + cmp.shownYearLabel());
        b.note(1, cmp.text("districtSheet.oneRowPerDistrict", cmp.neverBreaksEven(), KEY_COLUMNS));
        int header = 3;
        String[] labels = {cmp.text("brief.scenario"), cmp.text("brief.year"), cmp.text("districtSheet.districtId"),
                cmp.text("districtSheet.district"), cmp.text("districtSheet.zone")};
        RecordTable.write(b, cmp, header, labels, cols, YearResult::districts, (sb, r, i, y, d) -> {
            sb.text(r, 0, cmp.shortName(i)); // short: the printed page has room for 「杭州式托育券」, not the file's full name
            sb.number(r, 1, y.year(), Fmt.YEAR);
            sb.text(r, 2, d.id());
            sb.text(r, 3, cmp.districtName(d));
            sb.text(r, 4, cmp.lang.english() ? d.zone().labelEn() : d.zone().labelZh());
        }, cmp.neverBreaksEven());
        b.freeze(FIRST_NUMBER_COL - 1, header + 1);
        b.fixWidth(2, 14);
        b.finish();
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, FIRST_NUMBER_COL + KEY_COLUMNS - 1, 0,
                Math.max(header, sheet.getLastRowNum()));
    }
}
