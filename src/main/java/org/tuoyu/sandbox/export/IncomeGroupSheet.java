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
        c.add(new Column<>("家庭月收入（元）", "Household income (yuan/month)", Fmt.YUAN, IncomeGroupResult::householdIncomeMonth));
        c.add(new Column<>("0–3 岁儿童（人）", "Children 0–3", Fmt.COUNT, IncomeGroupResult::children));
        c.add(new Column<>("潜在需求（人）", "Potential demand", Fmt.COUNT, IncomeGroupResult::potentialDemand));
        c.add(new Column<>("入托人数（人）", "Enrolled", Fmt.COUNT, IncomeGroupResult::enrolled));
        c.add(new Column<>("入托率", "Enrolment rate", Fmt.PERCENT, IncomeGroupResult::enrolmentRate));
        c.add(new Column<>("平均净负担（占家庭收入）", "Mean net burden (share of income)", Fmt.PERCENT, IncomeGroupResult::meanNetBurden));
        c.add(new Column<>("平均净费用（元/月）", "Mean net cost (yuan/month)", Fmt.YUAN, IncomeGroupResult::meanNetCostMonth));
        c.add(new Column<>("负担超阈值家庭比例", "Families above the affordability threshold", Fmt.PERCENT,
                IncomeGroupResult::shareAboveThreshold));
        c.add(new Column<>("未满足：负担不起（人）", "Unmet: cannot afford", Fmt.COUNT, IncomeGroupResult::unmetPrice));
        c.add(new Column<>("未满足：无托位（人）", "Unmet: no seat", Fmt.COUNT, IncomeGroupResult::unmetSeats));
        return c;
    }

    static void write(XSSFSheet sheet, Styles styles, Comparison cmp) {
        SheetBuilder b = new SheetBuilder(sheet, styles);
        List<Column<IncomeGroupResult>> cols = columns();
        b.title(0, cmp.text("incomeGroupSheet.incomeGroups") + cmp.shownYearLabel());
        b.note(1, cmp.text("incomeGroupSheet.familiesWithChildrenUnder", cmp.threshold(0)));
        int header = 3;
        String[] labels = {cmp.text("brief.scenario"), cmp.text("brief.year"), cmp.text("incomeGroupSheet.quintile")};
        RecordTable.write(b, cmp, header, labels, cols, YearResult::incomeGroups, (sb, r, i, y, g) -> {
            sb.text(r, 0, cmp.name(i));
            sb.number(r, 1, y.year(), Fmt.YEAR);
            sb.text(r, 2, cmp.groupName(g.group()));
        }, "—");
        b.freeze(FIRST_NUMBER_COL, header + 1);
        b.finish();
    }
}
