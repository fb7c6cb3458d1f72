package org.tuoyu.sandbox.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tuoyu.sandbox.engine.FreeParameter;

/**
 * Writes a workspace file. Every scenario's full text goes in (as {@link ScenarioWriter} writes it, its
 * references relative to the workspace file), so the workspace opens as it was saved even when a scenario's own
 * file has changed or never existed; the scenario's own file is kept beside it as {@code file:}. The write is
 * atomic ({@link AtomicFiles}).
 */
public final class WorkspaceWriter {

    /** The extension the installer associates with the app. */
    public static final String EXTENSION = ".tuoyu";
    /** Indentation of a scenario's text inside its literal block. */
    private static final String INDENT = "      ";

    private WorkspaceWriter() {}

    public static void write(WorkspaceDocument ws, Path target) throws IOException {
        AtomicFiles.writeString(target, toText(ws, Location.of(target)));
    }

    /** The file's text when saved at {@code target}. */
    public static String toText(WorkspaceDocument ws, Location target) {
        StringBuilder b = new StringBuilder();
        b.append("# 托育政策沙盘 workspace / Childcare Policy Sandbox workspace\n");
        b.append("# Format: docs/scenario-format.md (Workspace files)\n");
        b.append("workspace:\n");
        b.append("  version: ").append(ws.workshop() == null ? WorkspaceDocument.PLAIN : WorkspaceDocument.VERSION).append('\n');
        b.append("  year: ").append(ws.year()).append('\n');
        b.append("  selected: ").append(ws.selected()).append('\n');
        if (ws.workshop() != null) workshop(b, ws.workshop());
        b.append("scenarios:\n");
        for (WorkspaceDocument.Entry e : ws.scenarios()) {
            b.append("  - ");
            String lead = "";
            if (e.colour() != null) {
                b.append("colour: ").append(quoted(e.colour().toUpperCase(Locale.ROOT))).append('\n');
                lead = "    ";
            }
            if (e.file() != null && isYaml(e.file())) {
                b.append(lead).append("file: ").append(quoted(Location.of(e.file()).referenceFrom(target))).append('\n');
                lead = "    ";
            }
            b.append(lead).append("text: |\n");
            String text = ScenarioWriter.toYaml(pinned(e.document()), target);
            // A blank line inside a literal block stays part of it (a description may have one).
            for (String line : text.strip().split("\n", -1)) b.append(line.isEmpty() ? "" : INDENT).append(line).append('\n');
        }
        return b.toString();
    }

    /** The saved workshop: its settings, then its groups in the order of the scenarios after the baseline. */
    private static void workshop(StringBuilder b, WorkshopBlock w) {
        b.append("workshop:\n");
        b.append("  code: ").append(quoted(w.code())).append('\n');
        b.append("  year: ").append(w.year()).append('\n');
        b.append("  levers:\n");
        for (String l : w.levers()) b.append("    - ").append(quoted(l)).append('\n');
        b.append("  goals:").append(w.goals().isEmpty() ? " []\n" : "\n");
        for (String g : w.goals()) b.append("    - ").append(quoted(g)).append('\n');
        b.append("  minutes: ").append(w.minutes()).append('\n');
        b.append("  groups:").append(w.groups().isEmpty() ? " []\n" : "\n");
        for (WorkshopBlock.Group g : w.groups()) {
            b.append("    - name: ").append(quoted(g.name())).append('\n');
            b.append("      submitted: ").append(g.submitted()).append('\n');
            b.append("      levers:").append(g.levers().isEmpty() ? " {}\n" : "\n");
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(g.levers()).entrySet()) {
                // Double.toString is the shortest text that reads back as the same double: results to the last digit.
                b.append("        ").append(quoted(e.getKey())).append(": ").append(e.getValue()).append('\n');
            }
        }
    }

    /**
     * A calibrated baseline as it stands: its fitted values stated and {@code calibrate: false}. Read afresh it would
     * be fitted again to its own levers — a copy of the baseline with other levers, or a baseline edited in the app,
     * would open with other numbers than it was saved with.
     */
    static ScenarioDocument pinned(ScenarioDocument d) {
        if (d.parent() != null || !d.calibrate()) return d;
        Map<String, Double> stated = new LinkedHashMap<>(d.behaviourStated());
        boolean willingness = d.willingnessStated();
        for (FreeParameter f : FreeParameter.values()) {
            if (!d.calibrated().contains(f.key())) continue;
            stated.put(f.key(), f.get(d.scenario().behaviour()));
            willingness |= f == FreeParameter.B50 || f == FreeParameter.S;
        }
        return d.toBuilder().parent(null).behaviourStated(stated).willingnessStated(willingness).calibrate(false)
                .calibration(null).calibrated(List.of()).optimised(null).build();
    }

    static boolean isYaml(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".+\\.ya?ml");
    }

    /** A YAML double-quoted string. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
