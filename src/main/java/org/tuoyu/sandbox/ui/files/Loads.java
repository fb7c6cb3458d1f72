package org.tuoyu.sandbox.ui.files;

import java.util.function.Consumer;
import org.tuoyu.sandbox.scenario.ScenarioFileException;

/**
 * How file reading runs: {@link FxLoads} off the FX thread with a progress window and Cancel (a 4.9 MB file used
 * to freeze the window while it was parsed on the FX thread), {@link #INLINE} at once, for tests and start-up.
 * The results and the refusals always arrive on the caller's thread (the FX thread in the app).
 */
public interface Loads {

    /** What a load reports while it runs, and whether the user cancelled it. */
    interface Progress {
        void step(String what, int done, int of);

        boolean cancelled();
    }

    /** The reading itself: no toolkit calls, no change to what is open. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress p) throws ScenarioFileException;
    }

    /**
     * Runs {@code work}; then {@code done} gets its result, or {@code broken} the refusal (file, line, key, value).
     * A cancelled load calls neither, and nothing of what is open changes.
     */
    <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<ScenarioFileException> broken);

    /** Runs the work at once, on the caller's thread. */
    Loads INLINE = new Loads() {
        @Override public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<ScenarioFileException> broken) {
            T value;
            try {
                value = work.run(new Progress() {
                    @Override public void step(String what, int d, int of) { }

                    @Override public boolean cancelled() { return false; }
                });
            } catch (ScenarioFileException e) {
                broken.accept(e);
                return;
            }
            done.accept(value);
        }
    };
}
