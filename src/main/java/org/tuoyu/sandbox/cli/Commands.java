package org.tuoyu.sandbox.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.List;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.Totals;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.export.Validity;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/** What the commands share: warnings, JSON, and the text tables of run and compare. */
final class Commands {

    private Commands() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static void warn(ScenarioDocument doc, PrintStream err) {
        for (String w : doc.warnings()) err.println(doc.location().display() + ": warning: " + w);
    }

    static String json(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report tree holds only maps, lists, numbers and text", e);
        }
    }

    private static YearResult pick(ScenarioResult r, Integer year) throws Main.UsageException {
        if (year == null) return r.first();
        YearResult y = r.year(year);
        if (y == null) throw new Main.UsageException("--year " + year + " is outside the horizon "
                + r.first().year() + "-" + r.last().year());
        return y;
    }

    /** "potentialDemandShare 0.7504, matchFactor 0.8000": the calibrated parameters. */
    static String calibrated(ScenarioDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.calibration().parameters().forEach((k, v) -> b.append(b.length() > 0 ? ", " : "").append(k)
                .append(' ').append(String.format(java.util.Locale.ROOT, "%.4f", v)));
        return b.toString();
    }

    static void printScenario(ScenarioDocument doc, ScenarioResult r, Integer year, PrintStream out)
            throws Main.UsageException {
        YearResult y = pick(r, year);
        Totals t = y.totals();
        out.printf("%s / %s — %d%n", doc.name(), doc.nameEn(), y.year());
        if (doc.calibration() != null) {
            var c = doc.calibration();
            if (c.parameters().keySet().equals(java.util.Set.of("potentialDemandShare")) && !Double.isNaN(c.targetEnrolled())) {
                out.printf("calibration: potential-demand share %.4f (enrolment %s of observed %s)%n", c.value(),
                        Units.count(c.achievedEnrolled()), Units.count(c.targetEnrolled()));
            } else {
                out.println("calibration: " + calibrated(doc) + " — " + c.message());
            }
        }
        out.printf("willingness: b50 %.4f, s %.4f, fit RMS residual %.4f%n", doc.scenario().behaviour().willingness().b50(),
                doc.scenario().behaviour().willingness().s(), doc.fit().rmsResidual());
        out.print(Validity.table(Validity.of(doc, r)));
        out.printf("children 0-3 %s · seats %s (%s per 1000, %s inclusive) · enrolled %s%n", Units.count(t.children()),
                Units.count(t.seats()), Units.decimal(t.seatsPerThousand(), 2), Units.percent(t.inclusiveShare()),
                Units.count(t.enrolled()));
        out.printf("enrolment rate %s · utilisation %s · unmet: can't afford %s, no seat %s · above %s of income: %s%n",
                Units.percent(t.enrolmentRate()), Units.percent(t.utilisation()), Units.count(t.unmetPrice()),
                Units.count(t.unmetSeats()), Units.percent(doc.scenario().behaviour().affordabilityThreshold()),
                Units.percent(t.shareAboveThreshold()));
        out.printf("fiscal cost %s (per enrolled child %s)%n", Units.money(t.fiscalCost(), false),
                Units.money(t.costPerEnrolledChild(), false));
        for (FiscalComponent c : FiscalComponent.values()) {
            double v = y.fiscal().get(c);
            if (v != 0) out.printf("  %-22s %s%n", c.key(), Units.money(v, false));
        }
        out.println();
        out.printf("%-14s %9s %8s %8s %7s %7s %8s %8s %12s %9s%n", "district", "children", "seats", "enrolled",
                "rate", "util", "incFee", "mktFee", "fiscal", "breakEven");
        for (DistrictResult d : y.districts()) {
            out.printf("%-14s %9s %8s %8s %7s %7s %8s %8s %12s %9s%n", d.id(), Units.count(d.childrenTotal()),
                    Units.count(d.seats()), Units.count(d.enrolled()), Units.percent(d.enrolmentRate()),
                    Units.percent(d.utilisation()), Units.count(d.inclusiveFee()), Units.count(d.marketFee()),
                    Units.money(d.fiscalCost(), false), Units.percent(d.breakEvenUtilisation()));
        }
        out.println();
        out.printf("%-5s %9s %8s %7s %10s %12s %8s%n", "group", "children", "enrolled", "rate", "netBurden", "netCost/月", "above");
        for (IncomeGroupResult g : y.incomeGroups()) {
            out.printf("%-5s %9s %8s %7s %10s %12s %8s%n", g.group(), Units.count(g.children()), Units.count(g.enrolled()),
                    Units.percent(g.enrolmentRate()), Units.percent(g.meanNetBurden()), Units.count(g.meanNetCostMonth()),
                    Units.percent(g.shareAboveThreshold()));
        }
        if (r.years().size() > 1) {
            out.println();
            out.printf("%-6s %9s %8s %8s %7s %7s %14s%n", "year", "children", "seats", "enrolled", "rate", "util", "fiscal");
            for (YearResult x : r.years()) {
                Totals u = x.totals();
                out.printf("%-6d %9s %8s %8s %7s %7s %14s%n", x.year(), Units.count(u.children()), Units.count(u.seats()),
                        Units.count(u.enrolled()), Units.percent(u.enrolmentRate()), Units.percent(u.utilisation()),
                        Units.money(u.fiscalCost(), false));
            }
            out.printf("total fiscal cost %d-%d: %s%n", r.first().year(), r.last().year(),
                    Units.money(r.cumulativeFiscal().total(), false));
        }
    }

    static void printComparison(List<ScenarioDocument> docs, List<ScenarioResult> results, Integer year, PrintStream out)
            throws Main.UsageException {
        Totals base = pick(results.get(0), year).totals();
        double baseCum = results.get(0).cumulativeFiscal().total();
        int shown = pick(results.get(0), year).year();
        out.printf("compared with %s (%d; horizon totals over %d-%d)%n", docs.get(0).name(), shown,
                results.get(0).first().year(), results.get(0).last().year());
        // Seats are built from the year after the data year, so the horizon's last year is shown too.
        Totals baseLast = results.get(0).last().totals();
        String last = "enrolled " + results.get(0).last().year();
        out.printf("%-34s %14s %14s %9s %9s %9s %9s %9s %16s %14s %9s%n", "scenario", "fiscal", "Δfiscal", "enrolled", "Δenrol",
                "rate", "util", "above", "Δhorizon fiscal", last, "Δ");
        for (int i = 0; i < docs.size(); i++) {
            Totals t = pick(results.get(i), year).totals();
            Totals tl = results.get(i).last().totals();
            double cum = results.get(i).cumulativeFiscal().total();
            out.printf("%-34s %14s %14s %9s %9s %9s %9s %9s %16s %14s %9s%n", clip(docs.get(i).name(), 34),
                    Units.money(t.fiscalCost(), false), i == 0 ? "" : Units.moneyDelta(t.fiscalCost() - base.fiscalCost(), false),
                    Units.count(t.enrolled()), i == 0 ? "" : signed(t.enrolled() - base.enrolled()),
                    Units.percent(t.enrolmentRate()), Units.percent(t.utilisation()), Units.percent(t.shareAboveThreshold()),
                    i == 0 ? Units.money(cum, false) : Units.moneyDelta(cum - baseCum, false),
                    Units.count(tl.enrolled()), i == 0 ? "" : signed(tl.enrolled() - baseLast.enrolled()));
        }
    }

    static void printBands(MonteCarloResult mc, PrintStream out) {
        out.println();
        out.printf("Monte Carlo: %d draws%s, seed %d (P5 / P50 / P95)%n", mc.draws(),
                mc.recalibrated() ? ", baseline re-calibrated in every draw" : ", not re-calibrated", mc.seed());
        out.printf("%-6s %-44s %-26s %-26s%n", "year", "fiscal", "enrolment rate", "unmet: no seat");
        for (Bands b : mc.years()) {
            out.printf("%-6d %-44s %-26s %-26s%n", b.year(),
                    band(b.fiscalCost(), v -> Units.money(v, false)), band(b.enrolmentRate(), Units::percent),
                    band(b.unmetSeats(), Units::count));
        }
    }

    private static String band(Band b, java.util.function.DoubleFunction<String> f) {
        return f.apply(b.p5()) + " / " + f.apply(b.p50()) + " / " + f.apply(b.p95());
    }

    static void printDecomposition(Decomposition d, PrintStream out) {
        out.println();
        out.printf("decomposition of %s against %s (first year; horizon)%n", d.reform(), d.baseline());
        out.printf("%-8s %14s %10s %16s %14s   %14s %16s%n", "step", "Δfiscal", "Δenrol", "Δhorizon fiscal",
                "Δenrol-years", "Shapley fiscal", "Shapley horizon");
        for (int g = 0; g < d.forward().size(); g++) {
            Decomposition.Step s = d.forward().get(g), sh = d.shapley().get(g);
            out.printf("%-8s %14s %10s %16s %14s   %14s %16s%n", s.group().key(), Units.moneyDelta(s.effect().fiscalCost(), false),
                    signed(s.effect().enrolled()), Units.moneyDelta(s.effect().horizonFiscalCost(), false),
                    signed(s.effect().horizonEnrolled()), Units.moneyDelta(sh.effect().fiscalCost(), false),
                    Units.moneyDelta(sh.effect().horizonFiscalCost(), false));
        }
        out.printf("%-8s %14s %10s %16s %14s%n", "total", Units.moneyDelta(d.total().fiscalCost(), false),
                signed(d.total().enrolled()), Units.moneyDelta(d.total().horizonFiscalCost(), false),
                signed(d.total().horizonEnrolled()));
    }

    private static String signed(double v) { return (v >= 0 ? "+" : "−") + Units.count(Math.abs(v)); }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
