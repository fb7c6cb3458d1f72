package org.tuoyu.sandbox.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The workbook cannot be written where the user asked: the file is read-only, open in another
 * program, or its folder is missing or not writable. The message names the file and says what to
 * do, in the workbook's language, and is meant to be shown as it is.
 */
public final class ExportTargetException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    public ExportTargetException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    public Path target() { return target; }
}
