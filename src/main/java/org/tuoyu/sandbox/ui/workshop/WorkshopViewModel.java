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
import org.tuoyu.sandbox.engine.Account;
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
 * (workbook, brief, workshop folder, handout). Starting, stopping and writing run on {@code background}; the list is
 * refreshed on {@code ui} when the workshop reports a change, never by polling.
 */
public final class WorkshopViewModel {

    /** One open lever: which, and the bounds groups may move it in (stored units, as on the command line). */
    public static final class LeverRow {
        public final ObjectProperty<LeverKey> key = new SimpleObjectProperty<>();
        public final StringProperty min = new SimpleStringProperty();
        public final StringProperty max = new SimpleStringProperty();
    }

    /** One goal, read in the workshop's year. */
    public static final class GoalRow {
        public final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(Indicator.ENROLMENT_RATE);
        public final ObjectProperty<Target.Relation> relation = new SimpleObjectProperty<>(Target.Relation.AT_LEAST);
        public final StringProperty value = new SimpleStringProperty();
    }

    /** A group as the teacher's list shows it. */
    public record GroupLine(String token, int rank, String name, boolean submitted, int goalsMet, int goals,
                            double budgetChange, double rateChange, String levers) {}

    private final Workspace ws;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<LeverRow> levers = FXCollections.observableArrayList();
    private final ObservableList<GoalRow> goals = FXCollections.observableArrayList();
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final IntegerProperty port = new SimpleIntegerProperty(8080);
    private final StringProperty bind = new SimpleStringProperty("127.0.0.1");
    private final ReadOnlyObjectWrapper<WorkshopServer> server = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
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

    /** The last thing the teacher should read: an error, or what was written where. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The last file or folder written (workbook, brief, workshop, handout). */
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
        if (d == null) throw new IllegalArgumentException(i().pick("没有基线方案", "there is no baseline"));
        List<DecisionLever> ls = new ArrayList<>();
        for (LeverRow r : levers) {
            if (r.key.get() == null) continue;
            ls.add(DecisionLever.parse(r.key.get().path() + "=" + r.min.get() + ":" + r.max.get(), d.region().region()));
        }
        if (ls.isEmpty()) throw new IllegalArgumentException(i().pick("请至少开放一个杠杆", "open at least one lever"));
        List<Target> ts = new ArrayList<>();
        for (GoalRow r : goals) {
            ts.add(Target.parse(r.indicator.get().key() + r.relation.get().symbol() + r.value.get(), year.get()));
        }
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
        String at = bind.get() == null ? "" : bind.get().trim();
        int p = port.get();
        busy.set(true);
        background.execute(() -> {
            try {
                WorkshopServer s = WorkshopServer.start(w, at, p);
                ui.execute(() -> started(s, at));
            } catch (IOException | RuntimeException e) {
                String why = i().pick("无法在 " + at + ":" + p + " 上开启课堂：", "Cannot serve the workshop on " + at + ":" + p + ": ")
                        + e.getMessage();
                ui.execute(() -> {
                    busy.set(false);
                    message.set(why);
                });
            }
        });
    }

    private void started(WorkshopServer s, String at) {
        busy.set(false);
        String host = at.contains(":") ? "[" + at + "]" : at;
        address.set("http://" + host + ":" + s.port() + "/?code=" + s.workshop().code()); // before the server: views read it
        server.set(s);
        message.set(i().pick("课堂已开启：请各组打开网址并输入课堂码 ", "The workshop is open: groups open the address and type the code ")
                + s.workshop().code());
        s.workshop().onChange(onChange);
        refresh();
    }

    /** Stops the server (closing the window does this); the list of groups stays for the record. */
    public void stop() {
        WorkshopServer s = server.get();
        if (s == null) return;
        s.workshop().removeListener(onChange);
        server.set(null);
        address.set("");
        open.set(false);
        background.execute(s::close);
        message.set(i().pick("课堂已结束，服务器已关闭", "The workshop has ended; the server is stopped"));
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

    /** The workshop folder: baseline, every group's scenario, the manifest. */
    public void save(Path dir) { write(dir, w -> WorkshopFiles.save(w, dir)); }

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
                done = i().pick("已写入 ", "Written: ") + out;
                ok = true;
            } catch (Exception e) {
                done = i().pick("未能写入 " + out + "：", "Could not write " + out + ": ") + e.getMessage();
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
        double budget0 = w.baselineYear().accounts().get(Account.GENERAL_BUDGET);
        double rate0 = Indicator.ENROLMENT_RATE.of(w.baselineYear());
        for (Workshop.Group g : w.ranked()) {
            int met = (int) g.goalsMet().stream().filter(b -> b).count();
            lines.add(new GroupLine(g.token(), rank++, g.name(), g.submitted(), met, g.goalsMet().size(),
                    g.result().accounts().get(Account.GENERAL_BUDGET) - budget0,
                    Indicator.ENROLMENT_RATE.of(g.result()) - rate0, leversText(w, g)));
        }
        groups.setAll(lines);
    }

    private String leversText(Workshop w, Workshop.Group g) {
        StringBuilder b = new StringBuilder();
        for (DecisionLever l : w.levers()) {
            if (b.length() > 0) b.append("；");
            Double v = g.levers().get(l.path());
            b.append(i().lever(l.key())).append(' ').append(v == null ? "—" : Fmt.leverNumber(l.key(), v)).append(' ')
                    .append(i().pick(l.key().unit().labelZh(), l.key().unit().labelEn()));
        }
        return b.toString();
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
