package org.tuoyu.sandbox.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.engine.Horizon;

/** Reads a workspace file's {@code workshop:} block ({@link WorkshopBlock}); a problem names the line, key and value. */
final class WorkshopBlockReader {

    /** A lever as {@code workshop serve --levers} takes it: a path, '=', and two numbers. */
    private static final String LEVER = "[A-Za-z0-9_.@\\-]+=[-+0-9.eE]+:[-+0-9.eE]+";
    /** A goal as {@code --goal} takes it: an indicator (perhaps @DISTRICT or @Qn), a relation and a number. */
    private static final String GOAL = "[A-Za-z0-9_.@\\-]+(>=|<=|=)[-+0-9.eE]+";

    private WorkshopBlockReader() {}

    static WorkshopBlock read(YamlNode block, Horizon hz, int reforms) throws ScenarioFileException {
        Map<String, YamlNode> m = block.entries(WorkshopBlock.KEYS);
        String code = RegionReader.required(block, m, "code").text().trim();
        if (!code.matches("[A-Za-z0-9]{4,12}")) throw m.get("code").error("must be 4 to 12 letters or digits");
        int year = WorkspaceReader.whole(RegionReader.required(block, m, "year"), hz.firstYear(), hz.firstYear() + hz.years() - 1);
        List<String> levers = texts(RegionReader.required(block, m, "levers"), LEVER, "a lever written KEY=MIN:MAX");
        if (levers.isEmpty()) throw m.get("levers").error("must list at least one lever the groups may move");
        List<String> goals = m.containsKey("goals") ? texts(m.get("goals"), GOAL, "a goal written IND>=VALUE or IND<=VALUE")
                : List.of();
        int minutes = m.containsKey("minutes") ? WorkspaceReader.whole(m.get("minutes"), 0, 24 * 60) : 0;
        List<WorkshopBlock.Group> groups = new ArrayList<>();
        YamlNode gs = RegionReader.required(block, m, "groups");
        for (YamlNode g : gs.items()) groups.add(group(g));
        if (groups.size() != reforms) {
            throw gs.error("lists " + groups.size() + " groups, but the workspace holds " + reforms
                    + " scenarios after the baseline: one per group, in the same order");
        }
        return new WorkshopBlock(code, year, levers, goals, minutes, groups);
    }

    private static WorkshopBlock.Group group(YamlNode g) throws ScenarioFileException {
        Map<String, YamlNode> m = g.entries(WorkshopBlock.GROUP_KEYS);
        String name = RegionReader.required(g, m, "name").text().trim();
        if (name.isEmpty()) throw m.get("name").error("a group needs a name");
        boolean submitted = m.containsKey("submitted") && m.get("submitted").bool();
        Map<String, Double> levers = new LinkedHashMap<>();
        if (m.containsKey("levers")) {
            for (Map.Entry<String, YamlNode> e : m.get("levers").entries().entrySet()) {
                levers.put(e.getKey(), e.getValue().number(new HashMap<>()));
            }
        }
        return new WorkshopBlock.Group(name, submitted, levers);
    }

    private static List<String> texts(YamlNode list, String shape, String what) throws ScenarioFileException {
        List<String> out = new ArrayList<>();
        for (YamlNode n : list.items()) {
            String s = n.text().trim();
            if (!s.matches(shape)) throw n.error("must be " + what);
            out.add(s);
        }
        return out;
    }
}
