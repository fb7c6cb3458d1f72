package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/** 托育机构 Providers: cost per child-month, break-even and actual utilisation, by district and scenario. */
final class ProviderSheet {

    static final int FIRST_NUMBER_COL = 3;

    private ProviderSheet() {}

    /** The centres' economics, inclusive then market: fee, cost, break-even against actual use, margin. */
    static final List<Indicator> INDICATORS = List.of(Indicator.INCLUSIVE_FEE, Indicator.PROVIDER_COST_PER_CHILD_MONTH,
            Indicator.BREAK_EVEN_UTILISATION, Indicator.INCLUSIVE_UTILISATION, Indicator.UTILISATION_ABOVE_BREAK_EVEN,
            Indicator.PROVIDER_MARGIN_PER_SEAT_MONTH, Indicator.MARKET_FEE, Indicator.MARKET_BREAK_EVEN_UTILISATION,
            Indicator.UTILISATION);

    static List<Column<DistrictResult>> columns() {
        List<Column<DistrictResult>> c = new ArrayList<>();
        for (Indicator i : INDICATORS) c.add(Column.district(i));
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
