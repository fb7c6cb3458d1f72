package org.tuoyu.sandbox.scenario;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows its file, line and key path, so every complaint about it can name all
 * three. Built on SnakeYAML's node graph because Jackson's tree keeps no line numbers.
 */
final class YamlNode {

    /** Files larger than this are refused before parsing: a scenario is a few kilobytes. */
    static final int MAX_CHARS = 5_000_000;

    final String file;
    final String path;
    final Node node;

    private YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static YamlNode parse(String file, String text) throws ScenarioFileException {
        if (text.length() > MAX_CHARS) {
            throw new ScenarioFileException(file, 0, "", null, "file is larger than " + MAX_CHARS / 1_000_000 + " MB; not a scenario file");
        }
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        opts.setMaxAliasesForCollections(50);
        opts.setCodePointLimit(MAX_CHARS);
        Node root;
        try {
            root = new Yaml(opts).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ScenarioFileException(file, m == null ? 0 : m.getLine() + 1, "", null, "not valid YAML: " + problem);
        } catch (YAMLException e) {
            throw new ScenarioFileException(file, 0, "", null, "not valid YAML: " + e.getMessage());
        }
        if (root == null) throw new ScenarioFileException(file, 1, "", null, "the file is empty");
        return new YamlNode(file, "", root);
    }

    int line() { return node.getStartMark().getLine() + 1; }

    boolean isMap() { return node instanceof MappingNode; }

    boolean isScalar() { return node instanceof ScalarNode; }

    boolean isSequence() { return node instanceof SequenceNode; }

    String childPath(String key) { return path.isEmpty() ? key : path + "." + key; }

    YamlNode renamed(String newPath) { return new YamlNode(file, newPath, node); }

    ScenarioFileException error(String problem) {
        return new ScenarioFileException(file, line(), path, isScalar() ? quoted() : null, problem);
    }

    String quoted() {
        String v = ((ScalarNode) node).getValue();
        return v.isEmpty() ? "\"\"" : v;
    }

    /** Entries of a mapping, in file order. */
    Map<String, YamlNode> entries() throws ScenarioFileException {
        if (!isMap()) throw error("must be a mapping of keys to values");
        Map<String, YamlNode> m = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                throw new ScenarioFileException(file, t.getKeyNode().getStartMark().getLine() + 1, path, null, "keys must be plain text");
            }
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (m.containsKey(key)) {
                throw new ScenarioFileException(file, t.getKeyNode().getStartMark().getLine() + 1, childPath(key), null, "key appears twice");
            }
            m.put(key, new YamlNode(file, childPath(key), t.getValueNode()));
        }
        return m;
    }

    /** Entries of a mapping, refusing any key not in {@code allowed} (with a suggestion). */
    Map<String, YamlNode> entries(Collection<String> allowed) throws ScenarioFileException {
        Map<String, YamlNode> m = entries();
        for (Map.Entry<String, YamlNode> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String near = Suggest.closest(e.getKey(), allowed);
                throw new ScenarioFileException(file, e.getValue().keyLine(), e.getValue().path, null,
                        "unknown key" + (near != null ? "; did you mean '" + near + "'?" : "; known keys: " + String.join(", ", allowed)));
            }
        }
        return m;
    }

    /** Line of this node's key (same as the value's for block mappings). */
    int keyLine() { return line(); }

    List<YamlNode> items() throws ScenarioFileException {
        if (!isSequence()) throw error("must be a list");
        List<YamlNode> r = new ArrayList<>();
        int i = 0;
        for (Node n : ((SequenceNode) node).getValue()) r.add(new YamlNode(file, path + "[" + i++ + "]", n));
        return r;
    }

    String text() throws ScenarioFileException {
        if (!isScalar()) throw error("must be a single value, not a " + (isMap() ? "mapping" : "list"));
        return ((ScalarNode) node).getValue();
    }

    /**
     * A number, written plainly or as {value, flag, source}; the provenance (if any) goes to
     * {@code sources}. Text, booleans and blanks are refused with the value quoted.
     */
    double number(Map<String, Provenance> sources) throws ScenarioFileException {
        YamlNode v = this;
        if (isMap()) {
            Map<String, YamlNode> m = entries(List.of("value", "flag", "source", "sourceZh"));
            v = m.get("value");
            if (v == null) throw error("a figure written as a mapping needs 'value' (and 'flag', 'source')");
            v = v.renamed(path);
            YamlNode flag = m.get("flag");
            YamlNode source = m.get("source");
            if (flag != null || source != null) {
                String f = flag == null ? "A" : flag.text().trim();
                if (f.length() != 1 || Provenance.FLAGS.indexOf(f.charAt(0)) < 0) {
                    throw flag.error("flag must be one of E (exact), S (secondary), M (remembered), X (derived), A (assumption)");
                }
                YamlNode zh = m.get("sourceZh");
                sources.put(path, new Provenance(f, source == null ? "" : source.text(), zh == null ? "" : zh.text()));
            }
        }
        String s = v.text().trim();
        if (s.isEmpty() || s.equals("~") || s.equalsIgnoreCase("null")) throw v.error("a number is required here");
        String l = s.toLowerCase(java.util.Locale.ROOT);
        if (l.matches("[-+]?\\.?(nan|inf|infinity)")) throw v.error("must be a finite number");
        Double d = SourceText.decimal(s);
        if (d == null) throw v.error("is not a number");
        if (d.isInfinite()) throw v.error("must be a finite number");
        return d;
    }

    boolean bool() throws ScenarioFileException {
        String s = text().trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) return true;
        if (s.equals("false") || s.equals("no")) return false;
        throw error("must be true or false");
    }
}
