package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.WorkspaceReader;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * A reform of a baseline edited in "edit baseline" mode (issue 12): saved, it used to extend the baseline file as it
 * was opened, without the edits, so it opened again with other numbers. Now it is written against the baseline file as
 * that file reads (the edited values written into the reform), alone or in a workspace, and after the edited baseline
 * itself was saved too.
 */
class EditedBaselineSaveTest {

    private static void sameHeadline(ScenarioDocument shown, ScenarioDocument reopened, String what) {
        ScenarioResult a = Evaluator.evaluate(shown.scenario()), b = Evaluator.evaluate(reopened.scenario());
        for (int k = 0; k < a.years().size(); k++) {
            assertEquals(a.years().get(k).fiscal().total(), b.years().get(k).fiscal().total(), 1e-6, what + ": general budget, year " + k);
            assertEquals(a.years().get(k).totals().enrolled(), b.years().get(k).totals().enrolled(), 1e-9, what + ": enrolled, year " + k);
        }
    }

    /** The baseline edited (voucher and leave), then a reform forked from it with a change of its own. */
    private static ScenarioSlot editThenFork(Workspace ws) {
        ScenarioSlot base = ws.baseline();
        ws.editBaselineProperty().set(true);
        double parental = base.document().scenario().levers().regionWide().get(LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR);
        ws.setLever(base, null, LeverKey.VOUCHER_A2, 777);
        ws.setLever(base, null, LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR, parental + 3);
        assertTrue(base.isModified(), "edit mode edits the baseline itself");
        ws.editBaselineProperty().set(false);
        ws.select(base);
        ws.setLever(base, null, LeverKey.VOUCHER_A1, 555); // forks: the baseline is read-only again
        ScenarioSlot reform = ws.selected();
        assertTrue(reform != base && reform.document().isReform());
        return reform;
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin:beijing-2025.yaml", "builtin:jiangmen-2024.yaml"})
    void theReformSavedAloneOrInAWorkspaceOpensWithTheNumbersShown(String baseline, @TempDir Path dir) throws Exception {
        Workspace ws = new Workspace(Runnable::run, Runnable::run);
        ws.reset(ScenarioFiles.load(Location.parse(baseline)), null);
        ScenarioActions actions = new ScenarioActions(ws);
        ScenarioSlot reform = editThenFork(ws);
        ScenarioDocument shown = reform.document();
        double shownBudget = Evaluator.evaluate(shown.scenario()).first().fiscal().total();

        Path file = dir.resolve("reform.yaml");
        actions.save(reform, file);
        String text = Files.readString(file);
        assertTrue(text.contains("extends: " + baseline), text);
        assertTrue(text.contains("777"), "the baseline's edited voucher is written into the reform:\n" + text);
        ScenarioDocument reopened = ScenarioFiles.load(file);
        sameHeadline(shown, reopened, "saved alone\n" + text);
        assertEquals(shownBudget, Evaluator.evaluate(reopened.scenario()).first().fiscal().total(), 1e-6);

        Path wsFile = dir.resolve("all.tuoyu");
        actions.saveWorkspace(wsFile);
        var again = WorkspaceReader.read(wsFile);
        // the reforms; the edited baseline itself takes its edited leave as its data year's when read again (KEPT_CALIBRATION)
        for (int k = 1; k < ws.slots().size(); k++) {
            sameHeadline(ws.slots().get(k).document(), again.scenarios().get(k).document(), ws.slots().get(k).name() + " in the workspace");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin:beijing-2025.yaml", "builtin:jiangmen-2024.yaml"})
    void theReformSavedAfterTheEditedBaselineOpensWithTheNumbersShown(String baseline, @TempDir Path dir) throws Exception {
        Workspace ws = new Workspace(Runnable::run, Runnable::run);
        ws.reset(ScenarioFiles.load(Location.parse(baseline)), null);
        ScenarioActions actions = new ScenarioActions(ws);
        ScenarioSlot reform = editThenFork(ws);
        ScenarioDocument shown = reform.document();
        Path baseFile = dir.resolve("base.yaml");
        actions.save(ws.baseline(), baseFile); // opened again, an edited calibrated baseline is fitted to its new levers
        Path file = dir.resolve("reform.yaml");
        actions.save(reform, file);
        sameHeadline(shown, ScenarioFiles.load(file), "saved after its baseline\n" + Files.readString(file));
    }
}
