package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.LeverKey;

class WorkspaceFilesTest {

    private static WorkspaceDocument sample(Path dir) throws Exception {
        ScenarioDocument base = ScenarioFiles.load(Location.builtin("beijing-2025.yaml"));
        ScenarioDocument reform = ScenarioFiles.load(Location.builtin("beijing-2025-hangzhou-vouchers.yaml"));
        // A reform made in the app: new levers, a name and a two-line description, never saved alone.
        ScenarioDocument made = base.withLevers(base.scenario().levers().withRegionWide(LeverKey.values()[0], 1234))
                .withName("新方案 1", "New reform 1").withDescription("第一行：来源 北京市卫健委\n\n第三行", "first\nsecond");
        Path own = dir.resolve("hangzhou.yaml");
        ScenarioDocument savedReform = ScenarioFiles.save(reform, own);
        return new WorkspaceDocument(List.of(
                new WorkspaceDocument.Entry(base, null, "#7F7F7F"),
                new WorkspaceDocument.Entry(savedReform, own, "#1F77B4"),
                new WorkspaceDocument.Entry(made, null, null)), 2030, 2);
    }

    @Test
    void aWorkspaceOpensAsItWasSaved(@TempDir Path dir) throws Exception {
        WorkspaceDocument ws = sample(dir);
        Path file = dir.resolve("研究 workspace.tuoyu");
        WorkspaceWriter.write(ws, file);
        WorkspaceDocument again = WorkspaceReader.read(file);
        assertEquals(3, again.scenarios().size());
        assertEquals(2030, again.year());
        assertEquals(2, again.selected());
        for (int i = 0; i < 3; i++) {
            ScenarioDocument a = ws.scenarios().get(i).document();
            ScenarioDocument b = again.scenarios().get(i).document();
            assertEquals(a.scenario(), b.scenario(), "scenario " + i);
            assertEquals(a.name(), b.name());
            assertEquals(a.nameEn(), b.nameEn());
            assertEquals(a.descriptionZh(), b.descriptionZh());
            assertEquals(a.descriptionEn(), b.descriptionEn());
            assertEquals(ws.scenarios().get(i).colour(), again.scenarios().get(i).colour());
            assertEquals(a.isReform(), b.isReform());
        }
        assertEquals(dir.resolve("hangzhou.yaml").toAbsolutePath(), again.scenarios().get(1).file());
        assertNull(again.scenarios().get(0).file());
        assertEquals("第一行：来源 北京市卫健委\n\n第三行", again.scenarios().get(2).document().descriptionZh());
        // the reform's own file moved on after the workspace was saved: the workspace keeps what it held
        Files.writeString(dir.resolve("hangzhou.yaml"), "scenario: {name: changed}\nextends: builtin:beijing-2025.yaml\n");
        assertEquals(ws.scenarios().get(1).document().scenario(), WorkspaceReader.read(file).scenarios().get(1).document().scenario());
    }

    @Test
    void aScenarioNamedOnlyByItsFileIsReadFromThere(@TempDir Path dir) throws Exception {
        ScenarioFiles.save(ScenarioFiles.load(Location.builtin("beijing-2025.yaml")), dir.resolve("base.yaml"));
        Path file = dir.resolve("w.tuoyu");
        Files.writeString(file, "workspace:\n  version: 1\nscenarios:\n  - file: base.yaml\n");
        WorkspaceDocument ws = WorkspaceReader.read(file);
        assertEquals(dir.resolve("base.yaml").toAbsolutePath(), ws.scenarios().get(0).file());
        assertEquals(ws.baseline().scenario().horizon().firstYear(), ws.year());
        assertNull(ws.scenarios().get(0).colour());
    }

    private static ScenarioFileException refused(Path dir, String text) throws Exception {
        Path file = dir.resolve("bad.tuoyu");
        Files.writeString(file, text);
        return assertThrows(ScenarioFileException.class, () -> WorkspaceReader.read(file));
    }

    @Test
    void badInputIsNamedByFileLineFieldAndValue(@TempDir Path dir) throws Exception {
        WorkspaceDocument ws = sample(dir);
        String good = WorkspaceWriter.toText(ws, Location.of(dir.resolve("bad.tuoyu")));

        ScenarioFileException e = refused(dir, good.replace("\"#1F77B4\"", "\"blue\""));
        assertTrue(e.getMessage().endsWith("bad.tuoyu:" + lineOf(good, "#1F77B4") + ": scenarios[1].colour = blue: must be a colour written #RRGGBB, e.g. \"#1F77B4\""),
                e.getMessage());

        e = refused(dir, good.replace("year: 2030", "year: 1990"));
        assertEquals("workspace.year", e.keyPath());
        assertEquals("1990", e.value());
        assertEquals(lineOf(good, "year: 2030"), e.line());

        e = refused(dir, good.replace("selected: 2", "selected: 7"));
        assertEquals("workspace.selected", e.keyPath());

        e = refused(dir, good.replace("version: 1", "version: " + (WorkspaceDocument.VERSION + 1)));
        assertTrue(e.problem().contains("later version"), e.problem());

        e = refused(dir, good.replace("  - colour: \"#1F77B4\"", "  - colour: \"#1F77B4\"\n    colr: 1"));
        assertTrue(e.problem().contains("did you mean 'colour'"), e.problem());

        // inside a scenario's text: the workspace file's own line, the scenario's key path
        String name = "        name: 新方案 1";
        e = refused(dir, good.replace(name, name + "\n        nmae: x"));
        assertTrue(e.file().endsWith("bad.tuoyu"), e.file());
        assertEquals(lineOf(good, name) + 1, e.line());
        assertEquals("scenario.nmae", e.keyPath());

        e = refused(dir, "workspace:\n  version: 1\nscenarios:\n  - file: missing.yaml\n");
        assertEquals(4, e.line());
        assertEquals("scenarios[0].file", e.keyPath());
        assertTrue(e.problem().contains("no such file"), e.problem());

        e = refused(dir, "workspace:\n  version: 1\nscenarios:\n  - file: /etc/passwd\n");
        assertEquals("scenarios[0].file", e.keyPath());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void aWorkspaceHoldsOneRegion(@TempDir Path dir) throws Exception {
        ScenarioDocument bj = ScenarioFiles.load(Location.builtin("beijing-2025.yaml"));
        ScenarioDocument jm = ScenarioFiles.load(Location.builtin("jiangmen-2024.yaml"));
        String text = WorkspaceWriter.toText(new WorkspaceDocument(List.of(new WorkspaceDocument.Entry(bj, null, null),
                new WorkspaceDocument.Entry(jm, null, null)), bj.scenario().horizon().firstYear(), 0), Location.of(dir.resolve("bad.tuoyu")));
        ScenarioFileException e = refused(dir, text);
        assertEquals("scenarios[1]", e.keyPath());
        assertTrue(e.problem().contains("one region"), e.problem());
    }

    @Test
    void aCalibratedBaselineWithOtherLeversOpensWithTheNumbersItHad(@TempDir Path dir) throws Exception {
        // Jiangmen is fitted to its enrolled count, which the levers move: read afresh, a copy of the baseline with
        // other levers (a reform made by a lever move on the read-only baseline) would be fitted again, to other numbers.
        ScenarioDocument base = ScenarioFiles.load(Location.builtin("jiangmen-2024.yaml"));
        assertTrue(base.calibrate());
        ScenarioDocument made = base.withLevers(base.scenario().levers().withRegionWide(LeverKey.VOUCHER_A2, 1500)).withName("新方案 1", "New reform 1");
        Path file = dir.resolve("jm.tuoyu");
        WorkspaceWriter.write(new WorkspaceDocument(List.of(new WorkspaceDocument.Entry(base, null, null),
                new WorkspaceDocument.Entry(made, null, null)), base.scenario().horizon().firstYear(), 1), file);
        WorkspaceDocument again = WorkspaceReader.read(file);
        assertEquals(base.scenario(), again.scenarios().get(0).document().scenario());
        assertEquals(made.scenario(), again.scenarios().get(1).document().scenario());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError("no line with " + needle);
    }
}
