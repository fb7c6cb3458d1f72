package org.tuoyu.sandbox.ui.uncertainty;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.export.FiscalBands;
import org.tuoyu.sandbox.export.PairedBands;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * Monte Carlo bands (P5 / P50 / P95) of the open scenarios, computed in the background with the
 * scenario's own {@code uncertainty} ranges, a fixed seed and a set number of draws. An edit
 * cancels a run whose document it made stale; {@link #DEBOUNCE_MS} after the last edit the
 * next run starts: the selected scenario first, then the others in tab order (the export uses
 * their bands). A result counts only for the exact document it was computed from.
 */
public final class UncertaintyViewModel {

    public static final int DEFAULT_DRAWS = 1000;
    public static final int MIN_DRAWS = 20, MAX_DRAWS = 100_000;
    /** Fixed, so that the same scenario always shows the same band. */
    public static final long SEED = 20250101L;
    public static final long DEBOUNCE_MS = 300;

    /** Runs {@code r} on the UI thread after {@code millis}; the returned handle cancels it. */
    public interface Delay { Runnable schedule(long millis, Runnable r); }

    /** Runs at once (view-model tests). */
    public static final Delay IMMEDIATE = (ms, r) -> { r.run(); return () -> { }; };

    private record Done(ScenarioDocument doc, int draws, MonteCarloResult result) {}

    private final Workspace ws;
    private final Executor background;
    private final Executor ui;
    private final Delay delay;
    private final Map<ScenarioSlot, Done> done = new IdentityHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper starts = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper cancels = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private final int threads;
    private int draws = DEFAULT_DRAWS;
    private boolean enabled = true;
    private ScenarioSlot runningSlot;
    private ScenarioDocument runningDoc;
    private Runnable pendingStart;
    private long lastMillis;

    public UncertaintyViewModel(Workspace ws, Executor background, Executor ui, Delay delay, int threads) {
        this.ws = ws;
        this.background = background;
        this.ui = ui;
        this.delay = delay;
        this.threads = Math.max(1, threads);
        for (ScenarioSlot s : ws.slots()) watch(s);
        ws.slots().addListener((ListChangeListener<ScenarioSlot>) c -> {
            while (c.next()) {
                for (ScenarioSlot s : c.getAddedSubList()) watch(s);
                for (ScenarioSlot s : c.getRemoved()) {
                    if (!ws.slots().contains(s)) done.remove(s);
                }
            }
            if (runningSlot != null && !ws.slots().contains(runningSlot)) cancelRunning();
            later();
        });
        ws.selectedProperty().addListener((o, a, b) -> later());
        later();
    }

    /** Threads for the draws: all cores but one, which stays with the UI. */
    public static int defaultThreads() { return Math.max(1, Runtime.getRuntime().availableProcessors() - 1); }

    private void watch(ScenarioSlot s) {
        s.documentProperty().addListener((o, a, b) -> edited(s));
    }

    /** A lever moved (or any edit): a stale run stops now, the next one starts after the debounce. */
    private void edited(ScenarioSlot s) {
        if (runningSlot == s && runningDoc != s.document()) cancelRunning();
        later();
        // No revision tick here: the new result's refresh finds the band stale and says so.
    }

    private void later() {
        if (pendingStart != null) pendingStart.run();
        pendingStart = delay.schedule(DEBOUNCE_MS, () -> {
            pendingStart = null;
            next();
        });
    }

    private void cancelRunning() {
        if (runningSlot == null) return;
        generation.incrementAndGet();
        runningSlot = null;
        runningDoc = null;
        running.set(false);
        progress.set(0);
        cancels.set(cancels.get() + 1);
    }

    /** Starts the next stale scenario, the selected one first, unless a run is going. */
    private void next() {
        if (!enabled || runningSlot != null) return;
        List<ScenarioSlot> order = new ArrayList<>();
        if (ws.selected() != null) order.add(ws.selected());
        for (ScenarioSlot s : ws.slots()) if (s != ws.selected()) order.add(s);
        for (ScenarioSlot s : order) {
            if (result(s) == null) {
                start(s);
                return;
            }
        }
    }

    private void start(ScenarioSlot s) {
        long gen = generation.incrementAndGet();
        ScenarioDocument doc = s.document();
        int n = draws;
        runningSlot = s;
        runningDoc = doc;
        running.set(true);
        progress.set(0);
        failure.set(null);
        starts.set(starts.get() + 1);
        background.execute(() -> {
            long t0 = System.nanoTime();
            try {
                MonteCarloResult r = PairedBands.own(doc, n, SEED, threads,
                        (d, total) -> {
                            if (generation.get() == gen) ui.execute(() -> { if (generation.get() == gen) progress.set((double) d / total); });
                        },
                        () -> generation.get() != gen);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                ui.execute(() -> finished(gen, s, doc, n, r, ms));
            } catch (CancellationException e) {
                // a newer run replaces this one
            } catch (RuntimeException e) {
                ui.execute(() -> failed(gen, e));
            }
        });
    }

    private void finished(long gen, ScenarioSlot s, ScenarioDocument doc, int n, MonteCarloResult r, long ms) {
        if (generation.get() != gen) return;
        done.put(s, new Done(doc, n, r));
        runningSlot = null;
        runningDoc = null;
        running.set(false);
        progress.set(1);
        lastMillis = ms;
        revision.set(revision.get() + 1);
        next();
    }

    private void failed(long gen, RuntimeException e) {
        if (generation.get() != gen) return;
        runningSlot = null;
        runningDoc = null;
        running.set(false);
        failure.set(e.getMessage());
    }

    /** The bands of the slot's current document with the current number of draws, or null. */
    public MonteCarloResult result(ScenarioSlot s) {
        Done d = s == null ? null : done.get(s);
        return d != null && d.doc == s.document() && d.draws == draws ? d.result : null;
    }

    /** The bands of one year of the slot's current document, or null. */
    public Bands bands(ScenarioSlot s, int year) {
        MonteCarloResult r = result(s);
        if (r == null) return null;
        Bands b = r.year(year);
        return b != null ? b : r.years().get(0);
    }

    /** Fiscal-cost bands for the workbook, one per slot (null where there is no current run); null if none. */
    public FiscalBands fiscalBands(List<ScenarioSlot> slots) {
        List<MonteCarloResult> runs = new ArrayList<>();
        boolean any = false;
        for (ScenarioSlot s : slots) {
            MonteCarloResult r = result(s);
            runs.add(r);
            any |= r != null;
        }
        return any ? FiscalBands.of(runs) : null;
    }

    public int draws() { return draws; }

    /** Changes the number of draws (a setting); every band is computed again. */
    public void setDraws(int n) {
        int v = Math.max(MIN_DRAWS, Math.min(MAX_DRAWS, n));
        if (v == draws) return;
        draws = v;
        cancelRunning();
        revision.set(revision.get() + 1);
        later();
    }

    /** Off: nothing new starts (the running one is cancelled). */
    public void setEnabled(boolean on) {
        enabled = on;
        if (!on) cancelRunning(); else later();
    }

    public int threads() { return threads; }

    /** Wall time of the last finished run, ms. */
    public long lastMillis() { return lastMillis; }

    /** True while a run is going. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Share of the running run's draws done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** Ticks when bands arrive or become stale. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Runs started so far. */
    public ReadOnlyIntegerProperty startsProperty() { return starts.getReadOnlyProperty(); }

    /** Runs cancelled so far (by an edit, a removed scenario or a new number of draws). */
    public ReadOnlyIntegerProperty cancelsProperty() { return cancels.getReadOnlyProperty(); }

    /** The last run's error, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() { return failure.getReadOnlyProperty(); }

    /** The slot being computed, or null. */
    public ScenarioSlot runningSlot() { return runningSlot; }
}
