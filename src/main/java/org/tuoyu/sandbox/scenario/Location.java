package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Where a scenario or region file lives: on disk, or built into the jar (the shipped library,
 * written {@code builtin:regions/beijing.yaml}), so presets work from any folder.
 */
public final class Location {

    public static final String BUILTIN = "builtin:";
    private static final String RESOURCE_ROOT = "scenarios/";
    /** Files larger than this are refused before reading: the largest shipped file is about 20 KB. */
    public static final int MAX_BYTES = 5_000_000;

    private final Path path;      // on disk, or null
    private final String builtin; // path below scenarios/ in the jar, or null

    private Location(Path path, String builtin) {
        this.path = path;
        this.builtin = builtin;
    }

    public static Location of(Path path) { return new Location(path.toAbsolutePath().normalize(), null); }

    public static Location builtin(String relative) { return new Location(null, normalise(relative)); }

    /** Parses a reference as written in a file or on the command line. */
    public static Location parse(String ref) {
        return ref.startsWith(BUILTIN) ? builtin(ref.substring(BUILTIN.length())) : of(Path.of(ref));
    }

    public boolean isBuiltin() { return builtin != null; }

    public Path path() { return path; }

    /** A name for messages: the path as given, or builtin:… */
    public String display() {
        if (builtin != null) return BUILTIN + builtin;
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    public String fileName() {
        if (builtin != null) {
            int i = builtin.lastIndexOf('/');
            return builtin.substring(i + 1);
        }
        return path.getFileName().toString();
    }

    /**
     * The file's bytes. Only regular files are read (a pipe would block for ever, a device such as
     * /dev/zero never ends), and the size limit applies before reading, not after.
     */
    public byte[] readBytes() throws IOException {
        if (builtin != null) {
            try (InputStream in = Location.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + builtin)) {
                if (in == null) throw new IOException("no built-in file " + builtin);
                return readAtMost(in);
            }
        }
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class); // follows symbolic links
        if (!a.isRegularFile()) {
            throw new UnusableFileException(a.isDirectory() ? "is a folder, not a file"
                    : "is not a regular file (a device, pipe or socket); only ordinary files are read");
        }
        if (a.size() > MAX_BYTES) throw tooLarge(a.size());
        try (InputStream in = Files.newInputStream(path)) {
            return readAtMost(in);
        }
    }

    /** Reads to the end, refusing (without reading further) a stream longer than {@link #MAX_BYTES}. */
    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_BYTES + 1);
        if (b.length > MAX_BYTES) throw tooLarge(-1);
        return b;
    }

    private static UnusableFileException tooLarge(long size) {
        return new UnusableFileException("the file is larger than " + MAX_BYTES / 1_000_000 + " MB"
                + (size >= 0 ? String.format(" (%,d bytes)", size) : "") + "; a scenario or region file is a few kilobytes");
    }

    /** A reason for a user, for any failure to read a file. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof UnusableFileException) return e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** A file that exists but is not one we read: a device, a pipe, a folder, or too large. */
    public static final class UnusableFileException extends IOException {
        UnusableFileException(String reason) { super(reason); }
    }

    public String read() throws IOException { return new String(readBytes(), StandardCharsets.UTF_8); }

    /** A reference written inside this file, resolved against this file's folder. */
    public Location resolve(String ref) {
        if (ref.startsWith(BUILTIN)) return builtin(ref.substring(BUILTIN.length()));
        if (builtin != null) {
            int i = builtin.lastIndexOf('/');
            return builtin((i < 0 ? "" : builtin.substring(0, i + 1)) + ref);
        }
        Path p = Path.of(ref);
        return of(p.isAbsolute() ? p : path.getParent().resolve(p));
    }

    /** How a file saved at {@code from} should refer to this one. */
    public String referenceFrom(Location from) {
        if (builtin != null) {
            if (from.builtin != null) {
                String dir = from.builtin.contains("/") ? from.builtin.substring(0, from.builtin.lastIndexOf('/') + 1) : "";
                if (builtin.startsWith(dir)) return builtin.substring(dir.length());
            }
            return BUILTIN + builtin;
        }
        if (from.path != null) {
            return from.path.getParent().relativize(path).toString().replace('\\', '/');
        }
        return path.toString();
    }

    private static String normalise(String rel) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String s : rel.replace('\\', '/').split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location && Objects.equals(path, ((Location) o).path) && Objects.equals(builtin, ((Location) o).builtin);
    }

    @Override
    public int hashCode() { return Objects.hash(path, builtin); }

    @Override
    public String toString() { return display(); }
}
