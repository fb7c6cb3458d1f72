package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/** 分区 Districts: one row per district and scenario with every indicator the engine gives; autofilter. */
final class DistrictSheet {

    /** Columns before the numbers: scenario, year, district id, district, zone. */
    static final int FIRST_NUMBER_COL = 5;
    private DistrictSheet() {}

    /**
     * The key columns, in print order: what a reader compares first between districts. The rest of the sheet is
     * every other indicator the catalogue reads for a district, in the catalogue's order, so a new district
     * indicator gets its column here without this sheet naming it.
     */
    static final List<Indicator> KEY = List.of(Indicator.CHILDREN, Indicator.SEATS, Indicator.SEATS_PER_THOUSAND,
            Indicator.POTENTIAL_DEMAND, Indicator.ENROLLED, Indicator.ENROLMENT_RATE, Indicator.UTILISATION,
            Indicator.UNMET_PRICE, Indicator.UNMET_SEATS, Indicator.INCLUSIVE_FEE, Indicator.FISCAL_COST,
            Indicator.SHARE_ABOVE_THRESHOLD);
    /** The first this many number columns are the key ones, printed on one page width. */
    static final int KEY_COLUMNS = KEY.size();

    static List<Column<DistrictResult>> columns() {
        List<Column<DistrictResult>> c = new ArrayList<>();
        for (Indicator i : KEY) c.add(Column.district(i));
        for (Indicator i : Indicator.at(Indicator.Scope.DISTRICT)) {
            if (!KEY.contains(i)) c.add(Column.district(i));
        }
        return c;
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Column<DistrictResult>> cols = columns();
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
