package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;
import org.tuoyu.sandbox.scenario.ImportReport.Kind;

/** Issue 9's last two holes in the district tables: merged cells in .xlsx, and CSVs in UTF-16 or mixed encodings. */
class DistrictTableMergesAndEncodingsTest {

    static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    private static RegionDocument beijing() throws Exception {
        return RegionReader.read(Location.of(Path.of("scenarios/regions/beijing.yaml")));
    }

    /** 区ID | 普惠托位 | 市场托位 for three districts; {@code merge} is merged after the values are set. */
    private Path xlsx(String merge, double... inclusive) throws Exception {
        Path p = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            XSSFSheet s = wb.createSheet("分区");
            XSSFRow h = s.createRow(0);
            String[] heads = {"区ID", "普惠托位", "市场托位"};
            for (int c = 0; c < heads.length; c++) h.createCell(c).setCellValue(heads[c]);
            String[] ids = {"dongcheng", "xicheng", "chaoyang"};
            for (int r = 0; r < ids.length; r++) {
                XSSFRow row = s.createRow(r + 1);
                row.createCell(0).setCellValue(ids[r]);
                if (r < inclusive.length) row.createCell(1).setCellValue(inclusive[r]);
            }
            s.addMergedRegion(CellRangeAddress.valueOf(merge));
            wb.write(out);
        }
        return p;
    }

    @Test
    void aCellMergedDownAColumnGivesItsValueToEachRowAndSaysSo() throws Exception {
        ImportReport rep = DistrictImport.read(xlsx("B2:B4", 500), beijing(), DAY);
        Region r = rep.result().region();
        String report = String.join("\n", rep.lines());
        for (String id : List.of("dongcheng", "xicheng", "chaoyang")) assertEquals(500, r.district(id).seats().inclusive(), id + "\n" + report);
        Entry note = rep.of(Kind.NOTE).stream().filter(e -> e.where().equals("分区!B2:B4")).findFirst().orElseThrow(() -> new AssertionError(report));
        assertTrue(note.message().contains("B2") && note.message().contains("B3, B4") && note.message().contains("500"), note.message());
        assertTrue(report.contains("分区!B2:B4"), report);
    }

    @Test
    void aCellMergedAcrossColumnsIsReadOnceAndTheOtherColumnsAreRefused() throws Exception {
        RegionDocument bj = beijing();
        ImportReport rep = DistrictImport.read(xlsx("B2:C2", 500), bj, DAY);
        String report = String.join("\n", rep.lines());
        assertEquals(500, rep.result().region().district("dongcheng").seats().inclusive(), report);
        assertEquals(bj.region().district("dongcheng").seats().market(), rep.result().region().district("dongcheng").seats().market(), report);
        Entry bad = rep.of(Kind.REJECTED).stream().filter(e -> e.where().equals("分区!C2")).findFirst().orElseThrow(() -> new AssertionError(report));
        assertTrue(bad.message().contains("merged cells B2:C2") && bad.message().contains("B2"), bad.message());
        assertTrue(rep.of(Kind.NOTE).stream().anyMatch(e -> e.where().equals("分区!B2:C2")), report);
    }

    @Test
    void aTitleMergedAboveTheHeaderIsNoConcern() throws Exception {
        Path p = dir.resolve("title.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            XSSFSheet s = wb.createSheet("分区");
            s.createRow(0).createCell(0).setCellValue("2024年各区托位");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
            XSSFRow h = s.createRow(1);
            h.createCell(0).setCellValue("区ID");
            h.createCell(1).setCellValue("普惠托位");
            XSSFRow row = s.createRow(2);
            row.createCell(0).setCellValue("dongcheng");
            row.createCell(1).setCellValue(500);
            wb.write(out);
        }
        ImportReport rep = DistrictImport.read(p, beijing(), DAY);
        assertEquals(500, rep.result().region().district("dongcheng").seats().inclusive());
        assertTrue(rep.of(Kind.NOTE).stream().noneMatch(e -> e.where().contains("A1")), String.join("\n", rep.lines()));
    }

    private Path bytes(String name, byte[] b) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, b);
        return p;
    }

    private static final String TABLE = "区ID,区名,常住人口\ndongcheng,东城区,700000\nxicheng,西城区,1100000\n";

    @Test
    void aUtf16CsvWithoutAByteOrderMarkIsNamedAsSuch() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path p = bytes("u16.csv", TABLE.getBytes(cs));
            ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(p, beijing(), DAY));
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("UTF-16") && e.getMessage().contains(cs == StandardCharsets.UTF_16LE ? "little-endian" : "big-endian"),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("no header row"), e.getMessage());
        }
    }

    @Test
    void aCsvWhoseLinesAreInTwoEncodingsNamesTheFirstLineThatDiffers() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("区ID,区名,常住人口\ndongcheng,东城区,700000\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("xicheng,西城区,1100000\n".getBytes(Charset.forName("GBK")));
        Path p = bytes("mixed.csv", b.toByteArray());
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(p, beijing(), DAY));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("mixed encodings") && e.getMessage().contains("line 3"), e.getMessage());
        // and after a UTF-8 byte-order mark, where the GBK line used to become replacement characters
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        c.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        c.writeBytes(b.toByteArray());
        Path q = bytes("bom-mixed.csv", c.toByteArray());
        ScenarioFileException f = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(q, beijing(), DAY));
        assertTrue(f.getMessage().contains("mixed encodings") && f.getMessage().contains("line 3"), f.getMessage());
    }

    @Test
    void aGbkCsvWithAGbkHeaderStillReads() throws Exception {
        Path p = bytes("gbk.csv", TABLE.getBytes(Charset.forName("GBK")));
        assertEquals(1_100_000, DistrictImport.read(p, beijing(), DAY).result().region().district("xicheng").population(), 1e-9);
    }

    @Test
    void aGb18030ByteOrderMarkIsReadAsOneAndNotAsPartOfTheFirstHeader() throws Exception {
        Charset gb = Charset.forName("GB18030");
        byte[] mark = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};
        // 𠀀 (U+20000) has no GBK code: only GB18030's four-byte form writes it, and it comes back whole.
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        a.writeBytes(mark);
        a.writeBytes("区ID,区名\nx,𠀀\n".getBytes(gb));
        assertEquals("区ID,区名\nx,𠀀\n", TextEncoding.decode(a.toByteArray(), Path.of("gb.csv"), ImportTexts.ENGLISH),
                "no U+FEFF before the first header");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(mark);
        b.writeBytes(TABLE.getBytes(gb));
        Path p = bytes("gb18030-bom.csv", b.toByteArray());
        Region r = DistrictImport.read(p, beijing(), DAY).result().region();
        assertEquals(1_100_000, r.district("xicheng").population(), 1e-9);
        assertEquals(700_000, r.district("dongcheng").population(), 1e-9);
    }

    @Test
    void anExcelErrorInANameColumnIsRefusedNotReadAsAnEmptyName() throws Exception {
        Path p = dir.resolve("err.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            XSSFSheet s = wb.createSheet("分区");
            XSSFRow h = s.createRow(0);
            h.createCell(0).setCellValue("区ID");
            h.createCell(1).setCellValue("英文名");
            h.createCell(2).setCellValue("普惠托位");
            XSSFRow row = s.createRow(1);
            row.createCell(0).setCellValue("dongcheng");
            row.createCell(1).setCellFormula("1/0");
            row.createCell(2).setCellFormula("NA()"); // an error in the first data row, where a second header could be
            XSSFRow next = s.createRow(2);
            next.createCell(0).setCellValue("xicheng");
            next.createCell(2).setCellValue(700);
            wb.write(out);
        }
        RegionDocument bj = beijing();
        ImportReport rep = DistrictImport.read(p, bj, DAY);
        String report = String.join("\n", rep.lines());
        assertEquals("Dongcheng", rep.result().region().district("dongcheng").nameEn(), report);
        Entry bad = rep.of(Kind.REJECTED).stream().filter(e -> e.where().equals("分区!B2")).findFirst().orElseThrow(() -> new AssertionError(report));
        assertTrue(bad.message().contains("#DIV/0!"), bad.message());
        assertTrue(rep.of(Kind.REJECTED).stream().anyMatch(e -> e.where().equals("分区!C2") && e.message().contains("#N/A")), report);
        assertEquals(700, rep.result().region().district("xicheng").seats().inclusive(), report);
    }
}
