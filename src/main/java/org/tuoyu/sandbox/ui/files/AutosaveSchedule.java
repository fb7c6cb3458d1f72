package org.tuoyu.sandbox.ui.files;

/**
 * When to autosave: two seconds after the last edit, but while edits keep coming (a slider dragged
 * for a minute) at least every ten seconds, so a crash never loses more than ten seconds of work.
 */
public final class AutosaveSchedule {

    public static final long QUIET_MILLIS = 2_000;
    public static final long MAX_MILLIS = 10_000;

    private long dirtySince = -1;

    /** An edit at {@code nowNanos}: true when the autosave is due at once, else it waits for a quiet moment. */
    public boolean edited(long nowNanos) {
        if (dirtySince < 0) dirtySince = nowNanos;
        return nowNanos - dirtySince >= MAX_MILLIS * 1_000_000;
    }

    /** The autosave ran: the next edit starts a new interval. */
    public void saved() { dirtySince = -1; }
}
