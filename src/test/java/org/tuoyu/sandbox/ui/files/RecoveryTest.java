package org.tuoyu.sandbox.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** Crash recovery with several instances, kills at any moment, and files that no longer load. */
class RecoveryTest {

    @TempDir
    Path root;

    private static ScenarioDocument doc(String ref, double voucher) throws Exception {
        ScenarioDocument d = ScenarioFiles.load(Location.parse(ref));
        return d.withLevers(d.scenario().levers().withRegionWide(LeverKey.VOUCHER_A1, voucher));
    }

    @Test
    void aRunningInstancesAutosaveIsNeverOfferedAndAKilledOnesIs() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecoveryChild.class.getName(), root.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("saved"));
            assertEquals("saved", line, "the second instance autosaved");
            Recovery mine = new Recovery(root);
            assertTrue(mine.orphans().isEmpty(), "the running instance's autosave is not offered");
            child.destroyForcibly(); // kill -9
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            List<Recovery.Orphan> orphans = mine.orphans();
            assertEquals(1, orphans.size());
            Recovery.Contents c = orphans.get(0).read();
            assertEquals(777, c.entries().get(0).document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A1));
            orphans.get(0).discard();
            assertTrue(mine.orphans().isEmpty());
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void twoWindowsOfOneProcessDoNotSeeEachOthersAutosave() throws Exception {
        Recovery a = new Recovery(root);
        a.write(List.of(new Recovery.Snapshot(doc("builtin:beijing-2025.yaml", 100), null, true, null)));
        Recovery b = new Recovery(root);
        assertTrue(b.orphans().isEmpty());
        a.close();
        assertFalse(Files.exists(a.slot()), "a clean exit leaves nothing");
    }

    @Test
    void aKillBetweenTheFilesAndTheSwitchRestoresThePreviousAutosaveWhole() throws Exception {
        Recovery r = new Recovery(root);
        r.write(List.of(new Recovery.Snapshot(doc("builtin:beijing-2025.yaml", 100), null, true, null),
                new Recovery.Snapshot(doc("builtin:beijing-2025-hangzhou-vouchers.yaml", 200), Path.of("/home/researcher/reform.yaml"), true, null)));
        // the next autosave was killed after its first file: a folder that was never switched to
        Path half = Files.createDirectories(r.slot().resolve("snap-99"));
        Files.copy(r.slot().resolve("snap-1").resolve("scenario-1.yaml"), half.resolve("scenario-0.yaml"));
        List<Recovery.Entry> e = r.read();
        assertEquals(2, e.size());
        assertEquals(100, e.get(0).document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A1));
        assertEquals(Path.of("/home/researcher/reform.yaml"), e.get(1).originalFile(), "each tab keeps its own file");
        assertEquals(200, e.get(1).document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A1));
    }

    @Test
    void whatCanBeLoadedIsRestoredAndTheRestIsNamed() throws Exception {
        Recovery r = new Recovery(root);
        r.write(List.of(new Recovery.Snapshot(doc("builtin:beijing-2025.yaml", 100), null, true, null),
                new Recovery.Snapshot(doc("builtin:beijing-2025-hangzhou-vouchers.yaml", 200), null, true, null)));
        Path snap = r.slot().resolve(Files.readString(r.slot().resolve("current")).trim());
        Files.writeString(snap.resolve("scenario-0.yaml"), "scenario: [broken");
        Recovery.Contents c = new Recovery.Orphan(r.slot(), null).read();
        assertEquals(1, c.entries().size());
        assertEquals(200, c.entries().get(0).document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A1));
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).contains("scenario-0.yaml"), c.problems().get(0));
    }

    @Test
    void anAutosaveOfAnEarlierVersionIsOffered() throws Exception {
        ScenarioFiles.save(doc("builtin:beijing-2025.yaml", 300), root.resolve("scenario-0.yaml"));
        Files.writeString(root.resolve(Recovery.MANIFEST), "count=1\n0.file=scenario-0.yaml\n0.modified=true\n");
        List<Recovery.Orphan> o = new Recovery(root).orphans();
        assertEquals(1, o.size());
        assertEquals(300, o.get(0).read().entries().get(0).document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A1));
        o.get(0).discard();
        assertFalse(Files.exists(root.resolve(Recovery.MANIFEST)));
    }

    @Test
    void aStreamOfEditsIsSavedAtLeastEveryTenSeconds() {
        AutosaveSchedule s = new AutosaveSchedule();
        long second = 1_000_000_000L;
        List<Integer> saves = new java.util.ArrayList<>();
        for (int t = 0; t <= 35; t++) { // an edit every second for 35 s: the 2-second pause never comes
            if (s.edited(t * second)) {
                saves.add(t);
                s.saved();
            }
        }
        // no edit waits more than ten seconds to be saved
        assertEquals(List.of(10, 21, 32), saves);
    }
}
