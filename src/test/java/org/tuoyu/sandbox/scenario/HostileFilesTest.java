package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files a careless or hostile user may name: devices, pipes, huge files, other encodings, Java-style numbers. */
class HostileFilesTest {

    @TempDir
    Path dir;

    private Path scenarioNaming(String region) throws Exception {
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, "scenario:\n  name: 测试\nregion: " + region + "\n");
        return s;
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(Path.of("/dev/zero"))));
        assertTrue(e.getMessage().startsWith("/dev/zero: cannot read the file: is not a regular file"), e.getMessage());
        e = assertThrows(ScenarioFileException.class, () -> RegionReader.read(Location.of(Path.of("/dev/zero"))));
        assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }

    @Test
    void aPipeNamedAsTheRegionIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is available");
        Path s = scenarioNaming("pipe.yaml");
        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(s)));
        assertEquals(3, e.line(), e.getMessage());
        assertEquals("region", e.keyPath());
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GB on paper, nothing on disk
        }
        Path s = scenarioNaming("big.yaml");
        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(s)));
        assertTrue(e.getMessage().contains("larger than 5 MB (3,221,225,472 bytes)"), e.getMessage());
        e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.regionOf(Location.of(big)));
        assertTrue(e.getMessage().contains("larger than 5 MB"), e.getMessage());
    }

    @Test
    void aFolderIsNamedAsAFolder() throws Exception {
        Files.createDirectory(dir.resolve("regions.yaml"));
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(scenarioNaming("regions.yaml")));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void anyOtherFileNamedAsTheRegionIsNotQuoted() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "root:$6$hash:19000:0:99999:7:::\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(scenarioNaming(secret.toString())));
        assertFalse(e.getMessage().contains("$6$hash"), e.getMessage());
        assertTrue(e.getMessage().contains("s.yaml:3: region"), e.getMessage());
        assertTrue(e.getMessage().contains("must name a .yaml file"), e.getMessage());
    }

    @Test
    void aGbkScenarioIsRefusedAtTheFirstLineThatIsNotUtf8() throws Exception {
        Path s = dir.resolve("gbk.yaml");
        Files.write(s, "# comment\nscenario:\n  name: 北京 2025 基线\nregion: r.yaml\n".getBytes(Charset.forName("GBK")));
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(s));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not UTF-8 text") && e.getMessage().contains("GBK"), e.getMessage());
    }

    @Test
    void utf16IsRefusedAndAUtf8BomIsAccepted() throws Exception {
        Path s = dir.resolve("u16.yaml");
        Files.write(s, "scenario:\n  name: x\n".getBytes(StandardCharsets.UTF_16LE));
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(s));
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
        Path bom = dir.resolve("bom.yaml");
        byte[] body = Files.readAllBytes(Path.of("scenarios/jiangmen-2024.yaml"));
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        Files.createDirectories(dir.resolve("regions"));
        Files.copy(Path.of("scenarios/regions/jiangmen.yaml"), dir.resolve("regions/jiangmen.yaml"));
        Files.write(bom, b);
        assertEquals("江门 2024 基线", ScenarioFiles.load(bom).name());
    }

    @Test
    void aVeryLongLineIsRefusedQuickly() throws Exception {
        Path s = dir.resolve("long.yaml");
        Files.writeString(s, "scenario:\n  name: " + "长".repeat(4_900_000 / 3) + "\nregion: r.yaml\n");
        ScenarioFileException e = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(s)));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("characters long"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.5f", "600d", "0x1.64p7", "0x10", "NaN", "Infinity", "1e400", ".inf"})
    void javaStyleNumbersAreNotNumbers(String v) throws Exception {
        Path s = dir.resolve("j.yaml");
        Files.createDirectories(dir.resolve("regions"));
        Files.copy(Path.of("scenarios/regions/jiangmen.yaml"), dir.resolve("regions/jiangmen.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(s, "scenario:\n  name: x\nregion: regions/jiangmen.yaml\nlevers:\n  demand:\n    voucher:\n      A2: " + v + "\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(s));
        assertEquals(7, e.line(), e.getMessage());
        assertEquals("levers.demand.voucher.A2", e.keyPath(), e.getMessage());
        assertTrue(e.getMessage().contains("is not a number") || e.getMessage().contains("finite"), e.getMessage());
        Path r = dir.resolve("regions/jiangmen.yaml");
        Files.writeString(r, Files.readString(r).replaceFirst("householdSize: [0-9.]+", "householdSize: " + v));
        e = assertThrows(ScenarioFileException.class, () -> RegionReader.read(Location.of(r)));
        assertTrue(e.keyPath().endsWith("householdSize"), e.getMessage());
    }
}
