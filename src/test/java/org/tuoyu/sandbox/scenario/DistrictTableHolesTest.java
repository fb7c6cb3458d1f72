package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;
import org.tuoyu.sandbox.scenario.ImportReport.Kind;

/** Holes of issue 9 in the district tables: formulas, broken CSV, injection, control characters, hints. */
class DistrictTableHolesTest {

    static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    private static RegionDocument beijing() throws Exception {
        return RegionReader.read(Location.of(Path.of("scenarios/regions/beijing.yaml")));
    }

    private Path csv(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void formulasWithoutACachedValueAreEvaluatedAndOthersRefusedByReference() throws Exception {
        Path p = dir.resolve("f.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            XSSFSheet s = wb.createSheet("分区");
            XSSFRow h = s.createRow(0);
            String[] heads = {"区ID", "普惠托位", "英文名", "市场托位"};
            for (int c = 0; c < heads.length; c++) h.createCell(c).setCellValue(heads[c]);
            XSSFRow r = s.createRow(1);
            r.createCell(0).setCellValue("dongcheng");
            r.createCell(1).setCellFormula("439+61"); // written, as openpyxl does, with no cached value
            r.createCell(2).setCellFormula("\"Dongcheng \"&\"East\"");
            r.createCell(3).setCellFormula("NOSUCHFUNCTION(1)");
            wb.write(out);
        }
        ImportReport rep = DistrictImport.read(p, beijing(), DAY);
        District d = rep.result().region().district("dongcheng");
        assertEquals(500, d.seats().inclusive(), String.join("\n", rep.lines()));
        assertEquals("Dongcheng East", d.nameEn());
        Entry bad = rep.of(Kind.REJECTED).stream().filter(e -> e.column().startsWith("市场托位")).findFirst().orElseThrow();
        assertTrue(bad.where().contains("分区!D2"), bad.toString());
        assertTrue(bad.message().contains("formula") && bad.message().contains("NOSUCHFUNCTION"), bad.message());
        assertEquals(beijing().region().district("dongcheng").seats().market(), d.seats().market());
    }

    @Test
    void anUnterminatedQuoteIsAnErrorNotAnEmptyImport() throws Exception {
        Path p = csv("q.csv", "区ID,常住人口\ndongcheng,700000\n\"xicheng,1100000\nhaidian,3130000\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(p, beijing(), DAY));
        assertTrue(e.getMessage().contains("line 3: a quote"), e.getMessage());
    }

    @Test
    void aTableWithNoDistrictRowsIsAnError() throws Exception {
        Path p = csv("none.csv", "区ID,常住人口\nnowhere,700000\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(p, beijing(), DAY));
        assertTrue(e.getMessage().contains("no row of the table names a district of beijing"), e.getMessage());
    }

    @Test
    void namesThatLookLikeFormulasAreWrittenAsTextAndReadBack() throws Exception {
        Path p = csv("n.csv", "区ID,英文名,区名\ndongcheng,=cmd|' /C calc'!A0,@SUM(1+1)\n");
        ImportReport rep = DistrictImport.read(p, beijing(), DAY);
        RegionDocument named = rep.result();
        assertEquals("=cmd|' /C calc'!A0", named.region().district("dongcheng").nameEn());
        Path out = dir.resolve("out.csv");
        DistrictExport.write(named, out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"'=cmd|' /C calc'!A0\",") || text.contains(",'=cmd|' /C calc'!A0,"), text);
        assertTrue(text.contains("'@SUM(1+1)"), text);
        assertFalse(text.contains(",=cmd") || text.contains(",@SUM"), text);
        // and the exported table imports as no change
        assertEquals(named.region(), DistrictImport.read(out, named, DAY).result().region());
        Path xlsx = dir.resolve("out.xlsx");
        DistrictExport.write(named, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<XSSFCell> hits = new ArrayList<>();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().startsWith("=cmd")) hits.add((XSSFCell) c);
            }));
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).getCellStyle().getQuotePrefixed(), "shown as text, never run");
        }
    }

    @Test
    void controlCharactersInNamesAreRefused() throws Exception {
        Path p = csv("c.csv", "区ID,英文名\ndongcheng,Dong\u0007cheng\n");
        ImportReport rep = DistrictImport.read(p, beijing(), DAY);
        Entry e = rep.of(Kind.REJECTED).get(0);
        assertTrue(e.message().contains("control character (U+0007)"), e.message());
        assertEquals("Dongcheng", rep.result().region().district("dongcheng").nameEn());
    }

    @Test
    void aPercentageAboveOneHundredGetsNoHintToWriteAPercentage() throws Exception {
        Path p = csv("p.csv", "区ID,非户籍人口占比\ndongcheng,150%\n");
        Entry e = DistrictImport.read(p, beijing(), DAY).of(Kind.REJECTED).get(0);
        assertTrue(e.message().contains("between 0 and 1"), e.message());
        assertFalse(e.message().contains("write 1.5%"), e.message());
    }
}
