package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: named temporary files, stale ones removed, links written through, a full disk said so. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        List<String> r = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> r.add(p.getFileName().toString()));
        }
        return r;
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path fresh = dir.resolve("new.yaml");
        AtomicFiles.writeString(fresh, "a: 1\n");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "saved like an editor saves, not private like a temporary file");
        Path own = dir.resolve("own.yaml");
        Files.writeString(own, "a: 1\n");
        Files.setPosixFilePermissions(own, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(own, "a: 2\n");
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(own)));
        assertEquals("a: 2\n", Files.readString(own));
    }

    @Test
    void theRenameIsFlushedWithItsFolderWhereTheSystemAllowsIt() {
        boolean posix = !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        // A power cut after the write must not bring back the old file: on Linux and macOS the folder is flushed.
        assertEquals(posix, AtomicFiles.syncFolder(dir));
        assertFalse(AtomicFiles.syncFolder(dir.resolve("no-such-folder")), "a missing folder is not flushed, nor an error");
    }

    @Test
    void theTemporaryFileSaysWhatItIs() throws Exception {
        Path book = dir.resolve("book.xlsx");
        List<String> during = new ArrayList<>();
        AtomicFiles.write(book, out -> {
            during.addAll(names());
            out.write(1);
        });
        assertEquals(1, during.size(), during.toString());
        assertTrue(during.get(0).matches("\\.book\\.xlsx\\.sandbox-" + ProcessHandle.current().pid() + "-\\d+\\.partial"), during.toString());
        assertEquals(List.of("book.xlsx"), names());
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedOnTheNextWrite() throws Exception {
        Path book = dir.resolve("book.xlsx");
        Path dead = Files.createFile(dir.resolve(".book.xlsx.sandbox-2147483646-77.partial")); // no such process
        Path old = Files.createFile(dir.resolve(".book.xlsx.8412345.tmp")); // a killed export of the earlier naming
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
        Path fresh = Files.createFile(dir.resolve(".book.xlsx.99.tmp")); // may be another program's write under way
        Path other = Files.createFile(dir.resolve(".other.xlsx.sandbox-2147483646-1.partial")); // another target's
        AtomicFiles.writeString(book, "x");
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("book.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real/book.csv"));
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("real/new.csv"));
        AtomicFiles.writeString(dangling, "made");
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("made", Files.readString(dir.resolve("real/new.csv")));
    }

    @Test
    void aFullDiskIsSaidSoNamingTheTargetAndTheOldFileStays() throws Exception {
        Path book = dir.resolve("book.xlsx");
        Files.writeString(book, "previous");
        // POI wraps the JVM's ENOSPC in its own runtime exception
        AtomicFiles.DiskFullException e = assertThrows(AtomicFiles.DiskFullException.class, () -> AtomicFiles.write(book, out -> {
            out.write(new byte[100]);
            throw new OpenXML4JRuntimeException("Fail to save: an error occurs while saving the package",
                    new IOException("No space left on device"));
        }));
        assertEquals("no space left on device writing " + book.toAbsolutePath(), e.getMessage());
        assertEquals("previous", Files.readString(book));
        assertEquals(List.of("book.xlsx"), names());
    }
}
