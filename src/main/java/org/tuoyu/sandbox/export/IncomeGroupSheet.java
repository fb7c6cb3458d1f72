package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/** 收入组 Income groups: quintile × scenario — enrolment, mean net burden, share above the threshold. */
final class IncomeGroupSheet {

    static final int FIRST_NUMBER_COL = 3;

    private IncomeGroupSheet() {}

    /** Income, take-up, then what families pay; any other quintile indicator of the catalogue follows, in its order. */
    static final List<Indicator> LEAD = List.of(Indicator.HOUSEHOLD_INCOME_MONTH, Indicator.CHILDREN,
            Indicator.POTENTIAL_DEMAND, Indicator.ENROLLED, Indicator.ENROLMENT_RATE, Indicator.MEAN_NET_BURDEN,
            Indicator.MEAN_NET_COST_MONTH, Indicator.SHARE_ABOVE_THRESHOLD, Indicator.UNMET_PRICE, Indicator.UNMET_SEATS);

    static List<Column<IncomeGroupResult>> columns() {
        List<Column<IncomeGroupResult>> c = new ArrayList<>();
        for (Indicator i : LEAD) c.add(Column.group(i));
        for (Indicator i : Indicator.at(Indicator.Scope.GROUP)) {
            if (!LEAD.contains(i)) c.add(Column.group(i));
        }
        return c;
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Column<IncomeGroupResult>> cols = columns();
        b.title(0, cmp.text("incomeGroupSheet.incomeGroups") + cmp.shownYearLabel());
        b.note(1, cmp.text("incomeGroupSheet.familiesWithChildrenUnder", cmp.threshold(0)));
        int header = 3;
        String[] labels = {cmp.text("common.scenario"), cmp.text("common.year"), cmp.text("incomeGroupSheet.quintile")};
        RecordTable.write(b, cmp, header, labels, cols, YearResult::incomeGroups, (sb, r, i, y, g) -> {
            sb.text(r, 0, cmp.name(i));
            sb.number(r, 1, y.year(), Fmt.YEAR);
            sb.text(r, 2, cmp.groupName(g.group()));
        }, "—");
        b.freeze(FIRST_NUMBER_COL, header + 1);
        b.finish();
    }
}
