package org.tuoyu.sandbox.ui.files;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.tuoyu.sandbox.scenario.AtomicFiles;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * Autosave for crashes: every open scenario is written to the recovery folder (through
 * AtomicFiles, so a crash mid-write leaves the last copy whole) with a manifest naming where each
 * came from. A clean exit clears it; a manifest found at start means the last run did not end well.
 */
public final class Recovery {

    static final String MANIFEST = "recovery.properties";

    /** One scenario as found in the recovery folder. */
    public record Entry(ScenarioDocument document, Path originalFile, boolean modified, ScenarioDocument original) {}

    private final Path dir;

    public Recovery(Path dir) { this.dir = dir; }

    /** A snapshot of one slot to write. */
    public record Snapshot(ScenarioDocument document, Path originalFile, boolean modified, String origin) {}

    public void write(List<Snapshot> slots) throws IOException {
        Properties p = new Properties();
        p.setProperty("count", Integer.toString(slots.size()));
        for (int i = 0; i < slots.size(); i++) {
            Snapshot s = slots.get(i);
            String name = "scenario-" + i + ".yaml";
            ScenarioFiles.save(s.document(), dir.resolve(name));
            p.setProperty(i + ".file", name);
            if (s.originalFile() != null) p.setProperty(i + ".original", s.originalFile().toString());
            p.setProperty(i + ".modified", Boolean.toString(s.modified()));
            if (s.origin() != null) p.setProperty(i + ".origin", s.origin());
        }
        StringWriter w = new StringWriter();
        p.store(w, "Childcare Policy Sandbox recovery; deleted on a clean exit");
        AtomicFiles.writeString(dir.resolve(MANIFEST), w.toString());
    }

    public boolean exists() { return Files.isRegularFile(dir.resolve(MANIFEST)); }

    public List<Entry> read() throws IOException, ScenarioFileException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(dir.resolve(MANIFEST))));
        int n = Integer.parseInt(p.getProperty("count", "0"));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ScenarioDocument d = ScenarioFiles.load(dir.resolve(p.getProperty(i + ".file")));
            String orig = p.getProperty(i + ".original");
            ScenarioDocument original = null;
            String origin = p.getProperty(i + ".origin");
            if (origin != null) {
                try {
                    original = ScenarioFiles.load(org.tuoyu.sandbox.scenario.Location.parse(origin));
                } catch (ScenarioFileException e) {
                    // the original is gone or changed; the restored work is measured against itself
                }
            }
            out.add(new Entry(d, orig == null ? null : Path.of(orig), Boolean.parseBoolean(p.getProperty(i + ".modified")), original));
        }
        return out;
    }

    public void clear() throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : (Iterable<Path>) s::iterator) Files.deleteIfExists(f);
        }
    }
}
