package org.tuoyu.sandbox.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ListChangeListener;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * The comparison of every open scenario for the selected year, and the selected scenario's years: one row per
 * region-wide indicator of {@link Indicator} (the engine's catalogue, its order), formatted for the screen —
 * money in 元 / 万元 / 亿元, rates in % and their changes in 百分点. Each reform has its value, Δ and Δ% against the
 * baseline; a rate's Δ% is left empty, because "+10%" of a rate reads as percentage points.
 */
public final class ComparisonViewModel {

    /** The rows: every indicator the engine reports for the whole region. */
    public static final List<Indicator> ROWS = List.of(Indicator.values()).stream()
            .filter(i -> i.has(Indicator.Scope.REGION)).toList();

    static final double VALUE_WIDTH = 118, DELTA_WIDTH = 108, PERCENT_WIDTH = 70, YEAR_WIDTH = 112;
    /**
     * Names longer than this are cut in scenario tabs, the by-year table's corner, chart legends and map titles (in full
     * on hover and in the TSV).
     */
    static final int SHORT_NAME = 12;
    /** English names take more letters for the same idea ("Beijing 2025 baseline" whole). */
    static final int SHORT_NAME_EN = 24;
    /**
     * The table's header spans a reform's three columns (about 300 px): room for longer names than a legend's, so
     * that "Hangzhou-style vouchers (supply and demand subsidies)" is not "Hangzhou-style vouc…" (in full in its tooltip).
     */
    static final int HEADER_NAME = 18, HEADER_NAME_EN = 36;

    private final Workspace ws;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    public ComparisonViewModel(Workspace ws) {
        this.ws = ws;
        ws.slots().addListener((ListChangeListener<ScenarioSlot>) c -> {
            while (c.next()) {
                for (ScenarioSlot s : c.getAddedSubList()) watch(s);
            }
            bump();
        });
        for (ScenarioSlot s : ws.slots()) watch(s);
        ws.yearProperty().addListener((o, a, b) -> bump());
        ws.selectedProperty().addListener((o, a, b) -> bump());
    }

    private void watch(ScenarioSlot s) {
        s.resultProperty().addListener((o, a, b) -> bump());
        s.documentProperty().addListener((o, a, b) -> bump());
    }

    private void bump() { revision.set(revision.get() + 1); }

    /** Ticks whenever a result, the list of scenarios, the selection or the year changes. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public Workspace workspace() { return ws; }

    private I18n i18n() { return ws.i18n(); }

    /** Every open scenario side by side for the workspace's year; "…" where a result is still being computed. */
    public GridTable comparison() {
        I18n i = i18n();
        List<ScenarioSlot> slots = ws.slots();
        ScenarioSlot base = ws.baseline();
        YearResult b = base == null ? null : ws.yearOf(base.result());
        List<GridTable.Group> groups = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (int k = 0; k < slots.size(); k++) {
            ScenarioSlot s = slots.get(k);
            String full = s.displayName(i) + (k == 0 ? " " + i.t("grid.baselineMark") : "");
            String shortName = k == 0 ? i.t("grid.baseline")
                    : k + " · " + shortName(s.displayName(i), base.displayName(i), i.english() ? HEADER_NAME_EN : HEADER_NAME);
            groups.add(new GridTable.Group(shortName, full, Workspace.colourOf(s, k), k == 0 ? 1 : 3));
            subs.add(i.t("grid.value"));
            widths.add(VALUE_WIDTH);
            if (k == 0) continue;
            subs.add(i.t("grid.delta"));
            subs.add(i.t("grid.deltaPercent"));
            widths.add(DELTA_WIDTH);
            widths.add(PERCENT_WIDTH);
        }
        List<List<GridTable.Cell>> cells = new ArrayList<>();
        for (Indicator ind : ROWS) {
            List<GridTable.Cell> row = new ArrayList<>();
            for (int k = 0; k < slots.size(); k++) {
                YearResult y = ws.yearOf(slots.get(k).result());
                if (y == null || b == null) {
                    row.add(GridTable.Cell.plain("…"));
                    if (k > 0) { row.add(GridTable.Cell.plain("")); row.add(GridTable.Cell.plain("")); }
                    continue;
                }
                double v = ind.of(y);
                row.add(GridTable.Cell.plain(value(ind, v, i)));
                if (k == 0) continue;
                double d = v - ind.of(b);
                int tone = tone(ind, d);
                row.add(new GridTable.Cell(delta(ind, d, i), tone));
                row.add(new GridTable.Cell(relative(ind, v, ind.of(b)), tone));
            }
            cells.add(row);
        }
        return new GridTable(i.t("compare.indicator"), groups, subs, widths, labels(i), tips(i), cells);
    }

    /** The selected scenario's years: values, or (differences) each year's change against the baseline's year. */
    public GridTable years(boolean differences) {
        I18n i = i18n();
        ScenarioSlot sel = ws.selected() == null ? ws.baseline() : ws.selected();
        ScenarioResult r = sel == null ? null : sel.result();
        ScenarioResult base = ws.baseline() == null ? null : ws.baseline().result();
        List<GridTable.Group> groups = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        List<YearResult> ys = r == null ? List.of() : r.years();
        // every year heads the selected scenario's column: its colour, as in the comparison and the charts
        String colour = sel == null ? null : Workspace.colourOf(sel, ws.slots().indexOf(sel));
        for (YearResult y : ys) {
            groups.add(new GridTable.Group(Integer.toString(y.year()), Integer.toString(y.year()), colour, 1));
            subs.add("");
            widths.add(YEAR_WIDTH);
        }
        List<List<GridTable.Cell>> cells = new ArrayList<>();
        for (Indicator ind : ROWS) {
            List<GridTable.Cell> row = new ArrayList<>();
            for (YearResult y : ys) {
                YearResult by = base == null ? null : base.year(y.year());
                if (!differences) row.add(GridTable.Cell.plain(value(ind, ind.of(y), i)));
                else if (by == null) row.add(GridTable.Cell.plain("—"));
                else {
                    double d = ind.of(y) - ind.of(by);
                    row.add(new GridTable.Cell(delta(ind, d, i), tone(ind, d)));
                }
            }
            cells.add(row);
        }
        String corner = sel == null ? i.t("compare.indicator") : tabName(ws, sel);
        return new GridTable(corner, groups, subs, widths, labels(i), tips(i), cells, sel == null ? corner : sel.displayName(i));
    }

    private static List<String> labels(I18n i) {
        return ROWS.stream().map(i::label).toList();
    }

    private static List<String> tips(I18n i) {
        return ROWS.stream().map(ind -> {
            String unit = i.label(ind.unit());
            return i.label(ind) + (unit.isEmpty() ? "" : " (" + unit + ")") + " · " + ind.key();
        }).toList();
    }

    /** A value as the screen shows it. */
    static String value(Indicator ind, double v, I18n i) {
        IndicatorUnit u = ind.unit();
        switch (u) {
            case YUAN_PER_YEAR: return Units.money(v, i.english()) + i.t("unit.perYear");
            case YUAN_PER_MONTH: case YUAN_PER_CHILD_YEAR:
                return Units.money(v, i.english()) + (u == IndicatorUnit.YUAN_PER_MONTH ? i.t("grid.perMonth") : i.t("grid.perChildYear"));
            case SHARE: return Units.percent(v);
            case PER_THOUSAND: return Units.decimal(v, 2);
            case RATIO: return Units.decimal(v, 3);
            default: return Units.count(v);
        }
    }

    /** A change as the screen shows it: money scaled, rates in 百分点, counts with their sign. */
    static String delta(Indicator ind, double d, I18n i) {
        IndicatorUnit u = ind.unit();
        switch (u) {
            case YUAN_PER_YEAR: case YUAN_PER_MONTH: case YUAN_PER_CHILD_YEAR: return Units.moneyDelta(d, i.english());
            case SHARE: return Units.points(d, i.english());
            case PER_THOUSAND: return sign(d, 2) + Units.decimal(Math.abs(d), 2);
            case RATIO: return sign(d, 3) + Units.decimal(Math.abs(d), 3);
            default:
                long n = Math.round(d);
                return (n > 0 ? "+" : n < 0 ? "−" : "±") + Units.count(Math.abs(d));
        }
    }

    private static String sign(double d, int places) {
        double r = Math.round(d * Math.pow(10, places));
        return r > 0 ? "+" : r < 0 ? "−" : "±";
    }

    /** The change as a share of the baseline's value; empty for a rate, "—" where the baseline is zero. */
    static String relative(Indicator ind, double v, double base) {
        if (ind.unit() == IndicatorUnit.SHARE) return "";
        if (base == 0 || !Double.isFinite(base) || !Double.isFinite(v)) return v == base ? "±0.0%" : "—";
        double rel = (v - base) / Math.abs(base);
        String s = Units.percent(Math.abs(rel));
        return (Math.round(rel * 1000) > 0 ? "+" : Math.round(rel * 1000) < 0 ? "−" : "±") + s;
    }

    /** Good news +1, bad −1, as the indicator's catalogue entry reads the direction. */
    static int tone(Indicator ind, double d) {
        if (Math.abs(d) < 1e-9 || ind.better() == Indicator.Better.NEITHER) return 0;
        boolean up = d > 0;
        return (ind.better() == Indicator.Better.HIGHER) == up ? 1 : -1;
    }

    /** A scenario's label as the comparison's header gives it ("基线", "2 · 托幼一体化…"): the map legend names it so too. */
    public static String label(Workspace ws, ScenarioSlot s) {
        I18n i = ws.i18n();
        int k = ws.slots().indexOf(s);
        ScenarioSlot base = ws.baseline();
        if (k <= 0 || base == null) return k == 0 ? i.t("grid.baseline") : s.displayName(i);
        return k + " · " + shortName(s.displayName(i), base.displayName(i), i.english() ? SHORT_NAME_EN : SHORT_NAME);
    }

    /**
     * A scenario's tab, as its label reads: a reform "2 · 托幼一体化（新增普惠托…", the baseline its mark and its own
     * name cut the same way ("[基线] 北京 2025 基线"); the full name is in the tab's tooltip.
     */
    public static String tabName(Workspace ws, ScenarioSlot s) {
        I18n i = ws.i18n();
        if (s != ws.baseline()) return label(ws, s);
        return i.t("scenario.baselineMark") + shortName(s.displayName(i), "", i.english() ? SHORT_NAME_EN : SHORT_NAME);
    }

    /** A reform's name without what it shares with the baseline's ("北京 2025 + "), cut to fit the header. */
    static String shortName(String name, String baseline, int max) {
        String s = name;
        int common = 0;
        while (common < Math.min(name.length(), baseline.length()) && name.charAt(common) == baseline.charAt(common)) common++;
        // only a prefix that ends at a separator: "北京 2025 + 杭州…" loses "北京 2025", "北京A" keeps its "北京"
        while (common > 0 && !Character.isWhitespace(name.charAt(common - 1)) && name.charAt(common - 1) != '+') common--;
        if (common > 0 && common < name.length()) s = name.substring(common);
        s = s.replaceFirst("^[\\s+·:：—-]+", "").trim();
        if (s.isEmpty()) s = name;
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
