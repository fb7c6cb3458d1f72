package org.tuoyu.sandbox.ui.districts;

import java.nio.file.Path;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;

/** What the district import asks the user; {@link FxImportDialogs} asks with real dialogs, tests answer some themselves. */
public interface ImportDialogs {

    /** The district table (.xlsx or .csv) to import, or null when cancelled. */
    Path chooseTable();

    /** Shows the report (rows matched, values old → new, refusals by cell); true when the user accepts it. */
    boolean review(ImportReport report, RegionDocument region);

    /** Where the new baseline scenario goes (its region file beside it), or null when cancelled. */
    Path chooseBaselineTarget(String suggestedFileName, Path folder);

    /** A table or a write that was refused: the import's own message (file, cell, value, why). */
    void showRefused(ScenarioFileException e);
}
