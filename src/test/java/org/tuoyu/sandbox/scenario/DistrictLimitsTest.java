package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or huge tables are refused within limits, with a message naming the file and the limit. */
class DistrictLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aZipBombWorkbookIsRefused() throws Exception {
        RegionDocument bj = DistrictImportTest.beijing();
        Path good = dir.resolve("good.xlsx");
        DistrictExport.write(bj, good);
        // Same workbook, but the sheet padded with 30 MB of spaces: packs to a few tens of KB.
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); OutputStream os = Files.newOutputStream(bomb);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 30; i++) out.write(spaces);
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(body);
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 1_000_000);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(bomb, bj));
        assertTrue(e.getMessage().contains("bomb.xlsx"), e.getMessage());
        assertTrue(e.getMessage().contains("looks like a zip bomb") && e.getMessage().contains("0.01"), e.getMessage());
    }

    @Test
    void aCsvWithTooManyRowsIsRefused() throws Exception {
        StringBuilder b = new StringBuilder("区ID,常住人口\n");
        for (int i = 0; i <= TableFile.MAX_ROWS; i++) b.append("dongcheng,700000\n");
        Path f = dir.resolve("long.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(f, DistrictImportTest.beijing()));
        assertTrue(e.getMessage().contains("long.csv") && e.getMessage().contains("more than 5,000 rows"), e.getMessage());
    }

    @Test
    void aFileOver20MbIsRefusedBeforeOpening() throws Exception {
        Path f = dir.resolve("huge.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(TableFile.MAX_FILE_BYTES + 1);
        }
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(f, DistrictImportTest.beijing()));
        assertTrue(e.getMessage().contains("huge.xlsx") && e.getMessage().contains("20 MB limit"), e.getMessage());
    }

    @Test
    void notAWorkbookAndNoHeaderAreClearMessages() throws Exception {
        Path f = dir.resolve("fake.xlsx");
        Files.writeString(f, "hello");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(f, DistrictImportTest.beijing()));
        assertTrue(e.getMessage().contains("not an .xlsx workbook"), e.getMessage());
        Path g = dir.resolve("nohead.csv");
        Files.writeString(g, "a,b\n1,2\n");
        e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(g, DistrictImportTest.beijing()));
        assertTrue(e.getMessage().contains("no header row"), e.getMessage());
    }
}
