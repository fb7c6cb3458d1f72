package org.tuoyu.sandbox.export;

/** The caller cancelled an export; nothing was written and a previous file is untouched. */
public final class ExportCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() { super("export cancelled; nothing was written"); }
}
