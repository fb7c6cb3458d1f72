package org.tuoyu.sandbox.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.tuoyu.sandbox.scenario.DistrictExport;
import org.tuoyu.sandbox.scenario.DistrictImport;
import org.tuoyu.sandbox.scenario.DistrictTemplate;
import org.tuoyu.sandbox.scenario.ImportReport;
import org.tuoyu.sandbox.scenario.ImportTexts;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.RegionDocument;
import org.tuoyu.sandbox.scenario.RegionWriter;
import org.tuoyu.sandbox.scenario.ScenarioFileException;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code districts export|template|import}: the district table as .xlsx or .csv (docs/districts.md). */
@Command(name = "districts", description = "District tables from and to Excel or CSV (docs/districts.md).",
        synopsisSubcommandLabel = "(export | template | import)",
        subcommands = {DistrictsCommand.Export.class, DistrictsCommand.Template.class, DistrictsCommand.Import.class})
final class DistrictsCommand extends CliCommand {

    @Override
    public Integer call() {
        throw usage("districts needs a command: export, template or import");
    }

    /** What the three share: a region's files are bad input (2), and so is a target that cannot be written. */
    abstract static class Step extends CliCommand {

        @Override
        public final Integer call() {
            try {
                return step();
            } catch (ScenarioFileException e) {
                err().println(e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err().println("cannot write: " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }

        abstract int step() throws ScenarioFileException, IOException;
    }

    @Command(name = "export", description = "Write the district table of a region (or of a scenario's region).")
    static final class Export extends Step {
        @Parameters(index = "0", paramLabel = "REGION_OR_SCENARIO", description = "A region or scenario file.")
        String region;

        @Parameters(index = "1", paramLabel = "OUT.xlsx|OUT.csv", description = "The table to write.")
        String target;

        @Override
        int step() throws ScenarioFileException, IOException {
            RegionDocument r = ScenarioFiles.regionOf(Location.parse(region));
            DistrictExport.write(r, Path.of(target));
            out().println("wrote " + target + ": " + r.region().districts().size() + " districts of " + r.region().id());
            return Main.OK;
        }
    }

    @Command(name = "template", description = "Write an empty district table, with a region's districts if given.")
    static final class Template extends Step {
        @Parameters(index = "0", paramLabel = "OUT.xlsx|OUT.csv", description = "The table to write.")
        String target;

        @Parameters(index = "1", arity = "0..1", paramLabel = "REGION_OR_SCENARIO",
                description = "Fill the district rows from this region or scenario file.")
        String region;

        @Override
        int step() throws ScenarioFileException, IOException {
            RegionDocument r = region == null ? null : ScenarioFiles.regionOf(Location.parse(region));
            DistrictTemplate.write(Path.of(target), r);
            out().println("wrote " + target + (r == null ? "" : " with the districts of " + r.region().id()));
            return Main.OK;
        }
    }

    /**
     * Prints the report; exit 2 when a value was rejected or a row named no district, in which case the new region
     * file is written only with --force (accepted values only).
     */
    @Command(name = "import", sortOptions = false,
            description = "Read a district table into a region and report every change and every rejected value.")
    static final class Import extends Step {
        @Parameters(index = "0", paramLabel = "REGION_OR_SCENARIO", description = "The region to update.")
        String region;

        @Parameters(index = "1", paramLabel = "TABLE.xlsx|TABLE.csv", description = "The filled-in district table.")
        String table;

        @Option(names = "--out", paramLabel = "NEW_REGION.yaml", description = "Write the region with the imported values.")
        String outFile;

        @Option(names = "--force", description = "Write the accepted values even when some were rejected.")
        boolean force;

        @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
                description = "Language of the report and its reasons (default en, as the rest of the command line).")
        String lang;

        @Override
        int step() throws ScenarioFileException, IOException {
            if (!lang.equals("zh") && !lang.equals("en")) throw usage("--lang takes zh or en, got " + lang);
            ImportTexts t = ImportTexts.of(lang.equals("en"));
            RegionDocument r = ScenarioFiles.regionOf(Location.parse(region));
            ImportReport report = DistrictImport.read(Path.of(table), r, t);
            report.print(out());
            boolean bad = report.anyRejected();
            if (outFile == null) {
                out().println(t.t("cli.nothingWritten"));
            } else if (bad && !force) {
                out().println(t.t("cli.rejectedNotWritten"));
            } else {
                RegionWriter.save(report.result(), Path.of(outFile), "District table imported from " + report.file()
                        + (report.sheet().isEmpty() ? "" : " (sheet " + report.sheet() + ")") + " into "
                        + r.location().display() + " on " + LocalDate.now() + "; see docs/districts.md");
                out().println(t.t(bad ? "cli.wroteAccepted" : "cli.wrote", outFile));
            }
            return bad ? Main.BAD_INPUT : Main.OK;
        }
    }
}
