package org.tuoyu.sandbox.workshop;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.Levers;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * One classroom workshop: the teacher's baseline, the levers groups may move (with bounds), the goals and the year
 * they are read in; the groups that joined, each with its levers, its latest result and whether it submitted.
 * Safe for many groups at once: each group's state is replaced whole, never edited in place.
 */
public final class Workshop {

    /** The longest group name shown on the board; longer names are cut. */
    public static final int MAX_NAME = 30;
    public static final int MAX_GROUPS = 60;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I/1, O/0 to misread
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScenarioDocument baseline;
    private final List<DecisionLever> levers;
    private final List<Target> goals;
    private final int year;
    private final String code;
    private final YearResult baseYear;
    private final Map<String, Group> groups = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;
    private volatile int minutes;
    /** When submissions lock by themselves, or null for no time limit. */
    private volatile Instant closesAt;
    private volatile InstantSource clock = InstantSource.system();

    /** A group as the board shows it; its colour is given when it joins and stays as the ranking changes. */
    public record Group(String token, String name, int order, String colour, Map<String, Double> levers,
                        YearResult result, List<Boolean> goalsMet, boolean submitted) {

        Group with(Map<String, Double> newLevers, YearResult newResult, List<Boolean> met, boolean isSubmitted) {
            return new Group(token, name, order, colour, newLevers, newResult, met, isSubmitted);
        }
    }

    /** A refusal for the page to show as it is: the HTTP status and the message. */
    public static final class Refused extends Exception {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() { return status; }
    }

    public Workshop(ScenarioDocument baseline, List<DecisionLever> levers, List<Target> goals, int year, String code) {
        if (levers.isEmpty()) throw new IllegalArgumentException("a workshop opens at least one lever to the groups");
        this.baseline = baseline;
        this.levers = List.copyOf(levers);
        this.goals = List.copyOf(goals);
        this.year = year;
        this.code = code == null ? newCode() : code.trim().toUpperCase(java.util.Locale.ROOT);
        ScenarioResult r = Evaluator.evaluate(baseline.scenario());
        this.baseYear = r.year(year);
        if (baseYear == null) {
            throw new IllegalArgumentException("year " + year + " is outside the baseline's horizon "
                    + r.first().year() + "–" + r.last().year());
        }
    }

    /** A six-letter code that is easy to read off a projector. */
    public static String newCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        return b.toString();
    }

    public String code() { return code; }

    public int year() { return year; }

    public List<DecisionLever> levers() { return levers; }

    public List<Target> goals() { return goals; }

    public ScenarioDocument baseline() { return baseline; }

    public YearResult baselineYear() { return baseYear; }

    /** Whether groups may still change and submit: not locked by the teacher, and the time limit not reached. */
    public boolean isOpen() { return open && !timeIsUp(); }

    private boolean timeIsUp() {
        Instant end = closesAt;
        return end != null && !clock.instant().isBefore(end);
    }

    /** How long submissions stay open, in minutes from when the limit was set; 0 for no limit. */
    public int minutes() { return minutes; }

    /**
     * Sets the time limit, counted from now: at the end submissions lock as if the teacher had locked them (the
     * page gets 409 with "the time is up"). 0 removes the limit.
     */
    public void setMinutes(int minutes) {
        if (minutes < 0) throw new IllegalArgumentException("a time limit is not negative: " + minutes);
        this.minutes = minutes;
        this.closesAt = minutes == 0 ? null : clock.instant().plus(Duration.ofMinutes(minutes));
        changed();
    }

    /** When submissions lock by themselves, or null when there is no time limit. */
    public Instant closesAt() { return closesAt; }

    /** Whole seconds until the limit (0 once it has passed), or -1 when there is no limit. */
    public long secondsLeft() {
        Instant end = closesAt;
        if (end == null) return -1;
        return Math.max(0, (long) Math.ceil(Duration.between(clock.instant(), end).toMillis() / 1000.0));
    }

    /** The clock the time limit is read on; tests pass their own. */
    public void setClock(InstantSource clock) { this.clock = clock; }

    /**
     * Closes or reopens submissions; closed, the page shows results but refuses changes. Reopening after the time
     * limit ends the limit: the teacher chose to give more time.
     */
    public void setOpen(boolean open) {
        if (open && timeIsUp()) closesAt = null;
        this.open = open;
        changed();
    }

    /**
     * Told after every join, lever move, submission and lock, on the thread that made the change (a server thread):
     * the teacher's window refreshes its list from this instead of polling.
     */
    public void onChange(Runnable listener) { listeners.add(listener); }

    public void removeListener(Runnable listener) { listeners.remove(listener); }

    private void changed() {
        for (Runnable r : listeners) r.run();
    }

    /**
     * A group joins with the code; returns its token. A wrong code is 401. A name already on the board (letters
     * compared without case) joins that group: a reloaded phone, a second laptop of the group, or a group of a
     * reopened workshop picking up where it left off.
     */
    public String join(String code, String name) throws Refused {
        if (code == null || !this.code.equals(code.trim().toUpperCase(java.util.Locale.ROOT))) {
            throw new Refused(401, "wrong join code");
        }
        String clean = cleanName(name);
        if (clean.isEmpty()) throw new Refused(400, "give your group a name");
        synchronized (groups) {
            for (Group g : groups.values()) {
                if (g.name().equalsIgnoreCase(clean)) return g.token();
            }
            if (groups.size() >= MAX_GROUPS) throw new Refused(429, "the workshop is full (" + MAX_GROUPS + " groups)");
            Map<String, Double> start = new LinkedHashMap<>();
            for (DecisionLever l : levers) start.put(l.path(), baselineValue(l));
            add(clean, start, baseYear, false);
        }
        changed();
        return byName(clean).token();
    }

    /** Where a lever stands in the baseline, as the page's slider starts. */
    double baselineValue(DecisionLever l) {
        return l.applicable(l.current(baseline.scenario().levers(), baseline.scenario().horizon().firstYear()));
    }

    private void add(String name, Map<String, Double> groupLevers, YearResult y, boolean submitted) {
        byte[] t = new byte[18];
        RANDOM.nextBytes(t);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(t);
        int order = groups.size();
        groups.put(token, new Group(token, name, order, colour(order), groupLevers, y, goalsMet(y), submitted));
    }

    /** The colour of the group that joined {@code order}-th: the comparison colours after the baseline's grey. */
    static String colour(int order) {
        List<String> all = org.tuoyu.sandbox.export.Palette.scenarios();
        return all.get(1 + Math.floorMod(order, all.size() - 1));
    }

    private Group byName(String name) {
        for (Group g : groups.values()) {
            if (g.name().equalsIgnoreCase(name)) return g;
        }
        throw new IllegalStateException("no group " + name);
    }

    /**
     * A group of a saved workshop back on the board, in the order given, with its levers (checked as the page's
     * values are) and its submission; it rejoins by typing its name. The refusal names the group and the lever.
     */
    public void restore(String name, Map<String, Double> groupLevers, boolean submitted) throws Refused {
        String clean = cleanName(name);
        if (clean.isEmpty()) throw new Refused(400, "a saved group has no name");
        Map<String, Double> next = new LinkedHashMap<>();
        for (DecisionLever l : levers) next.put(l.path(), baselineValue(l));
        for (Map.Entry<String, Double> e : groupLevers.entrySet()) {
            DecisionLever l;
            try {
                l = lever(e.getKey());
                next.put(l.path(), value(l, e.getValue()));
            } catch (Refused r) {
                throw new Refused(400, "group " + clean + ": " + r.getMessage());
            }
        }
        YearResult y = Evaluator.evaluate(scenarioOf(next)).year(year);
        synchronized (groups) {
            for (Group g : groups.values()) {
                if (g.name().equalsIgnoreCase(clean)) throw new Refused(400, "two saved groups are called " + clean);
            }
            if (groups.size() >= MAX_GROUPS) throw new Refused(429, "the workshop is full (" + MAX_GROUPS + " groups)");
            add(clean, next, y, submitted);
        }
        changed();
    }

    /** The group's levers set to {@code values} (only the open ones, within bounds) and evaluated. */
    public Group evaluate(String token, Map<String, Object> values) throws Refused {
        Group g = group(token);
        refuseWhenClosed();
        Map<String, Double> next = new LinkedHashMap<>(g.levers());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            DecisionLever l = lever(e.getKey());
            next.put(l.path(), value(l, e.getValue()));
        }
        YearResult y = Evaluator.evaluate(scenarioOf(next)).year(year);
        Group updated = g.with(next, y, goalsMet(y), g.submitted());
        groups.put(token, updated);
        changed();
        return updated;
    }

    /** Marks the group's current levers as its answer; it may still revise while submissions are open. */
    public Group submit(String token) throws Refused {
        Group g = group(token);
        refuseWhenClosed();
        Group s = g.with(g.levers(), g.result(), g.goalsMet(), true);
        groups.put(token, s);
        changed();
        return s;
    }

    private void refuseWhenClosed() throws Refused {
        if (!open) throw new Refused(409, "submissions are closed");
        if (timeIsUp()) throw new Refused(409, "submissions are closed: the time is up");
    }

    /** The baseline with a group's open levers set: the scenario the group designed. */
    public Scenario scenarioOf(Map<String, Double> groupLevers) {
        Levers lv = baseline.scenario().levers();
        for (DecisionLever l : levers) {
            Double v = groupLevers.get(l.path());
            if (v != null) lv = l.apply(lv, v);
        }
        return baseline.scenario().withLevers(lv);
    }

    public Group group(String token) throws Refused {
        Group g = token == null ? null : groups.get(token);
        if (g == null) throw new Refused(401, "unknown group: join again with the code");
        return g;
    }

    /** Groups ranked: most goals met first, then the lowest general budget, then the order they joined. */
    public List<Group> ranked() {
        List<Group> all = new ArrayList<>(groups.values());
        all.sort(Comparator.comparingLong((Group g) -> -g.goalsMet().stream().filter(b -> b).count())
                .thenComparingDouble(g -> g.result().accounts().get(Account.GENERAL_BUDGET))
                .thenComparingInt(Group::order));
        return all;
    }

    private List<Boolean> goalsMet(YearResult y) {
        List<Boolean> met = new ArrayList<>();
        for (Target t : goals) met.add(t.met(t.read(y)));
        return met;
    }

    private DecisionLever lever(String path) throws Refused {
        String p = path == null ? "" : path.startsWith("levers.") ? path.substring("levers.".length()) : path;
        for (DecisionLever l : levers) {
            if (l.path().equals(p)) return l;
        }
        throw new Refused(400, "lever '" + path + "' is not open in this workshop");
    }

    private static double value(DecisionLever l, Object raw) throws Refused {
        if (!(raw instanceof Number)) throw new Refused(400, "lever " + l.path() + ": '" + raw + "' is not a number");
        double v = ((Number) raw).doubleValue();
        if (!Double.isFinite(v) || v < l.min() || v > l.max()) {
            throw new Refused(400, "lever " + l.path() + ": " + raw + " is outside the workshop's range "
                    + fmt(l.min()) + "–" + fmt(l.max()));
        }
        String why = l.key().check(l.applicable(v));
        if (why != null) throw new Refused(400, "lever " + l.path() + ": " + raw + " " + why);
        return l.applicable(v);
    }

    /** Printable characters only, trimmed and cut to {@link #MAX_NAME}: names go on a projector and into files. */
    static String cleanName(String name) {
        if (name == null) return "";
        String s = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").trim();
        return s.codePointCount(0, s.length()) <= MAX_NAME ? s : s.substring(0, s.offsetByCodePoints(0, MAX_NAME));
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * The result columns of the board and of the app's list of groups: each group's change against the baseline in
     * these indicators (each one of {@link #HEADLINE}, whose differences a group's JSON carries).
     */
    public static final List<Indicator> BOARD = List.of(Indicator.GENERAL_BUDGET, Indicator.ENROLMENT_RATE);

    /** The headline indicators a group sees, in catalogue order. */
    static final List<Indicator> HEADLINE = List.of(Indicator.ENROLMENT_RATE, Indicator.ENROLLED, Indicator.UTILISATION,
            Indicator.SHARE_ABOVE_THRESHOLD, Indicator.UNMET_PRICE, Indicator.UNMET_SEATS, Indicator.GENERAL_BUDGET,
            Indicator.INSURANCE_FUND, Indicator.TAX_EXPENDITURE);
}
