package org.tuoyu.sandbox.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.ScenarioReader;

/** Scenarios for the export tests: the Jiangmen baseline and reforms made with --set, or the Beijing files. */
final class Fixtures {

    static final Path SCENARIOS = Path.of("scenarios");

    private Fixtures() {}

    /** Jiangmen 2024, plus two reforms: vouchers, and an operating subsidy with a per-district override. */
    static List<ScenarioDocument> jiangmen() throws Exception {
        ScenarioDocument base = ScenarioFiles.load(SCENARIOS.resolve("jiangmen-2024.yaml"));
        ScenarioDocument vouchers = ScenarioFiles.applySetting(base, "levers.demand.voucher.A2=600")
                .withName("江门 + 托育券 600", "Jiangmen + vouchers 600");
        ScenarioDocument subsidy = ScenarioFiles.applySetting(base, "levers.supply.operatingSubsidy.A2=800");
        subsidy = ScenarioFiles.applySetting(subsidy, "levers.districts.pengjiang.supply.grantPerNewSeat=3000")
                .withName("江门 + 运营补贴 800", "Jiangmen + operating subsidy 800");
        return List.of(base, vouchers, subsidy);
    }

    /** The five Beijing scenario files shipped in scenarios/. */
    static List<ScenarioDocument> beijing() throws Exception {
        List<Location> ls = new ArrayList<>();
        for (String f : List.of("beijing-2025.yaml", "beijing-2025-hangzhou-vouchers.yaml", "beijing-2025-hangzhou-vouchers-hukou.yaml",
                "beijing-2025-changping-awards.yaml", "beijing-2025-maternity-allowance-158.yaml")) {
            ls.add(Location.of(SCENARIOS.resolve(f)));
        }
        return ScenarioReader.readAll(ls);
    }

    static List<ScenarioResult> evaluate(List<ScenarioDocument> docs) {
        List<ScenarioResult> r = new ArrayList<>();
        for (ScenarioDocument d : docs) r.add(Evaluator.evaluate(d.scenario()));
        return r;
    }
}
