package org.tuoyu.sandbox.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.decide.GoalSeek;
import org.tuoyu.sandbox.decide.SeekResult;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seek FILE --lever KEY --target IND=VALUE --year Y}: the value of one lever that reaches a target. */
@Command(name = "seek", sortOptions = false,
        description = "Goal seek: the value of one lever (region-wide or one district's) that reaches a target in a year.")
final class SeekCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A scenario file, or builtin:NAME.yaml.")
    String file;

    @Option(names = "--lever", required = true, paramLabel = "KEY[@YEAR][=MIN:MAX]",
            description = "The lever, e.g. demand.voucher.A2 or districts.tongzhou.seats.targetPerThousand=4:12;"
                    + " @YEAR: in force from that year on (earlier years keep the scenario's schedule).")
    String lever;

    @Option(names = "--target", required = true, paramLabel = "IND[@DISTRICT|@Qn](=|>=|<=)VALUE",
            description = "e.g. enrolmentRate=0.286, shareAboveThreshold@Q1<=0.1, utilisation@tongzhou>=0.6.")
    String target;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year the target is read in.")
    int year;

    @Option(names = "--json", description = "Print the answer as JSON (fields: docs/decide.md).")
    boolean json;

    @Override
    public Integer call() throws Main.UsageException {
        ScenarioDocument doc = DecideInput.load(file);
        Commands.warn(doc, err());
        DecisionLever l;
        try {
            l = DecisionLever.parse(lever, doc.region().region());
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--lever: " + e.getMessage());
        }
        Target t = DecideInput.target(target, year);
        SeekResult r;
        try {
            r = GoalSeek.seek(doc.scenario(), l, t);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", r.value());
            m.put("achieved", r.achieved());
            m.put("reached", r.reached());
            m.put("shortfall", r.shortfall());
            m.put("lever", l.label());
            m.put("min", l.min());
            m.put("max", l.max());
            m.put("target", DecideInput.targetJson(t));
            m.put("lowest", r.lowest());
            m.put("highest", r.highest());
            m.put("evaluations", r.evaluations());
            m.put("message", r.messageEn());
            out().println(Commands.json(m));
        } else {
            out().println(r.messageEn());
        }
        return Main.OK;
    }
}
