package org.tuoyu.sandbox.ui.workshop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.export.ExportProgress;
import org.tuoyu.sandbox.export.Language;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.Workspace;
import org.tuoyu.sandbox.workshop.GroupReform;
import org.tuoyu.sandbox.workshop.Handout;
import org.tuoyu.sandbox.workshop.Workshop;
import org.tuoyu.sandbox.workshop.WorkshopFiles;
import org.tuoyu.sandbox.workshop.WorkshopServer;

/**
 * The teacher's side of a workshop: the set-up (open levers with bounds, goals, year, address and port), the running
 * server, the live list of groups, lock / unlock, a group opened as a reform tab, and what the workshop leaves behind
 * (workbook, brief, workshop file, handout). Starting, stopping and writing run on {@code background}; the list is
 * refreshed on {@code ui} when the workshop reports a change, never by polling.
 */
public final class WorkshopViewModel {

    /**
     * One open lever: which, where (a district's id, or null for the whole region), and the bounds groups may move it
     * in (stored units, as on the command line).
     */
    public static final class LeverRow {
        public final ObjectProperty<LeverKey> key = new SimpleObjectProperty<>();
        public final StringProperty district = new SimpleStringProperty();
        public final StringProperty min = new SimpleStringProperty();
        public final StringProperty max = new SimpleStringProperty();
    }

    /** One goal, read in the workshop's year. */
    public static final class GoalRow {
        public final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(Indicator.ENROLMENT_RATE);
        public final ObjectProperty<Target.Relation> relation = new SimpleObjectProperty<>(Target.Relation.AT_LEAST);
        public final StringProperty value = new SimpleStringProperty();
    }

    /**
     * A group as the teacher's list shows it.
     *
     * @param changes the group's change against the baseline in each indicator of {@link Workshop#BOARD}, in order
     */
    public record GroupLine(String token, int rank, String name, boolean submitted, int goalsMet, int goals,
                            List<Double> changes, String levers) {

        public double change(Indicator i) { return changes.get(Workshop.BOARD.indexOf(i)); }
    }

    private final Workspace ws;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<LeverRow> levers = FXCollections.observableArrayList();
    private final ObservableList<GoalRow> goals = FXCollections.observableArrayList();
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final IntegerProperty minutes = new SimpleIntegerProperty();
    private final IntegerProperty port = new SimpleIntegerProperty(8080);
    private final StringProperty bind = new SimpleStringProperty("127.0.0.1");
    private final ReadOnlyObjectWrapper<WorkshopServer> server = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GroupLine> groups = FXCollections.observableArrayList();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Runnable onChange = this::queueRefresh;

    public WorkshopViewModel(Workspace ws, Executor background, Executor ui) {
        this.ws = ws;
        this.background = background;
        this.ui = ui;
        year.set(ws.yearProperty().get());
        ScenarioDocument d = base();
        if (d != null) {
            addLever(LeverKey.VOUCHER_A2, 0, 2000);
            addLever(LeverKey.OPERATING_SUBSIDY_A2, 0, 3000);
            // A first goal a class can reach: two percentage points above the baseline's own rate.
            double now = Target.parse("enrolmentRate>=0", year.get()).read(Evaluator.evaluate(d.scenario()));
            addGoal(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, Math.round(1000 * (now + 0.02)) / 1000.0);
        }
    }

    private I18n i() { return ws.i18n(); }

    /** The baseline the workshop starts from: the workspace's baseline tab. */
    public ScenarioDocument base() { return ws.baseline() == null ? null : ws.baseline().document(); }

    public ObservableList<LeverRow> levers() { return levers; }

    public ObservableList<GoalRow> goals() { return goals; }

    public IntegerProperty yearProperty() { return year; }

    /** How long submissions stay open once the workshop starts, in minutes; 0 for no limit. */
    public IntegerProperty minutesProperty() { return minutes; }

    public IntegerProperty portProperty() { return port; }

    public StringProperty bindProperty() { return bind; }

    /** The running server, or null. */
    public ReadOnlyObjectProperty<WorkshopServer> serverProperty() { return server.getReadOnlyProperty(); }

    /** True while the server starts or stops, or a file is written. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Whether groups may still change and submit. */
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }

    /** The join address (with the code) while the server runs, else empty. */
    public ReadOnlyStringProperty addressProperty() { return address.getReadOnlyProperty(); }

    /** "剩余 12:05" while a time limit runs, "提交已截止" once it is over, empty without a limit or a workshop. */
    public ReadOnlyStringProperty timeLeftProperty() { return timeLeft.getReadOnlyProperty(); }

    /**
     * The clock on the teacher's screen, called once a second while the workshop runs: the time left, and the list
     * refreshed when the limit has just locked submissions (nothing else would tell the window).
     */
    public void tick() {
        Workshop w = workshop();
        if (w == null) {
            timeLeft.set("");
            return;
        }
        long s = w.secondsLeft();
        timeLeft.set(s < 0 ? "" : s == 0 ? i().t("workshop.timeUp")
                : i().t("workshop.timeLeft", (s / 60) + ":" + String.format("%02d", s % 60)));
        if (open.get() != w.isOpen()) refresh();
    }

    /** The last thing the teacher should read: an error, or what was written where. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The last file written (workbook, brief, workshop, handout). */
    public ReadOnlyObjectProperty<Path> lastWrittenProperty() { return lastWritten.getReadOnlyProperty(); }

    public ObservableList<GroupLine> groups() { return groups; }

    /** The running workshop, or null. */
    public Workshop workshop() { return server.get() == null ? null : server.get().workshop(); }

    public LeverRow addLever(LeverKey k, double min, double max) {
        LeverRow r = new LeverRow();
        r.key.set(k);
        r.min.set(number(min));
        r.max.set(number(max));
        levers.add(r);
        return r;
    }

    public GoalRow addGoal(Indicator ind, Target.Relation rel, double value) {
        GoalRow r = new GoalRow();
        r.indicator.set(ind);
        r.relation.set(rel);
        r.value.set(number(value));
        goals.add(r);
        return r;
    }

    /** The workshop the rows describe; the exception's message names the row that is wrong. */
    Workshop describe() {
        ScenarioDocument d = base();
        if (d == null) throw new IllegalArgumentException(i().t("workshop.noBaseline"));
        List<DecisionLever> ls = new ArrayList<>();
        for (LeverRow r : levers) {
            if (r.key.get() == null) continue;
            String where = r.district.get() == null || r.district.get().isEmpty() ? "" : "districts." + r.district.get() + ".";
            ls.add(DecisionLever.parse(where + r.key.get().path() + "=" + r.min.get() + ":" + r.max.get(), d.region().region()));
        }
        if (ls.isEmpty()) throw new IllegalArgumentException(i().t("workshop.noLever"));
        List<Target> ts = new ArrayList<>();
        for (GoalRow r : goals) {
            ts.add(Target.parse(r.indicator.get().key() + r.relation.get().symbol() + r.value.get(), year.get()));
        }
        // The limit is set when the server listens (started), so it counts from then.
        return new Workshop(d, ls, ts, year.get(), null);
    }

    /** Starts the server on a background thread; the address appears when it listens, or the message says why not. */
    public void start() {
        if (server.get() != null || busy.get()) return;
        Workshop w;
        try {
            w = describe();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        serve(() -> w, minutes.get());
    }

    /**
     * Reopens a saved workshop ({@code .tuoyu}) as a running one under a new code: its baseline, levers, goals, year
     * and groups come back (the set-up shows them), and each group rejoins by typing its name. A file that is not a
     * saved workshop gets the reader's message naming the file, the key and the value.
     */
    public void reopen(Path file) {
        if (server.get() != null || busy.get()) return;
        serve(() -> WorkshopFiles.open(file), -1);
    }

    private interface Source { Workshop get() throws Exception; }

    private void serve(Source source, int limit) {
        String at = bind.get() == null ? "" : bind.get().trim();
        int p = port.get();
        busy.set(true);
        background.execute(() -> {
            Workshop w;
            try {
                w = source.get();
                if (limit >= 0) w.setMinutes(limit); // a reopened workshop keeps its own limit, counted from now
            } catch (Exception e) {
                String why = e.getMessage();
                ui.execute(() -> {
                    busy.set(false);
                    message.set(why);
                });
                return;
            }
            try {
                WorkshopServer s = WorkshopServer.start(w, at, p);
                ui.execute(() -> started(s, at));
            } catch (IOException | RuntimeException e) {
                String why = i().t("workshop.cannotServe", at + ":" + p, String.valueOf(e.getMessage()));
                ui.execute(() -> {
                    busy.set(false);
                    message.set(why);
                });
            }
        });
    }

    private void started(WorkshopServer s, String at) {
        busy.set(false);
        Workshop w = s.workshop();
        showSetup(w);
        String host = at.contains(":") ? "[" + at + "]" : at;
        address.set("http://" + host + ":" + s.port() + "/?code=" + w.code()); // before the server: views read it
        server.set(s);
        message.set(i().t("workshop.opened", w.code()));
        w.onChange(onChange);
        refresh();
        tick();
    }

    /** The set-up rows as the running workshop has them (a reopened one brings its own). */
    private void showSetup(Workshop w) {
        year.set(w.year());
        minutes.set(w.minutes());
        List<LeverRow> ls = new ArrayList<>();
        for (DecisionLever l : w.levers()) {
            LeverRow r = new LeverRow();
            r.key.set(l.key());
            r.district.set(l.district());
            r.min.set(number(l.min()));
            r.max.set(number(l.max()));
            ls.add(r);
        }
        levers.setAll(ls);
        List<GoalRow> gs = new ArrayList<>();
        for (Target t : w.goals()) {
            GoalRow r = new GoalRow();
            r.indicator.set(t.indicator());
            r.relation.set(t.relation());
            r.value.set(number(t.value()));
            gs.add(r);
        }
        goals.setAll(gs);
    }

    /** Stops the server (closing the window does this); the list of groups stays for the record. */
    public void stop() {
        WorkshopServer s = server.get();
        if (s == null) return;
        s.workshop().removeListener(onChange);
        server.set(null);
        address.set("");
        timeLeft.set("");
        open.set(false);
        background.execute(s::close);
        message.set(i().t("workshop.ended"));
    }

    /** Locks (false) or reopens (true) submissions. */
    public void setOpen(boolean value) {
        Workshop w = workshop();
        if (w != null) w.setOpen(value);
    }

    /** The group with this token as a new reform tab of the workspace; null when there is no such group. */
    public ScenarioDocument openAsReform(String token) {
        Workshop w = workshop();
        if (w == null) return null;
        for (Workshop.Group g : w.ranked()) {
            if (g.token().equals(token)) {
                ScenarioDocument here = base();
                String region = w.baseline().region().region().id();
                if (here == null || !here.region().region().id().equals(region)) {
                    // A reopened workshop of another region: its groups cannot be tabs beside this baseline.
                    message.set(i().t("workshop.otherRegion", region));
                    return null;
                }
                ScenarioDocument doc = GroupReform.of(w, g);
                ws.addScenario(doc);
                return doc;
            }
        }
        return null;
    }

    /** The comparison workbook of the baseline and every group. */
    public void exportWorkbook(Path out) {
        write(out, w -> WorkshopFiles.workbook(w, out, language(), ExportProgress.NONE));
    }

    public void exportBrief(Path out) { write(out, w -> WorkshopFiles.brief(w, out, language())); }

    /** The workshop as one workspace file: baseline, every group's scenario, the set-up and the groups. */
    public void save(Path file) { write(file, w -> WorkshopFiles.save(w, file)); }

    /** The printable handout for this workshop's address, in the app's language. */
    public void handout(Path out) {
        String at = address.get();
        write(out, w -> Handout.write(w, at, out, language()));
    }

    private Language language() { return i().english() ? Language.EN : Language.ZH; }

    private interface Job { void run(Workshop w) throws Exception; }

    private void write(Path out, Job job) {
        Workshop w = workshop();
        if (w == null || busy.get()) return;
        busy.set(true);
        background.execute(() -> {
            String done;
            boolean ok = false;
            try {
                job.run(w);
                done = i().t("workshop.written", out.toString());
                ok = true;
            } catch (Exception e) {
                done = i().t("workshop.notWritten", out.toString(), String.valueOf(e.getMessage()));
            }
            String text = done;
            boolean written = ok;
            ui.execute(() -> {
                busy.set(false);
                message.set(text);
                if (written) lastWritten.set(out);
            });
        });
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            ui.execute(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    /** The list as the workshop now stands, ranked. */
    void refresh() {
        Workshop w = workshop();
        if (w == null) return;
        open.set(w.isOpen());
        List<GroupLine> lines = new ArrayList<>();
        int rank = 1;
        for (Workshop.Group g : w.ranked()) {
            int met = (int) g.goalsMet().stream().filter(b -> b).count();
            List<Double> changes = new ArrayList<>();
            for (Indicator ind : Workshop.BOARD) changes.add(ind.of(g.result()) - ind.of(w.baselineYear()));
            lines.add(new GroupLine(g.token(), rank++, g.name(), g.submitted(), met, g.goalsMet().size(),
                    List.copyOf(changes), leversText(w, g)));
        }
        groups.setAll(lines);
    }

    private String leversText(Workshop w, Workshop.Group g) {
        StringBuilder b = new StringBuilder();
        for (DecisionLever l : w.levers()) {
            if (b.length() > 0) b.append(i().t("workshop.leverList"));
            Double v = g.levers().get(l.path());
            b.append(l.district() == null ? i().lever(l.key())
                    : i().t("workshop.leverInDistrict", i().lever(l.key()), districtName(w, l.district())));
            b.append(' ').append(v == null ? "—" : Fmt.leverNumber(l.key(), v)).append(' ').append(i().unit(l.key().unit()));
        }
        return b.toString();
    }

    /** A district's name in the app's language, from the workshop's baseline. */
    String districtName(Workshop w, String id) {
        for (var d : w.baseline().region().region().districts()) {
            if (d.id().equals(id)) return i().pick(d.nameZh(), d.nameEn());
        }
        return id;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
