package org.tuoyu.sandbox.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.workshop.Workshop;
import org.tuoyu.sandbox.workshop.WorkshopFiles;
import org.tuoyu.sandbox.workshop.WorkshopServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workshop serve}: the classroom server without a window (docs/workshop.md). */
@Command(name = "workshop", description = "Classroom workshops: groups design policies from their phones (docs/workshop.md).",
        synopsisSubcommandLabel = "serve", subcommands = {WorkshopCommand.Serve.class})
final class WorkshopCommand extends CliCommand {

    @Override
    public Integer call() {
        throw usage("workshop needs a command: serve");
    }

    @Command(name = "serve", sortOptions = false,
            description = "Serve the group page and its JSON API on the local network until stopped (Ctrl-C) or --for ends.")
    static final class Serve extends CliCommand {

        @Parameters(index = "0", paramLabel = "BASELINE|SAVED.tuoyu",
                description = "The baseline every group starts from, or a saved workshop to reopen under a new code.")
        String baseline;

        @Option(names = "--levers", paramLabel = "KEY=MIN:MAX[,KEY=MIN:MAX...]",
                description = "The levers groups may move, with their bounds, e.g. demand.voucher.A2=0:2000 (not with a saved workshop).")
        List<String> levers = new ArrayList<>();

        @Option(names = "--goal", paramLabel = "IND[@DISTRICT|@Qn](>=|<=)VALUE",
                description = "A goal, read in --year, e.g. enrolmentRate>=0.286 or generalBudget<=3e9; repeatable.")
        List<String> goals = new ArrayList<>();

        @Option(names = "--year", paramLabel = "YEAR", description = "The year results and goals are read in (not with a saved workshop).")
        Integer year;

        @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default 8080; 0 picks a free one).")
        int port;

        @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
                description = "The address to serve on (default 127.0.0.1, this machine only; give the classroom network's address).")
        String bind;

        @Option(names = "--code", paramLabel = "CODE", description = "The join code (default: six random letters).")
        String code;

        @Option(names = "--minutes", paramLabel = "MINUTES",
                description = "How long submissions stay open from the start; then they lock (default 0: no limit; a saved workshop's own).")
        Integer minutes;

        @Option(names = "--for", paramLabel = "SECONDS", description = "Stop after this many seconds (for scripts).")
        Integer seconds;

        @Override
        public Integer call() throws Main.UsageException {
            if (minutes != null && (minutes < 0 || minutes > 24 * 60)) throw new Main.UsageException("--minutes " + minutes + ": 0 to 1440");
            if (code != null && !code.trim().matches("[A-Za-z0-9]{4,12}")) {
                throw new Main.UsageException("--code '" + code + "': 4 to 12 letters or digits");
            }
            Workshop w = baseline.toLowerCase(java.util.Locale.ROOT).endsWith(".tuoyu") ? saved() : described();
            try (WorkshopServer s = WorkshopServer.start(w, bind, port)) {
                if (minutes != null) w.setMinutes(minutes);
                String host = bind.contains(":") ? "[" + bind + "]" : bind;
                out().println("workshop: http://" + host + ":" + s.port() + "/?code=" + w.code() + "   join code " + w.code());
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                if (seconds == null) stop.await();
                else stop.await(seconds, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new Main.UsageException("cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Main.OK;
        }

        private Workshop described() throws Main.UsageException {
            if (levers.isEmpty()) throw new Main.UsageException("--levers is needed: the levers groups may move, KEY=MIN:MAX");
            if (year == null) throw new Main.UsageException("--year is needed: the year results and goals are read in");
            ScenarioDocument doc = DecideInput.load(baseline);
            List<Target> ts = new ArrayList<>();
            for (String g : goals) ts.add(DecideInput.target(g, year));
            try {
                return new Workshop(doc, DecideInput.levers(levers, doc.region().region()), ts, year, code);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException(e.getMessage());
            }
        }

        /** A saved workshop (docs/workshop.md): its own levers, goals, year and groups, under a new code. */
        private Workshop saved() throws Main.UsageException {
            if (!levers.isEmpty() || !goals.isEmpty() || year != null || code != null) {
                throw new Main.UsageException("a saved workshop brings its own levers, goals, year and a new join code:"
                        + " drop --levers, --goal, --year and --code");
            }
            try {
                return WorkshopFiles.open(Path.of(baseline));
            } catch (ScenarioFileException e) {
                throw new Main.UsageException(e.getMessage());
            }
        }
    }
}
