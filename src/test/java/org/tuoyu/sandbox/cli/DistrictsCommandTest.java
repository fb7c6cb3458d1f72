package org.tuoyu.sandbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistrictsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    @Test
    void exportTemplateAndImport() throws Exception {
        Path x = dir.resolve("bj.xlsx");
        assertEquals(0, run("districts", "export", "scenarios/beijing-2025.yaml", x.toString()), err.toString());
        assertTrue(Files.size(x) > 0);
        assertEquals(0, run("districts", "template", dir.resolve("t.csv").toString()));
        assertEquals(0, run("districts", "template", dir.resolve("t.xlsx").toString(), "builtin:regions/jiangmen.yaml"));

        Path table = dir.resolve("t-good.csv");
        Files.writeString(table, "区名,常住人口\n东城区,710000\n");
        Path outFile = dir.resolve("new.yaml");
        assertEquals(0, run("districts", "import", "scenarios/regions/beijing.yaml", table.toString(), "--out", outFile.toString()), out());
        assertTrue(out().contains("707000 → 710000"), out());
        var again = org.tuoyu.sandbox.scenario.RegionReader.read(org.tuoyu.sandbox.scenario.Location.of(outFile));
        assertEquals(710000, again.region().district("dongcheng").population());
        assertTrue(again.provenanceOf("districts.dongcheng.population").source().startsWith("imported from t-good.csv, line 2"));

        Path bad = dir.resolve("t-bad.csv");
        Files.writeString(bad, "区名,常住人口,户均人口\n东城区,abc,2.3\n");
        Path out2 = dir.resolve("new2.yaml");
        assertEquals(2, run("districts", "import", "scenarios/regions/beijing.yaml", bad.toString(), "--out", out2.toString()));
        assertTrue(out().contains("line 2") && out().contains("is not a number") && out().contains("nothing written"), out());
        assertFalse(Files.exists(out2));
        assertEquals(2, run("districts", "import", "scenarios/regions/beijing.yaml", bad.toString(), "--lang", "zh"));
        assertTrue(out().contains("第 2 行") && out().contains("不是数字") && out().contains("未写入任何文件"), out());
        assertFalse(out().contains("line 2") || out().contains("is not a number"), out());
        assertEquals(2, run("districts", "import", "scenarios/regions/beijing.yaml", bad.toString(), "--lang", "fr"));
        assertEquals(2, run("districts", "import", "scenarios/regions/beijing.yaml", bad.toString(), "--out", out2.toString(), "--force"));
        assertTrue(Files.exists(out2));
        assertTrue(Files.readString(out2).contains("householdSize: {value: 2.3, flag: S"), Files.readString(out2));

        assertEquals(2, run("districts", "import", "scenarios/regions/beijing.yaml", dir.resolve("none.csv").toString()));
        assertEquals(2, run("districts", "frobnicate"));
    }
}
