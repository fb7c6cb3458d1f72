package org.tuoyu.sandbox.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Region;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** What seek, optimise, frontier and tornado read from their command lines, with refusals worded for a user. */
final class DecideInput {

    private DecideInput() {}

    /** The scenario, or the file's own message (exit 2). */
    static ScenarioDocument load(String file) throws Main.UsageException {
        try {
            return ScenarioFiles.load(Location.parse(file));
        } catch (ScenarioFileException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    /** {@code KEY=MIN:MAX[,KEY=MIN:MAX...]}, every lever checked against the lever list and the region. */
    static List<DecisionLever> levers(List<String> specs, Region region) throws Main.UsageException {
        List<DecisionLever> out = new ArrayList<>();
        for (String spec : specs) {
            for (String one : spec.split(",")) {
                if (one.isBlank()) continue;
                try {
                    out.add(DecisionLever.parse(one, region));
                } catch (IllegalArgumentException e) {
                    throw new Main.UsageException("--levers: " + e.getMessage());
                }
            }
        }
        if (out.isEmpty()) throw new Main.UsageException("--levers: name at least one lever, e.g. demand.voucher.A2=0:2000");
        return out;
    }

    /** {@code IND[@DISTRICT|@Qn](>=|<=|=)VALUE[@YEAR]}; the year defaults to {@code --year}. */
    static Target target(String text, int year) throws Main.UsageException {
        String t = text.trim();
        int op = Math.max(t.indexOf(">="), t.indexOf("<="));
        if (op < 0) op = t.indexOf('=');
        int at = op < 0 ? -1 : t.indexOf('@', op);
        int y = year;
        if (at >= 0) {
            String when = t.substring(at + 1).trim();
            if (!when.matches("\\d{4}")) throw new Main.UsageException("--target '" + text + "': after the value, '@' takes a year");
            y = Integer.parseInt(when);
            t = t.substring(0, at);
        }
        try {
            return Target.parse(t, y);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--target: " + e.getMessage());
        }
    }

    /** An indicator to read, {@code IND[@DISTRICT|@Qn]}, as a target whose relation and value are not used. */
    static Target measure(String text, int year, String option) throws Main.UsageException {
        if (text.contains("=")) throw new Main.UsageException(option + " '" + text + "': name the indicator only, e.g. enrolmentRate");
        try {
            return Target.parse(text + ">=0", year);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(option + ": " + e.getMessage().replace(">=0.0", "").replace(">=0", ""));
        }
    }

    /** A target as JSON: what it reads, its bound, and where the answer left it. */
    static Map<String, Object> targetJson(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", t.indicator().key());
        if (t.district() != null) m.put("district", t.district());
        if (t.group() != null) m.put("group", t.group().name());
        m.put("relation", t.relation().symbol());
        m.put("bound", t.value());
        m.put("year", t.year());
        return m;
    }

    /** A value in the indicator's unit for a text table: money in 元/万元/亿元, shares in %. */
    static String show(Target t, double v) {
        switch (t.indicator().unit()) {
            case YUAN_PER_YEAR: return Units.money(v, true);
            case SHARE: return Units.percent(v);
            default: return Units.decimal(v, 2);
        }
    }
}
