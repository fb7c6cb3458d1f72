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
        c.add(new Column<>("普惠收费（元/月）", "Inclusive fee (yuan/month)", Fmt.YUAN, DistrictResult::inclusiveFee));
        c.add(new Column<>("普惠机构成本（元/孩·月）", "Inclusive centre cost (yuan per child-month)", Fmt.YUAN,
                DistrictResult::providerCostPerChildMonth));
        c.add(new Column<>("保本利用率", "Break-even utilisation", Fmt.PERCENT, DistrictResult::breakEvenUtilisation));
        c.add(new Column<>("实际利用率（普惠托位）", "Actual utilisation (inclusive seats)", Fmt.PERCENT,
                DistrictResult::inclusiveUtilisation));
        c.add(new Column<>("实际减保本（百分点）", "Actual minus break-even", Fmt.PERCENT_DELTA,
                d -> d.inclusiveUtilisation() - d.breakEvenUtilisation()));
        c.add(new Column<>("普惠机构盈亏（元/托位·月）", "Margin (yuan per seat-month)", Fmt.YUAN,
                DistrictResult::providerMarginPerSeatMonth));
        c.add(new Column<>("市场化收费（元/月）", "Market fee (yuan/month)", Fmt.YUAN, DistrictResult::marketFee));
        c.add(new Column<>("市场化机构保本利用率", "Market break-even utilisation", Fmt.PERCENT,
                DistrictResult::marketBreakEvenUtilisation));
        c.add(new Column<>("实际利用率（全部托位）", "Actual utilisation (all seats)", Fmt.PERCENT, DistrictResult::utilisation));
        return c;
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Column<DistrictResult>> cols = columns();
        b.title(0, cmp.text("providerSheet.providers") + cmp.shownYearLabel());
        b.note(1, cmp.text("providerSheet.inclusiveCentreSCost", cmp.neverBreaksEven()));
        int header = 3;
        String[] labels = {cmp.text("brief.scenario"), cmp.text("districtSheet.district"), cmp.text("brief.year")};
        RecordTable.write(b, cmp, header, labels, cols, YearResult::districts, (sb, r, i, y, d) -> {
            sb.text(r, 0, cmp.name(i));
            sb.text(r, 1, cmp.districtName(d));
            sb.number(r, 2, y.year(), Fmt.YEAR);
        }, cmp.neverBreaksEven());
        b.freeze(FIRST_NUMBER_COL, header + 1);
        b.finish();
    }
}
