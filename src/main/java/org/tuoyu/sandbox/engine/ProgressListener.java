package org.tuoyu.sandbox.engine;

/**
 * Told how far a long computation (a Monte Carlo run) has got. It may be called from worker
 * threads, in any order of {@code done} values across threads but never with more than
 * {@code total}; a UI must hand the update to its own thread.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
