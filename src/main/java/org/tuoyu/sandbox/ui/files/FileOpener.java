package org.tuoyu.sandbox.ui.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hands a written file to the desktop: opens it in its program, or shows it in its folder. Behind an
 * interface so that tests check what would be opened without launching anything; {@link SystemFileOpener}
 * is the real one.
 */
public interface FileOpener {

    /** Opens the file in the program the desktop uses for its kind (Excel/WPS for .xlsx, Word for .docx). */
    void open(Path file) throws IOException;

    /** Shows the file in the file manager (selected where the platform can). */
    void showInFolder(Path file) throws IOException;

    /** The desktop's own programs. */
    static FileOpener system() { return new SystemFileOpener(SystemFileOpener.Platform.current()); }
}
