package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 128 KB tmpfs, nearly filled. Needs the right to mount (root, as in CI);
 * skipped elsewhere. Every export then exits 2 naming the target, and leaves no temporary file.
 */
class DiskFullCliTest {

    @TempDir
    Path dir;
    Path disk;
    boolean mounted;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void mount() throws Exception {
        disk = Files.createDirectory(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        mounted = p.waitFor() == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here");
        Files.write(disk.resolve("filler"), new byte[124 * 1024]);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) new ProcessBuilder("umount", disk.toString()).start().waitFor();
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private void assertOnlyTheFiller() throws Exception {
        try (Stream<Path> s = Files.list(disk)) {
            assertEquals(1, s.count(), "no temporary file is left");
        }
    }

    @Test
    void aWorkbookOnAFullDiskExitsTwoNamingTheTarget() throws Exception {
        Path book = disk.resolve("book.xlsx");
        assertEquals(2, run("compare", "scenarios/jiangmen-2024.yaml", "scenarios/jiangmen-2024-toddler-classes.yaml",
                "--xlsx", book.toString(), "--en"), err());
        assertTrue(err().contains("Cannot write " + book.toAbsolutePath() + ": no space left on device"), err());
        assertFalse(err().contains("\tat ") || err().contains("Exception"), err());
        assertEquals(1, err().strip().lines().count(), err());
        assertOnlyTheFiller();
    }

    @Test
    void aDistrictTableOnAFullDiskExitsTwoNamingTheTarget() throws Exception {
        Path table = disk.resolve("districts.xlsx");
        assertEquals(2, run("districts", "export", "scenarios/regions/beijing.yaml", table.toString()), err());
        assertTrue(err().contains("no space left on device writing " + table.toAbsolutePath()), err());
        assertOnlyTheFiller();
    }
}
