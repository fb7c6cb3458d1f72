package org.tuoyu.sandbox.workshop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Brief;
import org.tuoyu.sandbox.export.ComparisonWorkbook;
import org.tuoyu.sandbox.export.ExportCancelledException;
import org.tuoyu.sandbox.export.ExportOptions;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.export.Palette;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.WorkshopBlock;
import org.tuoyu.sandbox.scenario.WorkspaceDocument;
import org.tuoyu.sandbox.scenario.WorkspaceReader;
import org.tuoyu.sandbox.scenario.WorkspaceWriter;

/**
 * What a workshop leaves behind. {@link #save} writes the workshop as one workspace file ({@code .tuoyu},
 * docs/decisions/0039): the baseline, one reform per group (its name, colour and levers, extending the baseline), and
 * a {@code workshop:} block with the open levers and their bounds, the goals, the year, the time limit and each
 * group's name, submission and levers; it opens in the app as a workspace like any other. {@link #open} reads it back
 * as a workshop ready to serve again, under a new join code. {@link #workbook} and {@link #brief} hand the baseline
 * and every group to the export's own writers.
 */
public final class WorkshopFiles {

    private WorkshopFiles() {}

    /** Saves the workshop as the workspace file {@code file} (atomically: a failed save leaves the previous one). */
    public static void save(Workshop w, Path file) throws IOException {
        List<Workshop.Group> groups = new ArrayList<>(w.ranked());
        groups.sort(Comparator.comparingInt(Workshop.Group::order)); // join order: a reopened group keeps its colour
        List<WorkspaceDocument.Entry> entries = new ArrayList<>();
        entries.add(new WorkspaceDocument.Entry(w.baseline(), null, Palette.BASELINE));
        List<WorkshopBlock.Group> saved = new ArrayList<>();
        for (Workshop.Group g : groups) {
            entries.add(new WorkspaceDocument.Entry(GroupReform.of(w, g), null, g.colour()));
            saved.add(new WorkshopBlock.Group(g.name(), g.submitted(), g.levers()));
        }
        List<String> levers = new ArrayList<>();
        for (DecisionLever l : w.levers()) levers.add(l.toString());
        List<String> goals = new ArrayList<>();
        for (Target t : w.goals()) goals.add(t.toString());
        WorkshopBlock block = new WorkshopBlock(w.code(), w.year(), levers, goals, w.minutes(), saved);
        WorkspaceWriter.write(new WorkspaceDocument(entries, w.year(), 0, block), file);
    }

    /**
     * A saved workshop as a new one with a new join code: the saved baseline, levers, goals, year and time limit, and
     * every group back on the board with its levers and submission (each group rejoins by typing its name). A file
     * that is not a saved workshop, or whose workshop block does not fit its baseline, is refused naming the file,
     * the key and the value.
     */
    public static Workshop open(Path file) throws ScenarioFileException {
        WorkspaceDocument doc = WorkspaceReader.read(file);
        String at = Location.of(file).display();
        WorkshopBlock b = doc.workshop();
        if (b == null) {
            throw new ScenarioFileException(at, 0, "workshop", null, "this workspace holds no workshop: open it with "
                    + WorkshopTexts.text(Language.ZH, "files.openWorkspace") + " / "
                    + WorkshopTexts.text(Language.EN, "files.openWorkspace"));
        }
        ScenarioDocument base = doc.baseline();
        List<DecisionLever> levers = new ArrayList<>();
        for (int i = 0; i < b.levers().size(); i++) {
            try {
                levers.add(DecisionLever.parse(b.levers().get(i), base.region().region()));
            } catch (IllegalArgumentException e) {
                throw new ScenarioFileException(at, 0, "workshop.levers[" + i + "]", b.levers().get(i), e.getMessage());
            }
        }
        List<Target> goals = new ArrayList<>();
        for (int i = 0; i < b.goals().size(); i++) {
            try {
                goals.add(Target.parse(b.goals().get(i), b.year()));
            } catch (IllegalArgumentException e) {
                throw new ScenarioFileException(at, 0, "workshop.goals[" + i + "]", b.goals().get(i), e.getMessage());
            }
        }
        Workshop w = new Workshop(base, levers, goals, b.year(), null);
        w.setMinutes(b.minutes());
        for (int i = 0; i < b.groups().size(); i++) {
            WorkshopBlock.Group g = b.groups().get(i);
            try {
                w.restore(g.name(), g.levers(), g.submitted());
            } catch (Workshop.Refused r) {
                throw new ScenarioFileException(at, 0, "workshop.groups[" + i + "]", g.name(), r.getMessage());
            }
        }
        return w;
    }

    /** The baseline first, then every group in ranked order, as the export writers take them. */
    public static List<ScenarioDocument> documents(Workshop w) {
        List<ScenarioDocument> docs = new ArrayList<>();
        docs.add(w.baseline());
        for (Workshop.Group g : w.ranked()) docs.add(GroupReform.of(w, g));
        return docs;
    }

    private static List<ScenarioResult> results(List<ScenarioDocument> docs) {
        List<ScenarioResult> out = new ArrayList<>();
        for (ScenarioDocument d : docs) out.add(Evaluator.evaluate(d.scenario()));
        return out;
    }

    /** The comparison workbook of the baseline and every group, the workshop's year beside the first and last. */
    public static void workbook(Workshop w, Path out, Language lang, ExportProgress progress)
            throws IOException, ExportCancelledException {
        List<ScenarioDocument> docs = documents(w);
        ComparisonWorkbook.write(docs, results(docs), null, ExportOptions.DEFAULT.withYear(w.year()), out, lang, progress);
    }

    /** The brief of the baseline and every group. */
    public static void brief(Workshop w, Path out, Language lang) throws IOException {
        List<ScenarioDocument> docs = documents(w);
        Brief.write(docs, results(docs), null, ExportOptions.DEFAULT.withYear(w.year()), out, lang);
    }
}
