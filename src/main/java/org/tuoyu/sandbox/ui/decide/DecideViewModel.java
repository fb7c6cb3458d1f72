package org.tuoyu.sandbox.ui.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tuoyu.sandbox.decide.Cost;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.decide.Frontier;
import org.tuoyu.sandbox.decide.OptimisedReform;
import org.tuoyu.sandbox.decide.Optimiser;
import org.tuoyu.sandbox.decide.Optimum;
import org.tuoyu.sandbox.decide.Problem;
import org.tuoyu.sandbox.decide.TargetOutcome;
import org.tuoyu.sandbox.decide.Tornado;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * The 目标求解 / Find a policy panel without its window: which levers and bounds, which targets, which cost; runs the
 * optimiser, the frontier and the tornado in the background with progress and Cancel; an optimised answer joins the
 * workspace as a new reform of the selected scenario.
 */
public final class DecideViewModel {

    /** One lever row: the lever, "" for region-wide or a district id, and the bounds as typed. */
    public static final class LeverRow {
        public final ObjectProperty<LeverKey> key = new SimpleObjectProperty<>();
        public final StringProperty district = new SimpleStringProperty("");
        public final StringProperty min = new SimpleStringProperty();
        public final StringProperty max = new SimpleStringProperty();
    }

    /** One target row: the indicator, "" for the region or a district id or Q1..Q5, the relation and the value. */
    public static final class TargetRow {
        public final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(Indicator.ENROLMENT_RATE);
        public final StringProperty where = new SimpleStringProperty("");
        public final ObjectProperty<Target.Relation> relation = new SimpleObjectProperty<>(Target.Relation.AT_LEAST);
        public final StringProperty value = new SimpleStringProperty();
    }

    private final Workspace ws;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<LeverRow> levers = FXCollections.observableArrayList();
    private final ObservableList<TargetRow> targets = FXCollections.observableArrayList();
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObjectProperty<Cost.Measure> measure = new SimpleObjectProperty<>(Cost.Measure.GENERAL_BUDGET);
    private final BooleanProperty overHorizon = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optimum> optimum = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FrontierView> frontier = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Tornado.Result> tornado = new ReadOnlyObjectWrapper<>();
    private AtomicBoolean cancel = new AtomicBoolean();

    /** The frontier and the workspace's other scenarios placed against it. */
    public record FrontierView(Frontier.Result result, List<Frontier.Placement> placed) {}

    public DecideViewModel(Workspace ws, Executor background, Executor ui) {
        this.ws = ws;
        this.background = background;
        this.ui = ui;
        ScenarioDocument d = base();
        if (d != null) year.set(Math.min(d.scenario().horizon().lastYear(), d.scenario().horizon().firstYear() + 5));
    }

    public ObservableList<LeverRow> levers() { return levers; }

    public ObservableList<TargetRow> targets() { return targets; }

    public IntegerProperty yearProperty() { return year; }

    public ObjectProperty<Cost.Measure> measureProperty() { return measure; }

    public BooleanProperty overHorizonProperty() { return overHorizon; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Optimum> optimumProperty() { return optimum.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<FrontierView> frontierProperty() { return frontier.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Tornado.Result> tornadoProperty() { return tornado.getReadOnlyProperty(); }

    private I18n i() { return ws.i18n(); }

    /** The scenario the tools start from: the selected one. */
    public ScenarioDocument base() {
        ScenarioSlot s = ws.selected();
        return s == null ? null : s.document();
    }

    public LeverRow addLever(LeverKey k, double min, double max) {
        LeverRow r = new LeverRow();
        r.key.set(k);
        r.min.set(DecisionLeverText.number(min));
        r.max.set(DecisionLeverText.number(max));
        levers.add(r);
        return r;
    }

    public TargetRow addTarget(Indicator ind, Target.Relation rel, double value) {
        TargetRow r = new TargetRow();
        r.indicator.set(ind);
        r.relation.set(rel);
        r.value.set(DecisionLeverText.number(value));
        targets.add(r);
        return r;
    }

    /** The problem as the rows state it; the exception's message says which row is wrong, in the UI's language. */
    public Problem problem() {
        ScenarioDocument d = base();
        if (d == null) throw new IllegalArgumentException(i().t("decide.noScenario"));
        List<DecisionLever> ls = new ArrayList<>();
        for (LeverRow r : levers) {
            if (r.key.get() == null) continue;
            String path = (r.district.get() == null || r.district.get().isEmpty() ? "" : "districts." + r.district.get() + ".")
                    + r.key.get().path();
            ls.add(DecisionLever.parse(path + "=" + r.min.get() + ":" + r.max.get(), d.region().region()));
        }
        List<Target> ts = new ArrayList<>();
        for (TargetRow r : targets) ts.add(target(r));
        Cost cost = new Cost(measure.get(), overHorizon.get() ? null : year.get(), 0);
        return new Problem(d.scenario(), ls, cost, ts);
    }

    private Target target(TargetRow r) {
        String where = r.where.get() == null || r.where.get().isBlank() ? "" : "@" + r.where.get().trim();
        return Target.parse(r.indicator.get().key() + where + r.relation.get().symbol() + r.value.get(), year.get());
    }

    /** Runs the optimiser; its answer joins the workspace as a new reform tab. */
    public void findPolicy() {
        ScenarioDocument d = base();
        start(() -> {
            Problem p = problem();
            return () -> {
                Optimum o = Optimiser.solve(p, true, this::progress, cancel::get);
                return () -> {
                    optimum.set(o);
                    ws.addScenario(OptimisedReform.of(d, o, d.location()));
                    message.set(summary(o));
                };
            };
        });
    }

    /** The frontier of cost against the first target's indicator, with the workspace's and the library's reforms on it. */
    public void runFrontier(int points) {
        start(() -> {
            Problem p = problem();
            if (p.targets().isEmpty()) throw new IllegalArgumentException(i().t("decide.frontierNeedsTarget"));
            Target m = p.targets().get(0);
            List<ScenarioDocument> others = new ArrayList<>();
            for (ScenarioSlot s : ws.slots()) if (s.document().isReform()) others.add(s.document());
            String region = base().region().region().id();
            return () -> {
                others.addAll(shippedReforms(region, others));
                Frontier.Result r = Frontier.of(p.withTargets(List.of()), m, points, this::progress, cancel::get);
                List<Frontier.Placement> placed = new ArrayList<>();
                for (ScenarioDocument o : others) {
                    if (o.scenario().horizon().lastYear() >= m.year()) {
                        placed.add(r.place(i().pick(o.name(), o.nameEn()), Evaluator.evaluate(o.scenario())));
                    }
                }
                return () -> {
                    frontier.set(new FrontierView(r, placed));
                    message.set(i().t("decide.frontierDone", Integer.toString(r.points().size())));
                };
            };
        });
    }

    /** The shipped library's reforms of the region that the workspace does not hold already (by name). */
    private static List<ScenarioDocument> shippedReforms(String region, List<ScenarioDocument> open) {
        List<ScenarioDocument> out = new ArrayList<>();
        for (Location l : ScenarioFiles.builtinScenarios()) {
            try {
                ScenarioDocument d = ScenarioFiles.load(l);
                boolean held = open.stream().anyMatch(o -> o.name().equals(d.name()));
                if (d.isReform() && !held && d.region().region().id().equals(region)) out.add(d);
            } catch (ScenarioFileException e) {
                // The library's own tests keep it loadable; a broken entry is left off the chart.
            }
        }
        return out;
    }

    /** The tornado of the first target's indicator for the selected scenario (against the baseline for a reform). */
    public void runTornado() {
        start(() -> {
            ScenarioDocument d = base();
            if (d == null) throw new IllegalArgumentException(i().t("decide.noScenario"));
            if (targets.isEmpty()) throw new IllegalArgumentException(i().t("decide.addTargetFirst"));
            Target m = target(targets.get(0));
            ScenarioDocument against = d.isReform() && ws.baseline() != null ? ws.baseline().document() : null;
            return () -> {
                Tornado.Result r = Tornado.of(d, against, m);
                return () -> {
                    tornado.set(r);
                    message.set(i().t("decide.tornadoDone", i().label(m.indicator())));
                };
            };
        });
    }

    public void cancel() { cancel.set(true); }

    /** Work in three steps: read the form (UI thread), compute (background), show (UI thread). */
    private void start(Supplier<Supplier<Runnable>> work) {
        if (running.get()) return;
        Supplier<Runnable> compute;
        try {
            compute = work.get();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        cancel = new AtomicBoolean();
        AtomicBoolean mine = cancel;
        running.set(true);
        progress.set(0);
        message.set(i().t("decide.working"));
        background.execute(() -> {
            Runnable show;
            try {
                show = compute.get();
            } catch (CancellationException e) {
                show = () -> message.set(i().t("decide.cancelled"));
            } catch (IllegalArgumentException e) {
                show = () -> message.set(e.getMessage());
            }
            Runnable s = show;
            ui.execute(() -> {
                running.set(false);
                progress.set(mine.get() ? 0 : 1);
                s.run();
            });
        });
    }

    private void progress(int done, int total) {
        ui.execute(() -> progress.set(total == 0 ? 0 : (double) done / total));
    }

    private String summary(Optimum o) {
        StringBuilder levers = new StringBuilder();
        o.levers().forEach((k, v) -> levers.append(k).append(" = ").append(Units.decimal(v, 2)).append("; "));
        StringBuilder b = new StringBuilder(i().t(o.feasible() ? "decide.feasible" : "decide.closest", levers.toString(),
                Units.money(o.cost(), i().english())));
        for (TargetOutcome t : o.targets()) {
            String target = String.valueOf(t.target());
            String value = Units.decimal(t.value(), 4);
            b.append("\n").append(t.active()
                    ? i().t("decide.targetBinding", target, value, Units.money(t.costOfTarget(), i().english()))
                    : i().t("decide.targetMet", target, value));
        }
        return b.toString();
    }
}
