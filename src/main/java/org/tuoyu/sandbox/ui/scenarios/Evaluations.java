package org.tuoyu.sandbox.ui.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;

/**
 * Runs the engine for edited scenarios and hands results back on the UI thread. Requests are
 * coalesced: while one evaluation runs, later requests for the same slot replace each other, so a
 * fast slider never queues stale work. Where they run is the {@link Policy} the owner passes in.
 */
public final class Evaluations {

    /** Evaluations faster than this on average run inline. */
    static final long INLINE_NANOS = 4_000_000L;

    /** Where evaluations run. */
    public enum Policy {
        /** On the UI thread, once per frame: for regions that evaluate in well under a frame. */
        FRAME,
        /** Always on the background executor; results come back on the UI thread. */
        BACKGROUND,
        /**
         * Once per frame while evaluations are quick (a moving average under {@link #INLINE_NANOS}),
         * on the background executor once they get slow, so the UI never waits for a big region.
         */
        ADAPTIVE
    }

    /** What the UI learns after a result is applied. */
    public record Applied(ScenarioSlot slot, long requestedAt, long evalNanos, boolean inline) {}

    private final Executor background;
    private final Executor ui;
    private final Map<ScenarioSlot, Request> pending = new LinkedHashMap<>();
    private boolean running;
    private double averageNanos = 0;
    private Policy policy;
    private Consumer<Applied> onApplied = a -> { };
    private Consumer<Runnable> frameScheduler = Runnable::run;
    private final Map<ScenarioSlot, Request> frame = new LinkedHashMap<>();
    private boolean frameScheduled;

    private record Request(Scenario scenario, long requestedAt) {}

    public Evaluations(Executor background, Executor ui, Policy policy) {
        this.background = background;
        this.ui = ui;
        this.policy = policy;
    }

    public void setOnApplied(Consumer<Applied> c) { onApplied = c; }

    /**
     * Where quick evaluations run: by default at once; the window passes a scheduler that runs
     * them once at the start of the next pulse, so all slider moves within a frame cost one
     * evaluation and one redraw.
     */
    public void setFrameScheduler(Consumer<Runnable> s) { frameScheduler = s; }

    /** For measuring one policy against another in the running app. */
    public void setPolicy(Policy p) { policy = p; }

    public Policy policy() { return policy; }

    /** Asks for the slot's current document to be evaluated; call on the UI thread. */
    public void request(ScenarioSlot slot) {
        Scenario sc = slot.document().scenario();
        long now = System.nanoTime();
        boolean inline;
        synchronized (this) {
            inline = policy != Policy.BACKGROUND && !running && pending.isEmpty()
                    && (policy == Policy.FRAME || averageNanos < INLINE_NANOS);
            if (!inline) {
                Request old = pending.get(slot);
                pending.put(slot, new Request(sc, old != null ? old.requestedAt : now));
                if (running) return;
                running = true;
            }
        }
        if (inline) {
            Request old = frame.get(slot);
            frame.put(slot, new Request(sc, old != null ? old.requestedAt : now));
            if (!frameScheduled) {
                frameScheduled = true;
                frameScheduler.accept(this::drainFrame);
            }
        } else {
            background.execute(this::drain);
        }
    }

    /** Evaluates what the moves of one frame asked for (UI thread). */
    private void drainFrame() {
        frameScheduled = false;
        List<Map.Entry<ScenarioSlot, Request>> work = new ArrayList<>(frame.entrySet());
        frame.clear();
        for (Map.Entry<ScenarioSlot, Request> e : work) {
            Request req = e.getValue();
            long t0 = System.nanoTime();
            ScenarioResult r = Evaluator.evaluate(req.scenario);
            long dt = System.nanoTime() - t0;
            record(dt);
            apply(e.getKey(), req.scenario, r, req.requestedAt, dt, true);
        }
    }

    private synchronized void record(long dt) {
        averageNanos = averageNanos == 0 ? dt : averageNanos * 0.8 + dt * 0.2;
    }

    private void drain() {
        while (true) {
            ScenarioSlot slot;
            Request req;
            synchronized (this) {
                if (pending.isEmpty()) {
                    running = false;
                    return;
                }
                Map.Entry<ScenarioSlot, Request> e = pending.entrySet().iterator().next();
                slot = e.getKey();
                req = e.getValue();
                pending.remove(slot);
            }
            long t0 = System.nanoTime();
            ScenarioResult r;
            try {
                r = Evaluator.evaluate(req.scenario);
            } catch (RuntimeException ex) {
                r = null;
            }
            long dt = System.nanoTime() - t0;
            record(dt);
            ScenarioResult result = r;
            if (result != null) ui.execute(() -> apply(slot, req.scenario, result, req.requestedAt, dt, false));
        }
    }

    private void apply(ScenarioSlot slot, Scenario sc, ScenarioResult r, long requestedAt, long dt, boolean inline) {
        // A newer edit may be on its way; showing this result meanwhile is still correct for an earlier state.
        slot.setResult(r);
        onApplied.accept(new Applied(slot, requestedAt, dt, inline));
    }

    public synchronized double averageMillis() { return averageNanos / 1e6; }
}
