package org.tuoyu.sandbox.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Palette;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * Every reform's change against the baseline, for charts that show several scenarios at once: by income quintile
 * (the family's net cost per month), by district (enrolment rate, in percentage points), by account (亿元) and over
 * the years (general budget, 亿元). One series per reform, in its {@link Palette} colour; the selected year for the
 * first three.
 */
public final class CompareChartsViewModel {

    /** The four datasets and the series colours ("#RRGGBB", one per reform in series order). */
    public record Data(DefaultCategoryDataset byQuintile, DefaultCategoryDataset byDistrict,
                       DefaultCategoryDataset byAccount, DefaultCategoryDataset overYears, List<String> colours,
                       int year) {}

    private final Workspace ws;

    public CompareChartsViewModel(Workspace ws) { this.ws = ws; }

    /** The charts' data now; reforms still being computed are left out until their result is in. */
    public Data data() {
        I18n i = ws.i18n();
        DefaultCategoryDataset q = new DefaultCategoryDataset(), d = new DefaultCategoryDataset(),
                a = new DefaultCategoryDataset(), t = new DefaultCategoryDataset();
        List<String> colours = new ArrayList<>();
        ScenarioSlot base = ws.baseline();
        YearResult b = base == null ? null : ws.yearOf(base.result());
        List<ScenarioSlot> slots = ws.slots();
        for (int k = 1; k < slots.size() && b != null; k++) {
            ScenarioSlot s = slots.get(k);
            YearResult y = ws.yearOf(s.result());
            if (y == null) continue;
            String name = ComparisonViewModel.label(ws, s);
            colours.add(Workspace.colourOf(s, k));
            for (IncomeGroup g : IncomeGroup.values()) {
                q.addValue(Indicator.MEAN_NET_COST_MONTH.of(y.group(g)) - Indicator.MEAN_NET_COST_MONTH.of(b.group(g)),
                        name, g.name());
            }
            for (DistrictResult dr : y.districts()) {
                DistrictResult br = b.district(dr.id());
                if (br == null) continue;
                d.addValue((dr.enrolmentRate() - br.enrolmentRate()) * 100, name, i.pick(dr.nameZh(), dr.nameEn()));
            }
            for (Account acc : Account.values()) {
                a.addValue((y.accounts().get(acc) - b.accounts().get(acc)) / 1e8, name, i.label(acc));
            }
            for (YearResult yy : s.result().years()) {
                YearResult by = base.result().year(yy.year());
                if (by == null) continue;
                t.addValue((yy.accounts().generalBudget() - by.accounts().generalBudget()) / 1e8, name,
                        Integer.toString(yy.year()));
            }
        }
        return new Data(q, d, a, t, colours, ws.yearProperty().get());
    }
}
