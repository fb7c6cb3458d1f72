package org.tuoyu.sandbox.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole workspace as one file ({@code .tuoyu}): the baseline first, then the reforms, each with its own file
 * (where a single-scenario Save writes it, or null) and its colour, plus the year shown and the scenario selected.
 *
 * @param year     the year the app shows, within the baseline's horizon
 * @param selected index of the selected scenario
 * @param workshop the saved workshop whose baseline and groups the scenarios are, or null (version 2)
 */
public record WorkspaceDocument(List<Entry> scenarios, int year, int selected, WorkshopBlock workshop) {

    /** The format's version, written as {@code workspace.version}; a reader refuses a later one. */
    public static final int VERSION = 2;
    /** The version written for a workspace without a workshop, so a reader of version 1 still opens it. */
    static final int PLAIN = 1;

    /**
     * One scenario of the workspace.
     *
     * @param file   the scenario's own file, or null for one made in the app and never saved alone
     * @param colour "#RRGGBB", the colour that tells it apart in charts and headers, or null for the app's own
     *               colour of its place
     */
    public record Entry(ScenarioDocument document, Path file, String colour) {
        public Entry {
            if (colour != null && !isColour(colour)) throw new IllegalArgumentException("not a colour #RRGGBB: " + colour);
        }
    }

    public WorkspaceDocument {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) throw new IllegalArgumentException("a workspace holds at least its baseline");
        if (selected < 0 || selected >= scenarios.size()) throw new IllegalArgumentException("no scenario " + selected);
        if (workshop != null && workshop.groups().size() != scenarios.size() - 1) {
            throw new IllegalArgumentException("a workshop of " + workshop.groups().size() + " groups needs as many scenarios"
                    + " after its baseline, not " + (scenarios.size() - 1));
        }
    }

    /** A workspace without a workshop. */
    public WorkspaceDocument(List<Entry> scenarios, int year, int selected) { this(scenarios, year, selected, null); }

    public ScenarioDocument baseline() { return scenarios.get(0).document(); }

    /** True for "#RRGGBB" (six hexadecimal digits). */
    public static boolean isColour(String s) { return s != null && s.matches("#[0-9A-Fa-f]{6}"); }
}
