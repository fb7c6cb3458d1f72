package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.scenario.DistrictImport;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.WorkspaceReader;
import org.tuoyu.sandbox.ui.districts.ImportedRegion;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * A district table imported in the app writes nothing until the baseline is saved (decision 0043): undo leaves the
 * disk as it was; Save writes the region file and the baseline, which open with the numbers shown; a reform or the
 * workspace cannot be saved before the baseline it extends is on disk; an autosave keeps it, still unwritten.
 */
class ImportedRegionSaveTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private ScenarioActions actions;

    private void importTable(Path baselineFile) throws Exception {
        Path table = dir.resolve("分区.csv");
        Files.writeString(table, "区名,普惠托位\n海淀,20000\n", StandardCharsets.UTF_8);
        ImportReport report = DistrictImport.read(table, ws.baseline().document().region());
        List<ScenarioDocument> open = new ArrayList<>();
        for (ScenarioSlot s : ws.slots()) open.add(s.document());
        ImportedRegion.Result r = ImportedRegion.apply(report, open, baselineFile);
        ws.replaceAll(r.documents(), r.baselineFile(), r.region(), "import");
    }

    private void open() throws Exception {
        ws = new Workspace(Runnable::run, Runnable::run);
        ws.reset(ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml")), null);
        actions = new ScenarioActions(ws);
        actions.addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
    }

    private static double budget(ScenarioDocument d) { return Evaluator.evaluate(d.scenario()).last().fiscal().total(); }

    @Test
    void undoLeavesTheDiskAsItWasAndSaveWritesBothFilesThatOpenAsShown() throws Exception {
        open();
        ScenarioSlot base = ws.baseline(), reform = ws.slots().get(1);
        ScenarioDocument before = base.document();
        double budgetBefore = budget(before);
        Path target = dir.resolve("beijing-imported.yaml"), regionFile = dir.resolve("beijing-imported.region.yaml");
        importTable(target);
        assertEquals(20000, base.document().region().region().district("haidian").seats().inclusive());
        assertFalse(Files.exists(target) || Files.exists(regionFile), "accepting writes nothing");
        assertSame(base, actions.baselineToSaveFirst(reform));
        assertSame(base, actions.baselineToSaveFirst(null), "nor can the workspace be saved before it");
        IOException refused = assertThrows(IOException.class, () -> actions.save(reform, dir.resolve("r.yaml")));
        assertTrue(refused.getMessage().contains(target.toString()), refused.getMessage());
        assertThrows(IOException.class, () -> actions.saveWorkspace(dir.resolve("all.tuoyu")));
        assertFalse(Files.exists(dir.resolve("r.yaml")) || Files.exists(dir.resolve("all.tuoyu")));

        ws.undoStack().undo();
        assertSame(before, base.document());
        assertNull(ws.pendingRegion());
        assertEquals(budgetBefore, budget(base.document()), 1e-6, "the results as before");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("分区.csv"), files.map(p -> p.getFileName().toString()).toList(), "the disk as before");
        }

        ws.undoStack().redo();
        double shown = budget(base.document()), reformShown = budget(reform.document());
        actions.save(base, target);
        assertTrue(Files.exists(target) && Files.exists(regionFile));
        assertNull(ws.pendingRegion(), "the region file is written");
        assertEquals(shown, budget(ScenarioFiles.load(target)), 1e-6, "the baseline opens as shown");
        actions.save(reform, dir.resolve("r.yaml"));
        assertEquals(reformShown, budget(ScenarioFiles.load(dir.resolve("r.yaml"))), 1e-6, "the reform opens as shown");
        actions.saveWorkspace(dir.resolve("all.tuoyu"));
        assertEquals(reformShown, budget(WorkspaceReader.read(dir.resolve("all.tuoyu")).scenarios().get(1).document()), 1e-6);
    }

    @Test
    void anAutosaveOfAnImportNotSavedYetRestoresItWithItsRegionStillToWrite() throws Exception {
        open();
        Path target = dir.resolve("beijing-imported.yaml"), regionFile = dir.resolve("beijing-imported.region.yaml");
        importTable(target);
        double shown = budget(ws.baseline().document()), reformShown = budget(ws.slots().get(1).document());
        org.tuoyu.sandbox.ui.files.Recovery recovery = new org.tuoyu.sandbox.ui.files.Recovery(dir.resolve("recovery"));
        actions.autosave(recovery);
        List<org.tuoyu.sandbox.ui.files.Recovery.Entry> entries = recovery.read();
        assertFalse(Files.exists(target) || Files.exists(regionFile), "the autosave writes nothing beside the table");

        open(); // another window, as after a crash
        actions.restore(entries);
        assertEquals(2, ws.slots().size());
        assertEquals(20000, ws.baseline().document().region().region().district("haidian").seats().inclusive());
        assertEquals(shown, budget(ws.baseline().document()), 1e-6);
        assertEquals(reformShown, budget(ws.slots().get(1).document()), 1e-6);
        assertEquals(regionFile, ws.pendingRegion().file(), "the region is still to be written");
        assertSame(ws.baseline(), actions.baselineToSaveFirst(ws.slots().get(1)));
        actions.save(ws.baseline(), target);
        actions.save(ws.slots().get(1), dir.resolve("r.yaml"));
        assertEquals(shown, budget(ScenarioFiles.load(target)), 1e-6);
        assertEquals(reformShown, budget(ScenarioFiles.load(dir.resolve("r.yaml"))), 1e-6);
        recovery.close();
    }

    @Test
    void aBaselineSavedElsewhereThanPlannedTakesItsReformsAlong() throws Exception {
        open();
        ScenarioSlot base = ws.baseline(), reform = ws.slots().get(1);
        importTable(dir.resolve("planned.yaml"));
        double reformShown = budget(reform.document());
        Path elsewhere = dir.resolve("elsewhere.yaml");
        actions.save(base, elsewhere);
        assertTrue(Files.exists(dir.resolve("planned.region.yaml")), "the region file goes where it was planned");
        assertFalse(Files.exists(dir.resolve("planned.yaml")));
        actions.save(reform, dir.resolve("r.yaml"));
        assertTrue(Files.readString(dir.resolve("r.yaml")).contains("extends: elsewhere.yaml"), Files.readString(dir.resolve("r.yaml")));
        assertEquals(reformShown, budget(ScenarioFiles.load(dir.resolve("r.yaml"))), 1e-6);
    }
}
