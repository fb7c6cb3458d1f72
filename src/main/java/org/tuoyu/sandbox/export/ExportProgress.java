package org.tuoyu.sandbox.export;

/**
 * What an export tells its caller while it runs, and how the caller stops it. Plain Java so that
 * the UI can wrap it in a JavaFX Task and the command line can ignore it. Called on the exporting
 * thread.
 */
public interface ExportProgress {

    /** Nothing to report to, never cancelled. */
    ExportProgress NONE = (done, total, step) -> { };

    /**
     * @param done  steps finished so far (0..total)
     * @param total steps in the whole export
     * @param step  what is being done now, in the workbook's language (e.g. "分区")
     */
    void progress(int done, int total, String step);

    /** Polled between steps; true stops the export and leaves any previous file untouched. */
    default boolean cancelled() { return false; }
}
