package org.tuoyu.sandbox.ui.charts;

import org.jfree.data.category.DefaultCategoryDataset;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Turns results into chart datasets (plain JFreeChart data, no JavaFX): built anew per result so
 * each chart redraws once. Values are in the units the axes show (亿元, %).
 */
public final class ChartsViewModel {

    /** Break-even utilisation above this is drawn at the cap (a centre that cannot break even). */
    public static final double BREAK_EVEN_CAP = 2.0;

    private ChartsViewModel() {}

    /** Fiscal cost by component over the horizon, 亿元, for the stacked chart. */
    public static DefaultCategoryDataset fiscalByComponent(ScenarioResult r, I18n i) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (FiscalComponent c : FiscalComponent.values()) {
            boolean any = false;
            for (YearResult y : r.years()) any |= y.fiscal().get(c) != 0;
            if (!any) continue;
            for (YearResult y : r.years()) ds.addValue(y.fiscal().get(c) / 1e8, i.component(c), Integer.toString(y.year()));
        }
        return ds;
    }

    /** Enrolment rate and utilisation by district, in %. */
    public static DefaultCategoryDataset enrolmentByDistrict(YearResult y, I18n i) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String e = i.t("chart.enrolmentRate"), u = i.t("chart.utilisation");
        for (DistrictResult d : y.districts()) {
            String n = i.pick(d.nameZh(), d.nameEn());
            ds.addValue(d.enrolmentRate() * 100, e, n);
            ds.addValue(d.utilisation() * 100, u, n);
        }
        return ds;
    }

    /** Mean net burden (share of household income) and enrolment rate by quintile, in %. */
    public static DefaultCategoryDataset byQuintile(YearResult y, I18n i) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String b = i.t("chart.netBurden"), e = i.t("chart.enrolmentRate");
        for (IncomeGroup q : IncomeGroup.values()) {
            IncomeGroupResult g = y.group(q);
            ds.addValue(g.meanNetBurden() * 100, b, q.name());
            ds.addValue(g.enrolmentRate() * 100, e, q.name());
        }
        return ds;
    }

    /** An inclusive centre's break-even utilisation against the actual one, by district, in %. */
    public static DefaultCategoryDataset breakEven(YearResult y, I18n i) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String b = i.t("chart.breakEven"), u = i.t("chart.inclusiveUtilisation");
        for (DistrictResult d : y.districts()) {
            String n = i.pick(d.nameZh(), d.nameEn());
            double be = d.breakEvenUtilisation();
            ds.addValue((Double.isFinite(be) ? Math.min(be, BREAK_EVEN_CAP) : BREAK_EVEN_CAP) * 100, b, n);
            ds.addValue(d.inclusiveUtilisation() * 100, u, n);
        }
        return ds;
    }
}
