package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Styles.Fmt;

/** 收入组 Income groups: quintile × scenario — enrolment, mean net burden, share above the threshold. */
final class IncomeGroupSheet {

    static final int FIRST_NUMBER_COL = 3;

    private IncomeGroupSheet() {}

    static List<Column<IncomeGroupResult>> columns() {
        List<Column<IncomeGroupResult>> c = new ArrayList<>();
        c.add(new Column<>("incomeGroupSheet.householdIncomeYuanMonth", Fmt.YUAN, IncomeGroupResult::householdIncomeMonth));
        c.add(new Column<>("common.children2", Fmt.COUNT, IncomeGroupResult::children));
        c.add(new Column<>("common.potentialDemand", Fmt.COUNT, IncomeGroupResult::potentialDemand));
        c.add(new Column<>("common.enrolled", Fmt.COUNT, IncomeGroupResult::enrolled));
        c.add(new Column<>("common.enrolmentRate", Fmt.PERCENT, IncomeGroupResult::enrolmentRate));
        c.add(new Column<>("incomeGroupSheet.meanNetBurdenShare", Fmt.PERCENT, IncomeGroupResult::meanNetBurden));
        c.add(new Column<>("incomeGroupSheet.meanNetCostYuan", Fmt.YUAN, IncomeGroupResult::meanNetCostMonth));
        c.add(new Column<>("common.familiesAboveAffordabilityThreshold", Fmt.PERCENT,
                IncomeGroupResult::shareAboveThreshold));
        c.add(new Column<>("common.unmetCannotAfford", Fmt.COUNT, IncomeGroupResult::unmetPrice));
        c.add(new Column<>("common.unmetNoSeat", Fmt.COUNT, IncomeGroupResult::unmetSeats));
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
