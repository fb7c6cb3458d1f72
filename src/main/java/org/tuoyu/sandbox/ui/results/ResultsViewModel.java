package org.tuoyu.sandbox.ui.results;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tuoyu.sandbox.engine.Accounts;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.IndicatorUnit;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * Results of the selected scenario in the selected year: headline tiles and district rows, each
 * with its change against the reference (the baseline; for the baseline, itself as opened).
 * {@link #revisionProperty()} ticks once per new result so views redraw once.
 */
public final class ResultsViewModel {

    private final Workspace ws;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<DistrictRow> districts = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private YearResult current;
    private YearResult reference;
    private ScenarioSlot watched;
    private final ChangeListener<ScenarioResult> resultListener = (o, a, b) -> refresh();
    private org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel uncertainty;

    public ResultsViewModel(Workspace ws) {
        this.ws = ws;
        ws.selectedProperty().addListener((o, a, b) -> watch(b));
        ws.yearProperty().addListener((o, a, b) -> refresh());
        ws.slots().addListener((javafx.collections.ListChangeListener<ScenarioSlot>) c -> rewatchBaseline());
        rewatchBaseline();
        watch(ws.selected());
    }

    /** Shows P5–P95 beside the tiles from these bands; only the tiles are redone when bands arrive. */
    public void useBands(org.tuoyu.sandbox.ui.uncertainty.UncertaintyViewModel u) {
        this.uncertainty = u;
        u.revisionProperty().addListener((o, a, b) -> refreshTiles());
        u.runningProperty().addListener((o, a, b) -> refreshTiles());
        refreshTiles();
    }

    private void refreshTiles() {
        if (watched == null || current == null || reference == null) return;
        tiles.setAll(withBands(tiles(current, reference, ws.i18n(), watched.document().scenario().behaviour().affordabilityThreshold())));
    }

    private List<Tile> withBands(List<Tile> plain) {
        if (uncertainty == null) return plain;
        org.tuoyu.sandbox.engine.Bands b = uncertainty.bands(watched, current.year());
        boolean computing = b == null && (uncertainty.runningProperty().get() || uncertainty.result(watched) == null);
        return bands(plain, b, computing, ws.i18n());
    }

    /**
     * The tiles with "P5–P95: a – b" beside the fiscal cost, enrolment rate, utilisation and the two
     * unmet-demand counts ("P5–P95: …" while computing). The band is the Monte Carlo spread of the
     * year's value over the behavioural parameters, not of its change.
     */
    public static List<Tile> bands(List<Tile> plain, org.tuoyu.sandbox.engine.Bands b, boolean computing, I18n i) {
        List<Tile> out = new ArrayList<>(plain.size());
        for (Tile t : plain) {
            // The general budget's tile is built apart from HEADLINES (it names the other accounts) and shows no band.
            Indicator ind = HEADLINES.stream().filter(h -> h.id().equals(t.id())).map(Headline::indicator)
                    .findFirst().orElse(null);
            boolean has = ind != null && org.tuoyu.sandbox.engine.Bands.bandedAs(ind) != null;
            org.tuoyu.sandbox.engine.Band band = b == null || !has ? null : b.of(ind);
            if (band != null) {
                String lo, hi;
                IndicatorUnit u = ind.unit();
                if (u.money()) { lo = Fmt.yi(band.p5()); hi = Fmt.yi(band.p95()); }
                else if (u == IndicatorUnit.SHARE) { lo = Fmt.percent(band.p5()); hi = Fmt.percent(band.p95()); }
                else { lo = Fmt.count(band.p5()); hi = Fmt.count(band.p95()); }
                out.add(t.withBand(i.t("tile.band", lo, hi), band.p5(), band.p95()));
            } else if (has && computing) {
                out.add(t.withBand(i.t("tile.bandComputing"), Double.NaN, Double.NaN));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private ScenarioSlot watchedBaseline;
    private final ChangeListener<ScenarioResult> baselineListener = (o, a, b) -> { if (watched != baselineSlot()) refresh(); };

    private ScenarioSlot baselineSlot() { return ws.baseline(); }

    private void rewatchBaseline() {
        ScenarioSlot b = ws.baseline();
        if (b == watchedBaseline) return;
        if (watchedBaseline != null) watchedBaseline.resultProperty().removeListener(baselineListener);
        watchedBaseline = b;
        if (b != null) b.resultProperty().addListener(baselineListener);
        refresh();
    }


    private void watch(ScenarioSlot s) {
        if (watched != null) watched.resultProperty().removeListener(resultListener);
        watched = s;
        if (s != null) s.resultProperty().addListener(resultListener);
        refresh();
    }

    public void refresh() {
        if (watched == null || watched.result() == null) return;
        current = ws.yearOf(watched.result());
        reference = ws.yearOf(ws.referenceFor(watched));
        if (reference == null) reference = current;
        tiles.setAll(withBands(tiles(current, reference, ws.i18n(), watched.document().scenario().behaviour().affordabilityThreshold())));
        List<DistrictRow> rows = new ArrayList<>();
        for (DistrictResult d : current.districts()) {
            rows.add(DistrictTable.row(d, reference.district(d.id()), ws.i18n()));
        }
        districts.setAll(rows);
        revision.set(revision.get() + 1);
    }

    /** A headline tile after the budget: an indicator of the catalogue, under the id the view and the bands use. */
    record Headline(String id, Indicator indicator) {}

    /** The tiles after the general budget, in order. */
    static final List<Headline> HEADLINES = List.of(
            new Headline("fiscal", Indicator.PUBLIC_MONEY),
            new Headline("enrolment", Indicator.ENROLMENT_RATE),
            new Headline("utilisation", Indicator.UTILISATION),
            new Headline("unmetPrice", Indicator.UNMET_PRICE),
            new Headline("unmetSeats", Indicator.UNMET_SEATS),
            new Headline("above", Indicator.SHARE_ABOVE_THRESHOLD));

    /** The headline tiles for a year's result against a reference year's result. */
    public static List<Tile> tiles(YearResult cur, YearResult ref, I18n i, double threshold) {
        List<Tile> out = new ArrayList<>();
        out.add(budget(cur, ref, i));
        for (Headline h : HEADLINES) out.add(tile(h, cur, ref, i, threshold));
        return out;
    }

    /** Title, value, change and colour from the indicator: its label, its unit (亿元, %, 百分点, 人), its better way. */
    private static Tile tile(Headline h, YearResult cur, YearResult ref, I18n i, double threshold) {
        Indicator ind = h.indicator();
        double v = ind.of(cur);
        double d = v - ind.of(ref);
        IndicatorUnit u = ind.unit();
        String label = i.label(ind);
        // More public money is what a reform costs, not bad news by itself: money tiles stay neutral.
        int good = u.money() || ind.better() == Indicator.Better.NEITHER ? 0 : ind.better() == Indicator.Better.HIGHER ? 1 : -1;
        if (u.money()) return new Tile(h.id(), i.t("tile.inYi", label), Fmt.yi(v), Fmt.yiDelta(d), v, d, 0);
        if (u == IndicatorUnit.SHARE) {
            // The affordability share depends on the threshold the scenario sets: the title names it.
            String title = ind == Indicator.SHARE_ABOVE_THRESHOLD ? i.t("tile.threshold", label, Fmt.percent(threshold)) : label;
            return new Tile(h.id(), title, Fmt.percent(v), Fmt.points(d, i), v, d, sign(d, good));
        }
        return new Tile(h.id(), i.t("tile.inUnit", label, i.label(u)), Fmt.count(v), Fmt.countDelta(d), v, d, sign(d, good));
    }

    /**
     * The headline: the general budget (what a committee can move), with the insurance fund and tax
     * expenditure named beside it; labels from engine.Indicator, so they read as everywhere else.
     */
    private static Tile budget(YearResult cur, YearResult ref, I18n i) {
        Accounts a = cur.accounts(), r = ref.accounts();
        double d = a.generalBudget() - r.generalBudget();
        String title = i.t("tile.inYi", i.label(Indicator.GENERAL_BUDGET));
        String detail = i.t("tile.otherAccounts",
                i.label(Indicator.INSURANCE_FUND), Fmt.yi(a.insuranceFund()),
                i.label(Indicator.TAX_EXPENDITURE), Fmt.yi(a.taxExpenditure()));
        return new Tile("budget", title, Fmt.yi(a.generalBudget()), Fmt.yiDelta(d), a.generalBudget(), d, 0).withDetail(detail);
    }

    private static int sign(double d, int good) {
        if (Math.abs(d) < 1e-9) return 0;
        return d > 0 ? good : -good;
    }

    public ObservableList<Tile> tiles() { return tiles; }

    public Tile tile(String id) {
        for (Tile t : tiles) if (t.id().equals(id)) return t;
        return null;
    }

    public ObservableList<DistrictRow> districts() { return districts; }

    public YearResult current() { return current; }

    public YearResult reference() { return reference; }

    public ScenarioSlot slot() { return watched; }

    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public Workspace workspace() { return ws; }
}
