package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Horizon;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a workspace file ({@link WorkspaceWriter} writes it). Each scenario is its embedded {@code text:}, or,
 * without one, the scenario file its {@code file:} names. Any problem is one {@link ScenarioFileException}
 * naming the workspace file (or the scenario file it names), the line, the key and the value; nothing is
 * half-read.
 */
public final class WorkspaceReader {

    private static final List<String> TOP = List.of("workspace", "workshop", "scenarios");
    private static final List<String> HEAD = List.of("version", "year", "selected");
    private static final List<String> ITEM = List.of("colour", "file", "text");

    private WorkspaceReader() {}

    public static WorkspaceDocument read(Path file) throws ScenarioFileException {
        Location at = Location.of(file);
        byte[] bytes;
        try {
            bytes = at.readBytes();
        } catch (IOException e) {
            throw new ScenarioFileException(at.display(), 0, "", null, "cannot read the file: " + Location.reason(e));
        }
        return parse(at, SourceText.decode(at.display(), bytes));
    }

    static WorkspaceDocument parse(Location at, String text) throws ScenarioFileException {
        YamlNode root = YamlNode.parse(at.display(), text);
        Map<String, YamlNode> top = root.entries(TOP);
        YamlNode head = RegionReader.required(root, top, "workspace");
        Map<String, YamlNode> h = head.entries(HEAD);
        YamlNode version = RegionReader.required(head, h, "version");
        if (whole(version, 1, Integer.MAX_VALUE) > WorkspaceDocument.VERSION) {
            throw version.error("this workspace was written by a later version of the sandbox (this one reads version "
                    + WorkspaceDocument.VERSION + ")");
        }
        List<YamlNode> items = RegionReader.required(root, top, "scenarios").items();
        if (items.isEmpty()) throw top.get("scenarios").error("must list at least the baseline");
        ScenarioReader reader = ScenarioReader.shared();
        List<WorkspaceDocument.Entry> entries = new ArrayList<>();
        for (YamlNode item : items) {
            WorkspaceDocument.Entry e = entry(at, item, reader);
            if (!entries.isEmpty() && !sameRegion(e.document(), entries.get(0).document())) {
                throw item.error("is a scenario of region " + e.document().region().region().id()
                        + "; a workspace holds scenarios of one region, its baseline's ("
                        + entries.get(0).document().region().region().id() + ")");
            }
            entries.add(e);
        }
        Horizon hz = entries.get(0).document().scenario().horizon();
        int year = h.containsKey("year") ? whole(h.get("year"), hz.firstYear(), hz.firstYear() + hz.years() - 1) : hz.firstYear();
        int selected = h.containsKey("selected") ? whole(h.get("selected"), 0, entries.size() - 1) : 0;
        WorkshopBlock workshop = top.containsKey("workshop") ? WorkshopBlockReader.read(top.get("workshop"), hz, entries.size() - 1) : null;
        return new WorkspaceDocument(entries, year, selected, workshop);
    }

    private static WorkspaceDocument.Entry entry(Location at, YamlNode item, ScenarioReader reader)
            throws ScenarioFileException {
        Map<String, YamlNode> m = item.entries(ITEM);
        String colour = null;
        if (m.containsKey("colour")) {
            colour = m.get("colour").text().trim();
            if (!WorkspaceDocument.isColour(colour)) throw m.get("colour").error("must be a colour written #RRGGBB, e.g. \"#1F77B4\"");
        }
        Location own = m.containsKey("file") ? reference(at, m.get("file")) : null;
        ScenarioDocument doc;
        if (m.containsKey("text")) {
            YamlNode t = m.get("text");
            doc = reader.loadText(at, t.text(), firstLine(t));
            if (own != null) doc = doc.withLocation(own, doc.sha256());
        } else if (own != null) {
            try {
                doc = reader.loadFile(own);
            } catch (ScenarioFileException ex) {
                if (ex.line() == 0 && ex.file().equals(own.display())) throw m.get("file").error("cannot be used: " + ex.problem());
                throw ex;
            }
        } else {
            throw item.error("needs the scenario's 'text' or the 'file' it is in");
        }
        return new WorkspaceDocument.Entry(doc, own == null ? null : own.path(), colour);
    }

    /** The scenario file an item names: a .yaml file on disk (a message never quotes another kind of file). */
    private static Location reference(Location at, YamlNode n) throws ScenarioFileException {
        String ref = n.text().trim();
        if (!ref.toLowerCase(java.util.Locale.ROOT).matches(".+\\.ya?ml")) throw n.error("must name a .yaml scenario file");
        Location l = at.resolve(ref);
        if (l.isBuiltin()) throw n.error("must name a file on disk; a built-in scenario goes in as its text");
        return l;
    }

    /** The workspace file's line of the text's first line: a literal block starts on the line after its '|'. */
    private static int firstLine(YamlNode t) {
        DumperOptions.ScalarStyle style = ((ScalarNode) t.node).getScalarStyle();
        boolean block = style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
        return t.line() + (block ? 1 : 0);
    }

    static int whole(YamlNode n, int min, int max) throws ScenarioFileException {
        double v = n.number(new HashMap<>());
        if (v != Math.rint(v) || v < min || v > max) {
            throw n.error("must be a whole number between " + min + " and " + max);
        }
        return (int) v;
    }

    static boolean sameRegion(ScenarioDocument a, ScenarioDocument b) {
        return a.region().region().id().equals(b.region().region().id());
    }
}
