package org.tuoyu.sandbox.ui.charts;

import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.IncomeGroup;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.Indicator;
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

    /**
     * What the four charts show. {@code source} is the result the horizon chart was built from: the view redraws
     * that chart only when it changes (a year change leaves it alone).
     */
    public record Charts(Object source, DefaultCategoryDataset fiscal, java.util.List<java.awt.Color> fiscalColours,
                         DefaultCategoryDataset enrolment, DefaultCategoryDataset quintile, DefaultCategoryDataset breakEven) {}

    /** The fan charts' data and the subtitle under both. */
    /** @param colour the scenario's colour ("#RRGGBB", its slot's, as in the comparison), or null for the default */
    public record Fans(org.jfree.data.xy.YIntervalSeriesCollection fiscal, org.jfree.data.xy.YIntervalSeriesCollection enrolment,
                       String note, String colour) {}

    /** The charts for a scenario's result and the selected year of it. */
    public static Charts charts(ScenarioResult r, YearResult y, I18n i) {
        DefaultCategoryDataset f = fiscalByComponent(r, i);
        return new Charts(r, f, componentColours(f, i), enrolmentByDistrict(y, i), byQuintile(y, i), breakEven(y, i));
    }

    /** The fans of {@code mc} (null: the central estimate alone, with a note that the band is on its way). */
    public static Fans fans(ScenarioResult central, org.tuoyu.sandbox.engine.MonteCarloResult mc, I18n i) {
        return fans(central, mc, i, null);
    }

    /** The fans drawn in the scenario's own colour ("#RRGGBB"). */
    public static Fans fans(ScenarioResult central, org.tuoyu.sandbox.engine.MonteCarloResult mc, I18n i, String colour) {
        String note = mc == null ? i.t("fan.computing") : mc.drawsInBands() < mc.draws()
                ? i.t("fan.note.dropped", mc.draws(), Long.toString(mc.seed()), mc.calibrationMisses(), mc.drawsInBands())
                : i.t("fan.note", mc.draws(), Long.toString(mc.seed()));
        return new Fans(fiscalFan(central, mc, i), enrolmentFan(central, mc, i), note, colour);
    }

    /** The income group a bar of the quintile chart stands for (its column key). */
    public static IncomeGroup group(String columnKey) { return IncomeGroup.valueOf(columnKey); }

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

    /**
     * The colour of each series of {@link #fiscalByComponent}, in row order: each component's own
     * colour from export.Palette, so 托育券 stays the same colour when another component appears.
     */
    public static java.util.List<java.awt.Color> componentColours(DefaultCategoryDataset ds, I18n i) {
        java.util.List<java.awt.Color> out = new java.util.ArrayList<>();
        for (Object key : ds.getRowKeys()) {
            java.awt.Color c = java.awt.Color.decode(org.tuoyu.sandbox.export.Palette.INK);
            for (FiscalComponent f : FiscalComponent.values()) {
                if (i.component(f).equals(key)) c = java.awt.Color.decode(org.tuoyu.sandbox.export.Palette.of(f));
            }
            out.add(c);
        }
        return out;
    }

    /** Enrolment rate and utilisation by district, in %: indicators of the catalogue, under its labels. */
    public static DefaultCategoryDataset enrolmentByDistrict(YearResult y, I18n i) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (DistrictResult d : y.districts()) {
            String n = i.pick(d.nameZh(), d.nameEn());
            for (Indicator ind : List.of(Indicator.ENROLMENT_RATE, Indicator.UTILISATION)) {
                ds.addValue(ind.of(d) * 100, series(ind, i), n);
            }
        }
        return ds;
    }

    /** Mean net burden (share of household income) and enrolment rate by quintile, in %. */
    public static DefaultCategoryDataset byQuintile(YearResult y, I18n i) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (IncomeGroup q : IncomeGroup.values()) {
            IncomeGroupResult g = y.group(q);
            for (Indicator ind : List.of(Indicator.MEAN_NET_BURDEN, Indicator.ENROLMENT_RATE)) {
                ds.addValue(ind.of(g) * 100, series(ind, i), q.name());
            }
        }
        return ds;
    }

    /** A series named by its indicator's label, capitalised as a legend entry. */
    private static String series(Indicator ind, I18n i) {
        String s = i.label(ind);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

    /** Fiscal cost by year, 亿元: series 0 the Monte Carlo P50 with P5–P95 (absent when {@code mc} is null), series 1 the central estimate. */
    public static org.jfree.data.xy.YIntervalSeriesCollection fiscalFan(ScenarioResult central,
            org.tuoyu.sandbox.engine.MonteCarloResult mc, I18n i) {
        return fan(central, mc, i, 1e-8, y -> y.fiscal().total(), b -> b.fiscalCost());
    }

    /** Enrolment rate by year, %: as {@link #fiscalFan}. */
    public static org.jfree.data.xy.YIntervalSeriesCollection enrolmentFan(ScenarioResult central,
            org.tuoyu.sandbox.engine.MonteCarloResult mc, I18n i) {
        return fan(central, mc, i, 100, y -> y.totals().enrolmentRate(), b -> b.enrolmentRate());
    }

    private static org.jfree.data.xy.YIntervalSeriesCollection fan(ScenarioResult central,
            org.tuoyu.sandbox.engine.MonteCarloResult mc, I18n i, double scale,
            java.util.function.ToDoubleFunction<YearResult> value,
            java.util.function.Function<org.tuoyu.sandbox.engine.Bands, org.tuoyu.sandbox.engine.Band> band) {
        org.jfree.data.xy.YIntervalSeriesCollection ds = new org.jfree.data.xy.YIntervalSeriesCollection();
        org.jfree.data.xy.YIntervalSeries fan = new org.jfree.data.xy.YIntervalSeries(i.t("fan.band"), false, false);
        if (mc != null) {
            for (org.tuoyu.sandbox.engine.Bands b : mc.years()) {
                org.tuoyu.sandbox.engine.Band x = band.apply(b);
                fan.add(b.year(), x.p50() * scale, x.p5() * scale, x.p95() * scale);
            }
        }
        org.jfree.data.xy.YIntervalSeries mid = new org.jfree.data.xy.YIntervalSeries(i.t("fan.central"), false, false);
        for (YearResult y : central.years()) {
            double v = value.applyAsDouble(y) * scale;
            mid.add(y.year(), v, v, v);
        }
        ds.addSeries(fan);
        ds.addSeries(mid);
        return ds;
    }
}
