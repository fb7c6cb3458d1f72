package org.tuoyu.sandbox.workshop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * What a workshop leaves behind. {@link #save} writes a workshop folder: {@code baseline.yaml}, one scenario file per
 * group that {@code extends: baseline.yaml} (ranked order, {@code 01-NAME.yaml}), and {@code workshop.json} with the
 * code, year, open levers, goals and the groups; every file opens in the app or on the command line as any scenario.
 * The folder is written beside its target and moved into place whole, so a failed save leaves the previous one.
 * {@link #workbook} and {@link #brief} hand the baseline and every group to the export's own writers.
 */
public final class WorkshopFiles {

    /** The manifest that marks a folder as a saved workshop (and so as one a new save may replace). */
    public static final String MANIFEST = "workshop.json";
    public static final String BASELINE = "baseline.yaml";

    private WorkshopFiles() {}

    /** Saves the workshop as the folder {@code dir}; returns the group files written, in ranked order. */
    public static List<Path> save(Workshop w, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) throw new IOException("the folder " + parent + " does not exist");
        if (Files.exists(target) && !Files.isRegularFile(target.resolve(MANIFEST))) {
            throw new IOException(target + " already exists and is not a saved workshop (no " + MANIFEST
                    + "): choose a new folder name; nothing was written");
        }
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".saving-");
        try {
            List<String> names = write(w, tmp);
            replace(tmp, target);
            List<Path> out = new ArrayList<>();
            for (String n : names) out.add(target.resolve(n));
            return out;
        } finally {
            deleteTree(tmp);
        }
    }

    private static List<String> write(Workshop w, Path dir) throws IOException {
        ScenarioDocument base = ScenarioFiles.save(w.baseline(), dir.resolve(BASELINE));
        List<String> names = new ArrayList<>();
        List<Object> groups = new ArrayList<>();
        int rank = 1;
        for (Workshop.Group g : w.ranked()) {
            String file = String.format("%02d-%s.yaml", rank, fileName(g.name()));
            Path p = dir.resolve(file);
            ScenarioFiles.save(GroupReform.of(w, g, base, Location.of(p)), p);
            names.add(file);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank++);
            m.put("name", g.name());
            m.put("file", file);
            m.put("submitted", g.submitted());
            m.put("levers", g.levers());
            m.put("goalsMet", g.goalsMet());
            groups.add(m);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("saved", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        manifest.put("code", w.code());
        manifest.put("year", w.year());
        manifest.put("baseline", BASELINE);
        List<String> levers = new ArrayList<>();
        for (DecisionLever l : w.levers()) levers.add(l.toString());
        manifest.put("levers", levers);
        List<String> goals = new ArrayList<>();
        for (Target t : w.goals()) goals.add(t.toString());
        manifest.put("goals", goals);
        manifest.put("groups", groups);
        byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest);
        Files.write(dir.resolve(MANIFEST), json);
        return names;
    }

    /** A file name from a group name: its letters and digits (any script), the rest as '_'. */
    static String fileName(String group) {
        String s = group.replaceAll("[^\\p{L}\\p{N}_-]", "_").replaceAll("_+", "_");
        s = s.replaceAll("^_|_$", "");
        return s.isEmpty() ? "group" : s;
    }

    /** Moves the new folder into place; a previous save there is moved aside first and removed after. */
    private static void replace(Path fresh, Path target) throws IOException {
        Path aside = null;
        if (Files.exists(target)) {
            aside = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
            Files.delete(aside);
            move(target, aside);
        }
        try {
            move(fresh, target);
        } catch (IOException e) {
            if (aside != null) move(aside, target); // put the previous save back as it was
            throw e;
        }
        if (aside != null) deleteTree(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
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
