package org.tuoyu.sandbox.cli;

import java.util.List;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.export.Validity;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ProvenanceReport;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.RegionReader;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE...}: reads scenario and region files and says what is wrong or unsourced. */
@Command(name = "validate", sortOptions = false,
        description = "Check scenario and region files; exit 2 if one cannot be read (or, with --provenance, has an"
                + " input without a source).")
final class ValidateCommand extends CliCommand {

    @Option(names = "--provenance", description = "List every input with its source flag; unsourced inputs fail.")
    boolean provenance;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or region files, or builtin:NAME.yaml.")
    List<String> files;

    @Override
    public Integer call() {
        int code = Main.OK;
        for (String f : files) {
            try {
                if (!check(f)) code = Main.BAD_INPUT;
            } catch (ScenarioFileException e) {
                err().println(e.getMessage());
                code = Main.BAD_INPUT;
            }
        }
        return code;
    }

    /** Prints what one file holds; false when --provenance finds inputs without a source. */
    private boolean check(String f) throws ScenarioFileException {
        if (ScenarioFiles.isRegionFile(Location.parse(f))) {
            RegionDocument region = RegionReader.read(Location.parse(f));
            out().printf("ok  %s (region %s, %d districts, willingness fit b50 %.4f s %.4f, RMS residual %.4f)%n", f,
                    region.region().id(), region.region().districts().size(), region.fit().curve().b50(),
                    region.fit().curve().s(), region.fit().rmsResidual());
            return true;
        }
        ScenarioDocument doc = ScenarioFiles.load(Location.parse(f));
        String cal = doc.calibration() == null ? "" : " (calibrated: " + Commands.calibrated(doc) + ")";
        out().println("ok  " + f + cal);
        for (String w : doc.warnings()) out().println("    warning: " + w);
        out().print(Validity.table(Validity.of(doc, Evaluator.evaluate(doc.scenario()))).replaceAll("(?m)^", "    "));
        if (!provenance) return true;
        ProvenanceReport report = ProvenanceReport.of(doc);
        report.print(out());
        return report.unsourced().isEmpty();
    }
}
