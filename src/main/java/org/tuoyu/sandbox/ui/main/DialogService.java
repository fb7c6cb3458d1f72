package org.tuoyu.sandbox.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.ui.scenarios.ScenarioActions;

/**
 * Every question the file and scenario actions ask the user, behind one interface (like the export's
 * TargetChooser), so those actions run in tests without a window. {@link FxDialogService} asks with
 * real dialogs.
 */
public interface DialogService {

    /** What to do with unsaved scenarios before they would be lost. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** Scenario files to open (several at once), or an empty list. */
    List<Path> chooseScenarioFiles();

    /** A workspace file (.tuoyu) to open, or null when cancelled. */
    Path chooseWorkspaceFile();

    /** Where to save the workspace, or null when cancelled. */
    Path chooseWorkspaceSaveTarget(String suggestedFileName);

    /** Where to save a scenario, or null when cancelled. */
    Path chooseSaveTarget(String suggestedFileName);

    /** Asks about these unsaved scenarios (their names as shown). */
    Unsaved askUnsaved(List<String> names);

    void showBrokenFile(ScenarioFileException e);

    void showError(String header, String text);

    Optional<ScenarioActions.Preset> choosePreset(List<ScenarioActions.Preset> presets);

    /** A scenario's description in both languages. */
    record Description(String zh, String en) {}

    /** The description edited (both languages; the file's source shown beside), or empty when cancelled. */
    Optional<Description> askDescription(String name, Description current, String source);

    /** A new name for a scenario, or empty when cancelled. */
    Optional<String> askName(String current);

    boolean confirmDelete(String name);

    void tellBaselineCannotBeDeleted();

    /** A number of Monte Carlo draws, or empty. */
    Optional<Integer> askDraws(int current, int min, int max);

    boolean askRestore();

    /**
     * A reform (or the workspace) is to be saved but the baseline it extends is not on disk yet (an imported district
     * table): true to save that baseline, named and at {@code file}, first; false to save nothing.
     */
    boolean confirmSaveBaselineFirst(String baseline, Path file);
}
