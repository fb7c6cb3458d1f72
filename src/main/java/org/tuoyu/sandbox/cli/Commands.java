package org.tuoyu.sandbox.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.tuoyu.sandbox.engine.Band;
import org.tuoyu.sandbox.engine.Bands;
import org.tuoyu.sandbox.engine.Decomposition;
import org.tuoyu.sandbox.engine.DistrictResult;
import org.tuoyu.sandbox.engine.FiscalComponent;
import org.tuoyu.sandbox.engine.IncomeGroupResult;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.export.Units;
import org.tuoyu.sandbox.export.Validity;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/** What the commands share: warnings, JSON, and the text tables of run and compare. */
final class Commands {

    private Commands() {}

    // The catalogue's indicators each table of run and compare shows, in column order.
    private static final List<Indicator> SUMMARY_SEATS = List.of(Indicator.CHILDREN, Indicator.SEATS,
            Indicator.SEATS_PER_THOUSAND, Indicator.INCLUSIVE_SHARE, Indicator.ENROLLED);
    private static final List<Indicator> SUMMARY_ACCESS = List.of(Indicator.ENROLMENT_RATE, Indicator.UTILISATION,
            Indicator.UNMET_PRICE, Indicator.UNMET_SEATS, Indicator.SHARE_ABOVE_THRESHOLD);
    private static final List<Indicator> SUMMARY_MONEY = List.of(Indicator.FISCAL_COST, Indicator.COST_PER_ENROLLED_CHILD);
    private static final List<Indicator> DISTRICT_COLUMNS = List.of(Indicator.CHILDREN, Indicator.SEATS, Indicator.ENROLLED,
            Indicator.ENROLMENT_RATE, Indicator.UTILISATION, Indicator.INCLUSIVE_FEE, Indicator.MARKET_FEE,
            Indicator.FISCAL_COST, Indicator.BREAK_EVEN_UTILISATION);
    private static final List<Indicator> GROUP_COLUMNS = List.of(Indicator.CHILDREN, Indicator.ENROLLED,
            Indicator.ENROLMENT_RATE, Indicator.MEAN_NET_BURDEN, Indicator.MEAN_NET_COST_MONTH,
            Indicator.SHARE_ABOVE_THRESHOLD);
    private static final List<Indicator> YEAR_COLUMNS = List.of(Indicator.CHILDREN, Indicator.SEATS, Indicator.ENROLLED,
            Indicator.ENROLMENT_RATE, Indicator.UTILISATION, Indicator.FISCAL_COST);
    private static final List<Indicator> COMPARE_COLUMNS = List.of(Indicator.FISCAL_COST, Indicator.ENROLLED,
            Indicator.ENROLMENT_RATE, Indicator.UTILISATION, Indicator.SHARE_ABOVE_THRESHOLD);

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

    /**
     * "D0 (potentialDemandShare) 0.7504, m (matchFactor) 0.8000": the calibrated parameters, by the model's symbol
     * first, because the validity table below has an observed figure also called potentialDemandShare (the share
     * wanting care, which D0 is fitted to) and a reader must not take one for the other.
     */
    static String calibrated(ScenarioDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.calibration().parameters().forEach((k, v) -> b.append(b.length() > 0 ? ", " : "").append(symbolled(k))
                .append(' ').append(String.format(java.util.Locale.ROOT, "%.4f", v)));
        return b.toString();
    }

    private static String symbolled(String key) {
        org.tuoyu.sandbox.engine.FreeParameter p = org.tuoyu.sandbox.engine.FreeParameter.fromName(key);
        return p == null || p.symbol() == null ? key : p.symbol() + " (" + key + ")";
    }

    static void printScenario(ScenarioDocument doc, ScenarioResult r, Integer year, PrintStream out)
            throws Main.UsageException {
        YearResult y = pick(r, year);
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
        out.println(headline(y, SUMMARY_SEATS));
        out.println(headline(y, SUMMARY_ACCESS) + " (threshold " + Units.percent(doc.scenario().behaviour().affordabilityThreshold())
                + " of income)");
        out.println(headline(y, SUMMARY_MONEY));
        for (FiscalComponent c : FiscalComponent.values()) {
            double v = y.fiscal().get(c);
            if (v != 0) out.printf("  %-22s %s%n", c.key(), Units.money(v, false));
        }
        out.println();
        IndicatorTable districts = new IndicatorTable("district", IndicatorTable.keys(DISTRICT_COLUMNS));
        for (DistrictResult d : y.districts()) {
            List<String> cells = new ArrayList<>();
            for (Indicator i : DISTRICT_COLUMNS) cells.add(IndicatorTable.value(i, i.of(d)));
            districts.row(d.id(), cells);
        }
        districts.print(out);
        out.println();
        IndicatorTable groups = new IndicatorTable("group", IndicatorTable.keys(GROUP_COLUMNS));
        for (IncomeGroupResult g : y.incomeGroups()) {
            List<String> cells = new ArrayList<>();
            for (Indicator i : GROUP_COLUMNS) cells.add(IndicatorTable.value(i, i.of(g)));
            groups.row(String.valueOf(g.group()), cells);
        }
        groups.print(out);
        if (r.years().size() > 1) {
            out.println();
            IndicatorTable years = new IndicatorTable("year", IndicatorTable.keys(YEAR_COLUMNS));
            for (YearResult x : r.years()) {
                List<String> cells = new ArrayList<>();
                for (Indicator i : YEAR_COLUMNS) cells.add(IndicatorTable.value(i, i.of(x)));
                years.row(String.valueOf(x.year()), cells);
            }
            years.print(out);
            out.printf("total fiscal cost %d-%d: %s%n", r.first().year(), r.last().year(),
                    Units.money(r.cumulativeFiscal().total(), false));
        }
    }

    /** "enrolment rate 9.7% · seat utilisation 38.2% · ...": the catalogue's English labels and the year's values. */
    private static String headline(YearResult y, List<Indicator> indicators) {
        List<String> parts = new ArrayList<>();
        for (Indicator i : indicators) parts.add(i.labelEn() + " " + IndicatorTable.value(i, i.of(y)));
        return String.join(" · ", parts);
    }

    static void printComparison(List<ScenarioDocument> docs, List<ScenarioResult> results, Integer year, PrintStream out)
            throws Main.UsageException {
        YearResult base = pick(results.get(0), year);
        double baseCum = results.get(0).cumulativeFiscal().total();
        out.printf("compared with %s (%d; horizon totals over %d-%d)%n", docs.get(0).name(), base.year(),
                results.get(0).first().year(), results.get(0).last().year());
        // Seats are built from the year after the data year, so the horizon's last year is shown too.
        YearResult baseLast = results.get(0).last();
        List<String> heads = new ArrayList<>();
        for (Indicator i : COMPARE_COLUMNS) {
            heads.add(i.key());
            heads.add("Δ");
        }
        heads.add(Indicator.FISCAL_COST.key() + " " + results.get(0).first().year() + "-" + results.get(0).last().year());
        heads.add(Indicator.ENROLLED.key() + " " + baseLast.year());
        heads.add("Δ");
        IndicatorTable t = new IndicatorTable("scenario", heads);
        for (int i = 0; i < docs.size(); i++) {
            YearResult y = pick(results.get(i), year);
            List<String> cells = new ArrayList<>();
            for (Indicator ind : COMPARE_COLUMNS) {
                cells.add(IndicatorTable.value(ind, ind.of(y)));
                cells.add(i == 0 ? "" : IndicatorTable.delta(ind, ind.of(y) - ind.of(base)));
            }
            double cum = results.get(i).cumulativeFiscal().total();
            cells.add(i == 0 ? Units.money(cum, false) : Units.moneyDelta(cum - baseCum, false));
            double lastEnrolled = Indicator.ENROLLED.of(results.get(i).last());
            cells.add(IndicatorTable.value(Indicator.ENROLLED, lastEnrolled));
            cells.add(i == 0 ? "" : IndicatorTable.delta(Indicator.ENROLLED, lastEnrolled - Indicator.ENROLLED.of(baseLast)));
            t.row(clip(docs.get(i).name(), 34), cells);
        }
        t.print(out);
    }

    static void printBands(MonteCarloResult mc, PrintStream out) {
        out.println();
        out.printf("Monte Carlo: %d draws%s, seed %d (P5 / P50 / P95)%n", mc.draws(),
                mc.recalibrated() ? ", baseline re-calibrated in every draw" : ", not re-calibrated", mc.seed());
        IndicatorTable t = new IndicatorTable("year", IndicatorTable.keys(Bands.INDICATORS));
        for (Bands b : mc.years()) {
            List<String> cells = new ArrayList<>();
            for (Indicator i : Bands.INDICATORS) cells.add(band(b.of(i), v -> IndicatorTable.value(i, v)));
            t.row(String.valueOf(b.year()), cells);
        }
        t.print(out);
        if (mc.calibrationMisses() > 0) {
            out.printf(mc.drawsInBands() < mc.draws()
                    ? "%d draws could not reproduce the data year's observed figures and are left out: bands of %d%n"
                    : "%d draws (all) could not reproduce the data year's observed figures: bands of their best fits (%d)%n",
                    mc.calibrationMisses(), mc.drawsInBands());
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
