package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.District;
import org.tuoyu.sandbox.scenario.DistrictTable.Column;
import org.tuoyu.sandbox.scenario.ImportReport.Entry;
import org.tuoyu.sandbox.scenario.ImportReport.Kind;

class DistrictImportTest {

    static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    static RegionDocument beijing() throws Exception {
        return RegionReader.read(Location.of(Path.of("scenarios/regions/beijing.yaml")));
    }

    static RegionDocument jiangmen() throws Exception {
        return RegionReader.read(Location.of(Path.of("scenarios/regions/jiangmen.yaml")));
    }

    /** A workbook with one sheet of the given rows; strings stay text, numbers become numeric cells. */
    Path xlsx(String name, String sheetName, Object[]... rows) throws Exception {
        Path p = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("封面");
            XSSFSheet s = wb.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) continue;
                    if (v instanceof Number) row.createCell(c).setCellValue(((Number) v).doubleValue());
                    else row.createCell(c).setCellValue(v.toString());
                }
            }
            wb.write(out);
        }
        return p;
    }

    Path csv(String name, String text, Charset cs, boolean bom) throws Exception {
        Path p = dir.resolve(name);
        byte[] body = text.getBytes(cs);
        byte[] all = body;
        if (bom) {
            all = new byte[body.length + 3];
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
        }
        Files.write(p, all);
        return p;
    }

    static Entry only(ImportReport r, Kind k, String district, String columnStart) {
        List<Entry> es = r.of(k).stream()
                .filter(e -> e.district().equals(district) && e.column().startsWith(columnStart)).collect(Collectors.toList());
        assertEquals(1, es.size(), () -> k + " " + district + " " + columnStart + " in\n" + String.join("\n", r.lines()));
        return es.get(0);
    }

    @Test
    void everyHeaderSpellingNamesOneColumn() {
        Set<String> seen = new HashSet<>();
        for (Column c : Column.values()) {
            for (String n : new HashSet<>(c.names())) assertTrue(seen.add(n), "two columns answer to " + n);
            assertEquals(c, DistrictTable.column(c.headerZh()));
            assertEquals(c, DistrictTable.column(c.headerEn()));
            assertEquals(c, DistrictTable.column(DistrictExport.english(c)));
        }
        assertEquals(Column.INCOME, DistrictTable.column(" 人均可支配收入 ( 元 / 年 ) "));
        assertEquals(Column.INCOME, DistrictTable.column("人均可支配收入【元】"));
        assertEquals(Column.FEE_MARKET, DistrictTable.column("Market Fee (yuan/month)"));
        assertEquals(Column.POPULATION, DistrictTable.column("ＰＯＰＵＬＡＴＩＯＮ"));
    }

    @Test
    void xlsxWithChineseHeadersIsReadReportedAndRejectedByCell() throws Exception {
        RegionDocument bj = beijing();
        Path f = xlsx("bj.xlsx", "分区",
                new Object[] {"表 3-1 各区基本情况（2025）"},
                new Object[] {"区名", "常住人口", "非户籍人口占比", "0岁儿童数", "普惠托位", "幼儿园托位", "市场收费（元/月）"},
                new Object[] {"东城区", 710000, "35%", "4,300", 950, 9999, null},
                new Object[] {"西城", "约一百万", 0.3, null, -5, 1, "8,800"},
                new Object[] {"朝阳新区", 1, 0.1, 1, 1, 1, 1},
                new Object[] {"Haidian", 3120000, "", null, null, null, null});
        ImportReport r = DistrictImport.read(f, bj, DAY);
        assertEquals("分区", r.sheet());
        assertEquals(3, r.districtRows(), String.join("\n", r.lines()));

        District dong = r.result().region().district("dongcheng");
        assertEquals(710000, dong.population());
        assertEquals(0.35, dong.nonHukouShare());
        assertEquals(4300, dong.children().a0());
        assertEquals(950, dong.seats().inclusive());
        Entry e = only(r, Kind.READ, "dongcheng", "非户籍人口占比");
        assertEquals("分区!C3", e.where());
        assertEquals("0.26", e.oldValue());
        assertEquals("0.35", e.newValue());
        Provenance p = r.result().provenance().get("districts.dongcheng.nonHukouShare");
        assertEquals("S", p.flag());
        assertEquals("imported from bj.xlsx, 分区!C3, 2025-09-01", p.source());

        // Text in a number column and a negative count: rejected with the cell, the old value kept.
        District xi = r.result().region().district("xicheng");
        assertEquals(bj.region().district("xicheng").population(), xi.population());
        Entry text = only(r, Kind.REJECTED, "xicheng", "常住人口");
        assertEquals("分区!B4", text.where());
        assertTrue(text.message().contains("not a number"), text.message());
        assertEquals("\"约一百万\"", text.newValue());
        Entry neg = only(r, Kind.REJECTED, "xicheng", "普惠托位");
        assertTrue(neg.message().contains("must not be negative"), neg.message());
        assertEquals(bj.region().district("xicheng").seats().inclusive(), xi.seats().inclusive());
        // Good values of the same row are still taken; the old provenance of the refused ones stays.
        assertEquals(0.3, xi.nonHukouShare());
        assertEquals(8800, xi.fees().market());
        assertEquals(bj.provenanceOf("districts.xicheng.population"), r.result().provenanceOf("districts.xicheng.population"));

        // Matched by English name; a blank cell keeps the current value.
        assertEquals(3120000, r.result().region().district("haidian").population());
        assertEquals(bj.region().district("haidian").nonHukouShare(), r.result().region().district("haidian").nonHukouShare());

        Entry none = r.of(Kind.NO_DISTRICT).get(0);
        assertEquals("分区!A5", none.where());
        assertTrue(none.message().contains("朝阳新区"), none.message());
        assertTrue(none.message().contains("did you mean 朝阳区"), none.message());
        Entry unknown = r.of(Kind.UNKNOWN_COLUMN).get(0);
        assertEquals("幼儿园托位", unknown.column());
        assertEquals("did you mean '幼儿园托班托位'?", unknown.message());
        assertEquals("分区!F2", unknown.where());
        assertTrue(r.of(Kind.MISSING_COLUMN).stream().anyMatch(m -> m.message().equals("householdSize")));
        assertTrue(r.anyRejected());
        String text1 = String.join("\n", r.lines());
        assertTrue(text1.matches("(?s).*\\n  分区!B4 +xicheng +常住人口 = \"约一百万\": is not a number\\n.*"), text1);
    }

    @Test
    void csvWithEnglishHeadersAndBom() throws Exception {
        RegionDocument jm = jiangmen();
        Path f = csv("jm.csv", "id,Population,Non-hukou share,Children aged 0,household size,Market fee (yuan/month),births trend\n"
                + "pengjiang,\"860,000\",21.5%,5100,2.65,2800,-3%\n"
                + "jianghai,370000,abc,2200,11,2700,\n", StandardCharsets.UTF_8, true);
        ImportReport r = DistrictImport.read(f, jm, DAY);
        District p = r.result().region().district("pengjiang");
        assertEquals(860000, p.population());
        assertEquals(0.215, p.nonHukouShare(), 1e-15);
        assertEquals(5100, p.children().a0());
        assertEquals(2.65, p.householdSize());
        assertEquals(2800, p.fees().market());
        assertEquals(-0.03, p.birthsTrend(), 1e-15);
        assertEquals("line 2", only(r, Kind.READ, "pengjiang", "Population").where());
        assertEquals("imported from jm.csv, line 2, 2025-09-01", r.result().provenance().get("districts.pengjiang.population").source());
        Entry bad = only(r, Kind.REJECTED, "jianghai", "Non-hukou share");
        assertEquals("line 3", bad.where());
        Entry hh = only(r, Kind.REJECTED, "jianghai", "household size");
        assertTrue(hh.message().contains("more than 10"), hh.message());
        assertEquals(2.7, r.result().region().district("jianghai").householdSize());
    }

    @Test
    void gbkCsvFromChineseExcel() throws Exception {
        RegionDocument bj = beijing();
        Path f = csv("gbk.csv", "区名,常住人口,非户籍人口占比（%）,人均可支配收入（元/年）\r\n通州区,\"1,850,000\",41,53000\r\n",
                Charset.forName("GBK"), false);
        ImportReport r = DistrictImport.read(f, bj, DAY);
        District t = r.result().region().district("tongzhou");
        assertEquals(1850000, t.population());
        assertEquals(0.41, t.nonHukouShare(), 1e-15);
        assertEquals(53000, t.incomePerCapitaYear());
        assertFalse(r.anyRejected(), String.join("\n", r.lines()));
    }

    @Test
    void aShareAboveOneIsRefusedWithAHint() throws Exception {
        Path f = csv("s.csv", "区ID,非户籍人口占比,社区嵌入式占比\ndongcheng,35,0.2\n", StandardCharsets.UTF_8, false);
        ImportReport r = DistrictImport.read(f, beijing(), DAY);
        Entry e = only(r, Kind.REJECTED, "dongcheng", "非户籍人口占比");
        assertTrue(e.message().contains("between 0 and 1") && e.message().contains("write 35%"), e.message());
        assertEquals(0.2, r.result().region().district("dongcheng").seats().communityEmbeddedShare());
    }

    @Test
    void checksAcrossFieldsRefuseTheValuesInvolved() throws Exception {
        // population written in 万 without saying so: children would exceed 10% of it
        Path f = csv("u.csv", "区ID,常住人口,市场收费,普惠收费\ndongcheng,70.4,7800,9000\n", StandardCharsets.UTF_8, false);
        ImportReport r = DistrictImport.read(f, beijing(), DAY);
        Entry e = only(r, Kind.REJECTED, "dongcheng", "常住人口");
        assertTrue(e.message().contains("plausible range 1,000 to 40,000,000 (persons"), e.message());
        assertTrue(only(r, Kind.REJECTED, "dongcheng", "普惠收费").message().contains("above the market fee"));
        assertEquals(707000, r.result().region().district("dongcheng").population());
        // ... while a header unit of 万 scales the column
        Path g = csv("w.csv", "区ID,常住人口（万人）\ndongcheng,70.4\n", StandardCharsets.UTF_8, false);
        assertEquals(704000, DistrictImport.read(g, beijing(), DAY).result().region().district("dongcheng").population(), 1e-6);
    }

    @Test
    void flagAndSourceColumnsAreUsed() throws Exception {
        Path f = csv("f.csv", "区ID,常住人口,标记,来源\ndongcheng,704000,E,北京区域统计年鉴2025 表2-3\n", StandardCharsets.UTF_8, false);
        ImportReport r = DistrictImport.read(f, beijing(), DAY);
        Provenance p = r.result().provenance().get("districts.dongcheng.population");
        assertEquals("E", p.flag());
        assertTrue(p.source().startsWith("北京区域统计年鉴2025 表2-3 (imported from f.csv, line 2"), p.source());
    }

    @Test
    void rowsNamingTwoDistrictsOrOneTwiceAreRefused() throws Exception {
        Path f = csv("d.csv", "区ID,区名,常住人口\ndongcheng,西城区,1000000\nhaidian,,3000000\n,海淀区,3100000\n", StandardCharsets.UTF_8, false);
        ImportReport r = DistrictImport.read(f, beijing(), DAY);
        assertEquals(707000, r.result().region().district("dongcheng").population());
        assertEquals(3000000, r.result().region().district("haidian").population());
        assertEquals(2, r.of(Kind.REJECTED).size(), String.join("\n", r.lines()));
    }

    @Test
    void exportThenImportGivesTheSameRegion() throws Exception {
        for (RegionDocument doc : List.of(beijing(), jiangmen())) {
            for (String ext : List.of("xlsx", "csv")) {
                Path f = dir.resolve(doc.region().id() + "." + ext);
                DistrictExport.write(doc, f);
                ImportReport r = DistrictImport.read(f, doc, DAY);
                String report = String.join("\n", r.lines());
                assertEquals(doc.region(), r.result().region(), report);
                assertEquals(doc.provenance(), r.result().provenance());
                assertTrue(r.of(Kind.READ).isEmpty(), report);
                assertFalse(r.anyRejected(), report);
                assertTrue(r.of(Kind.UNKNOWN_COLUMN).isEmpty(), report);
                assertTrue(r.of(Kind.MISSING_COLUMN).isEmpty(), report);
                assertEquals(doc.region().districts().size(), r.districtRows());
            }
        }
        // one figure changed in the exported csv comes back as that one change, flagged S
        RegionDocument bj = beijing();
        Path f = dir.resolve("bj.csv");
        DistrictExport.write(bj, f);
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("dongcheng,东城区,Dongcheng,110101,core,707000,", "dongcheng,东城区,Dongcheng,110101,core,704000,");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        ImportReport r = DistrictImport.read(f, bj, DAY);
        assertEquals(1, r.of(Kind.READ).size(), String.join("\n", r.lines()));
        assertEquals(704000, r.result().region().district("dongcheng").population());
        assertEquals("S", r.result().provenanceOf("districts.dongcheng.population").flag());
    }

    @Test
    void templateHasHeadersAndACommentedExampleAndImportsAsNoChange() throws Exception {
        RegionDocument bj = beijing();
        for (String ext : List.of("xlsx", "csv")) {
            Path blank = dir.resolve("blank." + ext);
            DistrictTemplate.write(blank, null);
            Path filled = dir.resolve("filled." + ext);
            DistrictTemplate.write(filled, bj);
            ImportReport r = DistrictImport.read(filled, bj, DAY);
            String report = String.join("\n", r.lines());
            assertTrue(r.of(Kind.READ).isEmpty(), report);
            assertFalse(r.anyRejected(), report);
            assertEquals(16, r.districtRows(), report);
            assertEquals(bj.region(), r.result().region());
            // a table with no district rows is an error, not an import of nothing
            ScenarioFileException none = assertThrows(ScenarioFileException.class, () -> DistrictImport.read(blank, bj, DAY));
            assertTrue(none.getMessage().contains("no row of the table names a district of beijing"), none.getMessage());
        }
        String csv = Files.readString(dir.resolve("blank.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF区ID,区名,英文名,行政区划代码,功能区,常住人口,非户籍人口占比,0岁儿童数"), csv);
        assertTrue(csv.contains("人均可支配收入（元/年）"));
        assertTrue(csv.contains("# 示例 example"));
    }

    @Test
    void theImportedRegionSavesAsARegionFile() throws Exception {
        RegionDocument bj = beijing();
        Path f = csv("t.csv", "区ID,常住人口\ndongcheng,800000\n", StandardCharsets.UTF_8, false);
        ImportReport r = DistrictImport.read(f, bj, DAY);
        Path out = dir.resolve("beijing-new.yaml");
        RegionDocument saved = RegionWriter.save(r.result(), out, "imported");
        RegionDocument again = RegionReader.read(Location.of(out));
        assertEquals(r.result().region(), again.region());
        assertEquals(r.result().provenance(), again.provenance());
        assertEquals(saved.region(), again.region());
        // +100,000 residents moves the city total by 0.5%: the stated totals still hold
        assertEquals(bj.totals(), again.totals());
    }
}
