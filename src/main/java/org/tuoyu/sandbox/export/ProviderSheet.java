package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/** 托育机构 Providers: cost per child-month, break-even and actual utilisation, by district and scenario. */
final class ProviderSheet {

    static final int FIRST_NUMBER_COL = 3;

    private ProviderSheet() {}

    static List<Column<DistrictResult>> columns() {
        List<Column<DistrictResult>> c = new ArrayList<>();
        c.add(new Column<>("common.inclusiveFeeYuanMonth", Fmt.YUAN, DistrictResult::inclusiveFee));
        c.add(new Column<>("common.inclusiveCentreCostYuan", Fmt.YUAN,
                DistrictResult::providerCostPerChildMonth));
        c.add(new Column<>("providerSheet.breakEvenUtilisation", Fmt.PERCENT, DistrictResult::breakEvenUtilisation));
        c.add(new Column<>("providerSheet.actualUtilisationInclusiveSeats", Fmt.PERCENT,
                DistrictResult::inclusiveUtilisation));
        c.add(new Column<>("providerSheet.actualMinusBreakEven", Fmt.PERCENT_DELTA,
                d -> d.inclusiveUtilisation() - d.breakEvenUtilisation()));
        c.add(new Column<>("providerSheet.marginYuanPerSeat", Fmt.YUAN,
                DistrictResult::providerMarginPerSeatMonth));
        c.add(new Column<>("common.marketFeeYuanMonth", Fmt.YUAN, DistrictResult::marketFee));
        c.add(new Column<>("common.marketBreakEvenUtilisation", Fmt.PERCENT,
                DistrictResult::marketBreakEvenUtilisation));
        c.add(new Column<>("providerSheet.actualUtilisationAllSeats", Fmt.PERCENT, DistrictResult::utilisation));
        return c;
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Column<DistrictResult>> cols = columns();
        b.title(0, cmp.text("providerSheet.providers") + cmp.shownYearLabel());
        b.note(1, cmp.text("providerSheet.inclusiveCentreSCost", cmp.neverBreaksEven()));
        int header = 3;
        String[] labels = {cmp.text("common.scenario"), cmp.text("common.district"), cmp.text("common.year")};
        RecordTable.write(b, cmp, header, labels, cols, YearResult::districts, (sb, r, i, y, d) -> {
            sb.text(r, 0, cmp.name(i));
            sb.text(r, 1, cmp.districtName(d));
            sb.number(r, 2, y.year(), Fmt.YEAR);
        }, cmp.neverBreaksEven());
        b.freeze(FIRST_NUMBER_COL, header + 1);
        b.finish();
    }
}
