package org.tuoyu.sandbox.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens files with the platform's own launcher: xdg-open on Linux, explorer on Windows, open on macOS.
 * Not {@code java.awt.Desktop} (AWT is not loaded in this JavaFX app) nor HostServices (it needs the
 * Application object, which the views do not have). A launcher that fails at once (no handler for the kind of
 * file, no file manager) comes back as an IOException naming the file and the command.
 */
public final class SystemFileOpener implements FileOpener {

    /** How long to wait for a launcher's verdict: xdg-open and open return at once; a program that stays is fine. */
    private static final long VERDICT_SECONDS = 3;

    public enum Platform {
        LINUX, WINDOWS, MAC;

        public static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        }
    }

    private final Platform platform;

    public SystemFileOpener(Platform platform) { this.platform = platform; }

    /** The command that opens the file. */
    public List<String> openCommand(Path file) {
        String f = file.toAbsolutePath().toString();
        return switch (platform) {
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler", f);
            case MAC -> List.of("open", f);
            case LINUX -> List.of("xdg-open", f);
        };
    }

    /**
     * The command that shows the file in its folder: selected in Explorer and Finder; Linux file managers have no
     * common way to select a file, so the folder opens.
     */
    public List<String> showInFolderCommand(Path file) {
        Path abs = file.toAbsolutePath();
        return switch (platform) {
            case WINDOWS -> List.of("explorer", "/select," + abs);
            case MAC -> List.of("open", "-R", abs.toString());
            case LINUX -> List.of("xdg-open", String.valueOf(abs.getParent()));
        };
    }

    @Override public void open(Path file) throws IOException { run(file, openCommand(file), true); }

    @Override public void showInFolder(Path file) throws IOException { run(file, showInFolderCommand(file), false); }

    private void run(Path file, List<String> command, boolean exitCodeCounts) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toAbsolutePath().toString());
        Process p;
        try {
            // Nothing reads the launched program's output: it goes nowhere, so a chatty program never blocks on a pipe.
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + ": " + e.getMessage(), e);
        }
        try {
            // explorer /select returns 1 even when it worked: only the open commands' codes mean something
            if (p.waitFor(VERDICT_SECONDS, TimeUnit.SECONDS) && exitCodeCounts && p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " → " + p.exitValue() + meaning(command.get(0), p.exitValue()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** xdg-open's documented exit codes, in words. */
    static String meaning(String launcher, int code) {
        if (!launcher.equals("xdg-open")) return "";
        return switch (code) {
            case 2 -> " (the file was not found)";
            case 3 -> " (no program for this kind of file, or a tool xdg-open needs, is installed)";
            case 4 -> " (the program could not open it)";
            default -> "";
        };
    }
}
