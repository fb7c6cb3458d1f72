package org.tuoyu.sandbox.scenario;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes go to a temporary file beside the target, are flushed to the disk, and are then moved into
 * place, so an interrupted write leaves the previous file whole. The temporary file is named
 * {@code .NAME.sandbox-PID-N.partial} so that a user who finds one after a crash can tell what it
 * is; the next write to the same target removes those of processes that are gone. A symbolic link
 * is written through: its target is replaced, the link stays.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** What produces the file's bytes. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The disk (or the user's quota) is full; the previous file is unchanged. */
    public static final class DiskFullException extends IOException {
        private final transient Path target;

        DiskFullException(Path target, Throwable cause) {
            super("no space left on device writing " + target, cause);
            this.target = target;
        }

        public Path target() { return target; }
    }

    private static final String PARTIAL = ".partial";
    private static final Pattern OURS = Pattern.compile("\\.(.+)\\.sandbox-(\\d+)-\\d+\\" + PARTIAL);
    /** Temporary files of the versions before this naming: .NAME.DIGITS.tmp */
    private static final Pattern OLD = Pattern.compile("\\.(.+)\\.\\d+\\.tmp");
    private static final Duration OLD_AGE = Duration.ofHours(1);

    public static void write(Path target, Writer writer) throws IOException {
        Path real = throughLinks(target.toAbsolutePath());
        Path dir = real.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("the folder " + dir + " does not exist");
        if (Files.exists(real) && !Files.isWritable(real)) {
            throw new AccessDeniedException(real.toString(), null, "the file is read-only");
        }
        String name = real.getFileName().toString();
        removeStale(dir, name);
        Path tmp = Files.createTempFile(dir, "." + name + ".sandbox-" + ProcessHandle.current().pid() + "-", PARTIAL);
        try {
            Watched disk = null;
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                disk = new Watched(Channels.newOutputStream(ch));
                OutputStream out = new BufferedOutputStream(disk, 1 << 16);
                writer.write(out);
                out.flush();
                ch.force(true); // on the disk before the rename, or a power cut could leave an empty file in place
            } catch (IOException | RuntimeException e) {
                // POI may swallow the disk's error and throw its own: the stream remembers what the disk said
                if (diskFull(e) || disk != null && diskFull(disk.failure)) throw new DiskFullException(real, e);
                throw e;
            }
            keepPermissions(tmp, real);
            try {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file is created private (rw-------): the file put in place gets the permissions of the one it
     * replaces, or rw-r--r-- when it is new, as an editor would save it, so a saved scenario stays readable by the
     * colleague it is shared with. Not POSIX (Windows): nothing to do.
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) return;
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * Flushes the folder's entry list to the disk, so the rename itself survives a power cut (POSIX keeps a
     * rename in the folder, not in the file). Windows cannot open a folder as a channel; there NTFS journals
     * the rename and this returns false. True when the folder was flushed.
     */
    static boolean syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The file a path finally names when it is a symbolic link (also a dangling one), else the path. */
    static Path throughLinks(Path p) throws IOException {
        Path at = p;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops > 40) throw new IOException("too many levels of symbolic links: " + p);
            Path to = Files.readSymbolicLink(at);
            at = (to.isAbsolute() ? to : at.toAbsolutePath().getParent().resolve(to)).normalize();
        }
        return at;
    }

    /**
     * True when any cause says the device is full: the JVM's IOException says "No space left on
     * device" (ENOSPC) or "Disk quota exceeded"; POI wraps it in its own runtime exception.
     */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** The stream to the disk, remembering the first error the disk reported. */
    private static final class Watched extends java.io.FilterOutputStream {
        IOException failure;

        Watched(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public void close() {
            // the channel is closed by its own try-with-resources
        }
    }

    /** Removes our temporary files for {@code name} left by processes that are gone, and old-style ones an hour old. */
    private static void removeStale(Path dir, String name) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + glob(name) + ".*")) {
            for (Path p : s) {
                String f = p.getFileName().toString();
                Matcher ours = OURS.matcher(f);
                boolean stale;
                if (ours.matches() && ours.group(1).equals(name)) {
                    long pid = Long.parseLong(ours.group(2));
                    stale = ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                } else {
                    Matcher old = OLD.matcher(f);
                    stale = old.matches() && old.group(1).equals(name) && olderThan(p, OLD_AGE);
                }
                if (stale) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // tidying only: a file we cannot list or remove does not stop the write
        }
    }

    private static boolean olderThan(Path p, Duration age) throws IOException {
        FileTime t = Files.getLastModifiedTime(p);
        return t.toInstant().isBefore(Instant.now().minus(age));
    }

    private static String glob(String name) { return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1"); }
}
