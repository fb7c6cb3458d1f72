package org.tuoyu.sandbox.ui.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ListChangeListener;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Totals;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Scenarios side by side: one row per indicator, the baseline's value and each reform's value
 * with its difference from the baseline.
 */
public final class CompareViewModel {

    /** How an indicator is read from a year and shown, with its difference. */
    public record Indicator(String key, Function<YearResult, Double> value, Function<Double, String> text,
                            Function<Double, String> delta) {}

    /** One scenario's cell: value text and difference text (empty for the baseline). */
    public record Cell(String value, String delta, double raw, double rawDelta) {}

    private final Workspace ws;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    public CompareViewModel(Workspace ws) {
        this.ws = ws;
        ws.slots().addListener((ListChangeListener<ScenarioSlot>) c -> {
            while (c.next()) {
                for (ScenarioSlot s : c.getAddedSubList()) {
                    s.resultProperty().addListener((o, a, b) -> bump());
                    s.documentProperty().addListener((o, a, b) -> bump());
                }
            }
            bump();
        });
        for (ScenarioSlot s : ws.slots()) s.resultProperty().addListener((o, a, b) -> bump());
        ws.yearProperty().addListener((o, a, b) -> bump());
    }

    private void bump() { revision.set(revision.get() + 1); }

    /** Ticks whenever any scenario's result, the list of scenarios or the year changes. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public static List<Indicator> indicators(I18n i) {
        List<Indicator> r = new ArrayList<>();
        r.add(new Indicator("cmp.fiscal", y -> y.fiscal().total(), v -> Fmt.yi(v) + " " + i.t("unit.yi"), d -> Fmt.yiDelta(d) + " " + i.t("unit.yi")));
        r.add(new Indicator("cmp.enrolled", y -> y.totals().enrolled(), Fmt::count, Fmt::countDelta));
        r.add(new Indicator("cmp.enrolmentRate", y -> y.totals().enrolmentRate(), Fmt::percent, d -> Fmt.points(d, i)));
        r.add(new Indicator("cmp.utilisation", y -> y.totals().utilisation(), Fmt::percent, d -> Fmt.points(d, i)));
        r.add(new Indicator("cmp.unmetPrice", y -> y.totals().unmetPrice(), Fmt::count, Fmt::countDelta));
        r.add(new Indicator("cmp.unmetSeats", y -> y.totals().unmetSeats(), Fmt::count, Fmt::countDelta));
        r.add(new Indicator("cmp.above", y -> y.totals().shareAboveThreshold(), Fmt::percent, d -> Fmt.points(d, i)));
        r.add(new Indicator("cmp.seats", y -> y.totals().seats(), Fmt::count, Fmt::countDelta));
        r.add(new Indicator("cmp.costPerChild", y -> y.totals().costPerEnrolledChild(), v -> Fmt.money(v, i), d -> Fmt.moneyDelta(d, i)));
        return r;
    }

    public List<ScenarioSlot> slots() { return ws.slots(); }

    /** The cell of one indicator for one scenario, or null while it is being computed. */
    public Cell cell(Indicator ind, ScenarioSlot s) {
        YearResult y = ws.yearOf(s.result());
        YearResult b = ws.yearOf(ws.baseline() == null ? null : ws.baseline().result());
        if (y == null || b == null) return null;
        double v = ind.value().apply(y);
        if (s == ws.baseline()) return new Cell(ind.text().apply(v), "", v, 0);
        double d = v - ind.value().apply(b);
        return new Cell(ind.text().apply(v), ind.delta().apply(d), v, d);
    }

    /** Spending summed over the horizon, for the header line. */
    public static double cumulative(ScenarioResult r) { return r == null ? 0 : r.cumulativeFiscal().total(); }

    public Workspace workspace() { return ws; }

    static double total(Totals t) { return t.fiscalCost(); }
}
