package org.tuoyu.sandbox.ui.files;

import java.nio.file.Path;
import java.util.List;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** A second app instance for RecoveryTest: autosaves one edit, says so, and waits to be killed. */
public final class RecoveryChild {
    private RecoveryChild() {}

    public static void main(String[] args) throws Exception {
        ScenarioDocument d = ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml"));
        d = d.withLevers(d.scenario().levers().withRegionWide(LeverKey.VOUCHER_A1, 777));
        new Recovery(Path.of(args[0])).write(List.of(new Recovery.Snapshot(d, null, true, null)));
        System.out.println("saved");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
