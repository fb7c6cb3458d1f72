package org.tuoyu.sandbox.ui.effects;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.Effect;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * The effect of each lever group for the selected reform against the baseline
 * ({@link Decomposition#of}): the groups switched to the reform's values one at a time in the
 * chosen order (supply, demand, leave, seats; the reverse; or Shapley, the average over all
 * orders). Computed in the background (16 evaluations) while the tab is shown, again after every
 * edit of the reform or the baseline.
 */
public final class EffectsViewModel {

    public enum Order { FORWARD, REVERSE, SHAPLEY }

    public enum Scope { FIRST_YEAR, HORIZON }

    public enum Measure { COST, ENROLLED }

    /** One bar of the waterfall: a group's change, from the running total before it to after it; the last is the total. */
    public record Step(LeverGroup group, String label, double value, double from, double to) {
        public boolean total() { return group == null; }
    }

    /** One row of the table: a group's change (or the total) in each order. Cost in 元, enrolled in children (child-years over the horizon). */
    public record Row(LeverGroup group, String label, double costForward, double costReverse, double costShapley,
                      double enrolledForward, double enrolledReverse, double enrolledShapley) {}

    private final Workspace ws;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Decomposition> result = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.FORWARD);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.FIRST_YEAR);
    private final ObservableList<Step> costSteps = FXCollections.observableArrayList();
    private final ObservableList<Step> enrolledSteps = FXCollections.observableArrayList();
    private final ObservableList<Row> firstYearRows = FXCollections.observableArrayList();
    private final ObservableList<Row> horizonRows = FXCollections.observableArrayList();
    // made once: an unmodifiable view listens weakly to its list, so a view made per call could be collected
    private final ObservableList<Step> roCostSteps = FXCollections.unmodifiableObservableList(costSteps);
    private final ObservableList<Step> roEnrolledSteps = FXCollections.unmodifiableObservableList(enrolledSteps);
    private final ObservableList<Row> roFirstYearRows = FXCollections.unmodifiableObservableList(firstYearRows);
    private final ObservableList<Row> roHorizonRows = FXCollections.unmodifiableObservableList(horizonRows);
    private boolean shown;
    private ScenarioDocument doneBaseline, doneReform;

    public EffectsViewModel(Workspace ws, Executor background, Executor ui) {
        this.ws = ws;
        this.background = background;
        this.ui = ui;
        for (ScenarioSlot s : ws.slots()) s.documentProperty().addListener((o, a, b) -> changed());
        ws.slots().addListener((ListChangeListener<ScenarioSlot>) c -> {
            while (c.next()) for (ScenarioSlot s : c.getAddedSubList()) s.documentProperty().addListener((o, a, b) -> changed());
            changed();
        });
        ws.selectedProperty().addListener((o, a, b) -> changed());
        ws.i18nProperty().addListener((o, a, b) -> rebuild());
        order.addListener((o, a, b) -> rebuild());
        scope.addListener((o, a, b) -> rebuild());
        changed();
    }

    private ScenarioSlot reform() {
        ScenarioSlot s = ws.selected();
        // null while Workspace.reset empties the list (a file of another region replaces the workspace)
        return s != null && ws.baseline() != null && s != ws.baseline() ? s : null;
    }

    /** The tab shows this (and computes) only while visible. */
    public void setShown(boolean on) {
        shown = on;
        if (on) changed();
    }

    private void changed() {
        ScenarioSlot r = reform();
        available.set(r != null);
        if (r == null) {
            generation.incrementAndGet();
            computing.set(false);
            return;
        }
        ScenarioDocument base = ws.baseline().document(), doc = r.document();
        if (!shown || (base == doneBaseline && doc == doneReform)) return;
        if (!base.region().region().id().equals(doc.region().region().id())) return;
        long gen = generation.incrementAndGet();
        computing.set(true);
        background.execute(() -> {
            if (generation.get() != gen) return;
            Decomposition d;
            try {
                d = Decomposition.of(base.scenario(), doc.scenario());
            } catch (RuntimeException e) {
                d = null;
            }
            Decomposition done = d;
            ui.execute(() -> {
                if (generation.get() != gen) return;
                computing.set(false);
                doneBaseline = base;
                doneReform = doc;
                result.set(done);
                rebuild();
            });
        });
    }

    private void rebuild() {
        Decomposition d = result.get();
        if (d == null) {
            costSteps.clear();
            enrolledSteps.clear();
            firstYearRows.clear();
            horizonRows.clear();
            return;
        }
        I18n i = ws.i18n();
        costSteps.setAll(waterfall(d, order.get(), Measure.COST, scope.get(), i));
        enrolledSteps.setAll(waterfall(d, order.get(), Measure.ENROLLED, scope.get(), i));
        firstYearRows.setAll(rows(d, Scope.FIRST_YEAR, i));
        horizonRows.setAll(rows(d, Scope.HORIZON, i));
    }

    /** The measure of an effect: fiscal cost (元) or enrolled children, in the first year or summed over the horizon. */
    public static double value(Effect e, Measure m, Scope s) {
        return switch (m) {
            case COST -> s == Scope.FIRST_YEAR ? e.fiscalCost() : e.horizonFiscalCost();
            case ENROLLED -> s == Scope.FIRST_YEAR ? e.enrolled() : e.horizonEnrolled();
        };
    }

    private static List<Decomposition.Step> steps(Decomposition d, Order o) {
        return switch (o) {
            case FORWARD -> d.forward();
            case REVERSE -> d.reverse();
            case SHAPLEY -> d.shapley();
        };
    }

    /** The waterfall's bars: each group's step in the order's sequence, from the running total; then the total from zero. */
    public static List<Step> waterfall(Decomposition d, Order o, Measure m, Scope s, I18n i) {
        List<Step> out = new ArrayList<>();
        double run = 0;
        for (Decomposition.Step st : steps(d, o)) {
            double v = value(st.effect(), m, s);
            out.add(new Step(st.group(), i.group(st.group()), v, run, run + v));
            run += v;
        }
        double total = value(d.total(), m, s);
        out.add(new Step(null, i.t("effects.total"), total, 0, total));
        return out;
    }

    /** The table: one row per group in the stated order, then the total, with the three attributions side by side. */
    public static List<Row> rows(Decomposition d, Scope s, I18n i) {
        List<Row> out = new ArrayList<>();
        for (LeverGroup g : LeverGroup.values()) {
            Effect f = find(d.forward(), g), r = find(d.reverse(), g), sh = find(d.shapley(), g);
            out.add(new Row(g, i.group(g), value(f, Measure.COST, s), value(r, Measure.COST, s), value(sh, Measure.COST, s),
                    value(f, Measure.ENROLLED, s), value(r, Measure.ENROLLED, s), value(sh, Measure.ENROLLED, s)));
        }
        Effect t = d.total();
        double c = value(t, Measure.COST, s), e = value(t, Measure.ENROLLED, s);
        out.add(new Row(null, i.t("effects.total"), c, c, c, e, e, e));
        return out;
    }

    private static Effect find(List<Decomposition.Step> steps, LeverGroup g) {
        for (Decomposition.Step st : steps) if (st.group() == g) return st.effect();
        return Effect.ZERO;
    }

    /** True when the selected scenario is a reform (the tab is offered). */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Decomposition> resultProperty() { return result.getReadOnlyProperty(); }

    /** The order of the waterfall (a choice of the user). */
    public ObjectProperty<Order> orderProperty() { return order; }

    /** First year or the whole horizon, for the waterfall (a choice of the user). */
    public ObjectProperty<Scope> scopeProperty() { return scope; }

    public ObservableList<Step> costSteps() { return roCostSteps; }

    public ObservableList<Step> enrolledSteps() { return roEnrolledSteps; }

    public ObservableList<Row> firstYearRows() { return roFirstYearRows; }

    public ObservableList<Row> horizonRows() { return roHorizonRows; }
}
