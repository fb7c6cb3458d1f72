package org.tuoyu.sandbox.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem an optimised reform answers, as its file's {@code optimised:} block (docs/decide.md, "The optimised
 * block"): what was minimised, over which levers within which bounds, for which targets, and what the answer was. The
 * decision tools write it; the workbook's 参数 sheet shows it; a reader can re-run the problem from it.
 *
 * @param minimise {@code generalBudget|publicMoney@YEAR|@horizon}, as {@code optimise --minimise} takes it
 * @param discount yearly discount rate of a cost summed over the horizon (0: none)
 * @param feasible false when the targets could not all be met within the bounds (the levers come closest)
 * @param cost     the answer's cost in 元
 */
public record OptimisedProblem(String minimise, double discount, boolean feasible, double cost, List<Lever> levers,
                               List<Goal> targets) {

    /**
     * One lever searched: its path below {@code levers.}, the year its value takes effect from (null: the whole
     * horizon), its bounds and the answer's value.
     */
    public record Lever(String lever, Integer from, double min, double max, double value) {}

    /**
     * One target: as {@code optimise --target} takes it ({@code IND[@DISTRICT|@Qn](>=|<=)VALUE}), its year, the
     * answer's value, whether it is met and binding, and what it costs (the saving without it; NaN when not solved).
     */
    public record Goal(String target, int year, double value, boolean met, boolean active, double costOfTarget) {}

    public OptimisedProblem {
        levers = List.copyOf(levers);
        targets = List.copyOf(targets);
    }

    /** The block as the scenario writer dumps it. */
    Map<String, Object> toYaml() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minimise", minimise);
        if (discount != 0) m.put("discount", discount);
        m.put("feasible", feasible);
        m.put("cost", cost);
        List<Object> ls = new ArrayList<>();
        for (Lever l : levers) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("lever", l.lever());
            if (l.from() != null) lm.put("from", l.from());
            lm.put("min", l.min());
            lm.put("max", l.max());
            lm.put("value", l.value());
            ls.add(lm);
        }
        m.put("levers", ls);
        List<Object> ts = new ArrayList<>();
        for (Goal g : targets) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("target", g.target());
            gm.put("year", g.year());
            gm.put("value", g.value());
            gm.put("met", g.met());
            gm.put("active", g.active());
            if (Double.isFinite(g.costOfTarget())) gm.put("costOfTarget", g.costOfTarget());
            ts.add(gm);
        }
        m.put("targets", ts);
        return m;
    }

    /** Reads the block; a missing or malformed field is refused by its path and line. */
    static OptimisedProblem read(YamlNode node) throws ScenarioFileException {
        Map<String, YamlNode> m = node.entries(List.of("minimise", "discount", "feasible", "cost", "levers", "targets"));
        Map<String, Provenance> none = new HashMap<>();
        String minimise = RegionReader.required(node, m, "minimise").text();
        double discount = m.containsKey("discount") ? m.get("discount").number(none) : 0;
        boolean feasible = RegionReader.required(node, m, "feasible").bool();
        double cost = RegionReader.required(node, m, "cost").number(none);
        List<Lever> levers = new ArrayList<>();
        for (YamlNode item : RegionReader.required(node, m, "levers").items()) {
            Map<String, YamlNode> l = item.entries(List.of("lever", "from", "min", "max", "value"));
            Integer from = l.containsKey("from") ? (int) l.get("from").number(none) : null;
            double min = RegionReader.required(item, l, "min").number(none);
            double max = RegionReader.required(item, l, "max").number(none);
            if (!(min <= max)) throw item.error("min " + min + " exceeds max " + max);
            levers.add(new Lever(RegionReader.required(item, l, "lever").text(), from, min, max,
                    RegionReader.required(item, l, "value").number(none)));
        }
        List<Goal> targets = new ArrayList<>();
        for (YamlNode item : RegionReader.required(node, m, "targets").items()) {
            Map<String, YamlNode> g = item.entries(List.of("target", "year", "value", "met", "active", "costOfTarget"));
            targets.add(new Goal(RegionReader.required(item, g, "target").text(),
                    (int) RegionReader.required(item, g, "year").number(none),
                    RegionReader.required(item, g, "value").number(none), RegionReader.required(item, g, "met").bool(),
                    RegionReader.required(item, g, "active").bool(),
                    g.containsKey("costOfTarget") ? g.get("costOfTarget").number(none) : Double.NaN));
        }
        return new OptimisedProblem(minimise, discount, feasible, cost, levers, targets);
    }
}
