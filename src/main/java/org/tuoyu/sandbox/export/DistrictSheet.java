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
        c.add(new Column<>("common.children2", Fmt.COUNT, DistrictResult::childrenTotal));
        c.add(new Column<>("districtSheet.seats", Fmt.COUNT, DistrictResult::seats));
        c.add(new Column<>("districtSheet.seatsPerResidents", Fmt.DECIMAL, DistrictResult::seatsPerThousand));
        c.add(new Column<>("common.potentialDemand", Fmt.COUNT, DistrictResult::potentialDemand));
        c.add(new Column<>("common.enrolled", Fmt.COUNT, DistrictResult::enrolled));
        c.add(new Column<>("common.enrolmentRate", Fmt.PERCENT, DistrictResult::enrolmentRate));
        c.add(new Column<>("districtSheet.utilisation", Fmt.PERCENT, DistrictResult::utilisation));
        c.add(new Column<>("common.unmetCannotAfford", Fmt.COUNT, DistrictResult::unmetPrice));
        c.add(new Column<>("common.unmetNoSeat", Fmt.COUNT, DistrictResult::unmetSeats));
        c.add(new Column<>("common.inclusiveFeeYuanMonth", Fmt.YUAN, DistrictResult::inclusiveFee));
        c.add(new Column<>("districtSheet.fiscalCost", List.of(su), Fmt.SCALED, d -> d.fiscalCost() / s));
        c.add(new Column<>("common.familiesAboveAffordabilityThreshold", Fmt.PERCENT,
                DistrictResult::shareAboveThreshold));
        c.add(new Column<>("districtSheet.residents", Fmt.COUNT, DistrictResult::population));
        c.add(new Column<>("districtSheet.inclusiveSeatsInclToddler", Fmt.COUNT,
                d -> d.inclusiveSeats() + d.toddlerClassSeats()));
        c.add(new Column<>("districtSheet.toddlerClassSeats", Fmt.COUNT, DistrictResult::toddlerClassSeats));
        c.add(new Column<>("districtSheet.marketSeats", Fmt.COUNT, DistrictResult::marketSeats));
        c.add(new Column<>("districtSheet.effectiveSeats", Fmt.COUNT, DistrictResult::effectiveSeats));
        c.add(new Column<>("districtSheet.newSeats", Fmt.COUNT, DistrictResult::newSeats));
        c.add(new Column<>("districtSheet.seatsConvertedInclusive", Fmt.COUNT, DistrictResult::convertedSeats));
        c.add(new Column<>("districtSheet.enrolledInclusive", Fmt.COUNT, DistrictResult::enrolledInclusive));
        c.add(new Column<>("districtSheet.enrolledMarket", Fmt.COUNT, DistrictResult::enrolledMarket));
        c.add(new Column<>("districtSheet.inclusiveUtilisation", Fmt.PERCENT, DistrictResult::inclusiveUtilisation));
        c.add(new Column<>("districtSheet.toddlerClassFeeYuan", Fmt.YUAN, DistrictResult::toddlerClassFee));
        c.add(new Column<>("common.marketFeeYuanMonth", Fmt.YUAN, DistrictResult::marketFee));
        c.add(new Column<>("common.inclusiveCentreCostYuan", Fmt.YUAN,
                DistrictResult::providerCostPerChildMonth));
        c.add(new Column<>("districtSheet.inclusiveBreakEvenUtilisation", Fmt.PERCENT,
                DistrictResult::breakEvenUtilisation));
        c.add(new Column<>("common.marketBreakEvenUtilisation", Fmt.PERCENT,
                DistrictResult::marketBreakEvenUtilisation));
        c.add(new Column<>("districtSheet.inclusiveCentreMarginYuan", Fmt.YUAN,
                DistrictResult::providerMarginPerSeatMonth));
        c.add(new Column<>("districtSheet.employersCostLeave", List.of(su), Fmt.SCALED,
                d -> d.employerLeaveCost() / s));
        return c;
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Column<DistrictResult>> cols = columns(cmp);
        b.title(0, cmp.text("districtSheet.districts") + cmp.shownYearLabel());
        b.note(1, cmp.text("districtSheet.oneRowPerDistrict", cmp.neverBreaksEven(), KEY_COLUMNS));
        int header = 3;
        String[] labels = {cmp.text("common.scenario"), cmp.text("common.year"), cmp.text("districtSheet.districtId"),
                cmp.text("common.district"), cmp.text("districtSheet.zone")};
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
