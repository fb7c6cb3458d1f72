package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.ObservedFigure;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * What each reported figure is (MODEL.md section 11): an input echoed back, an identity of other
 * figures, fitted (a calibration target, with its residual) or predicted (the data did not pin it).
 * A reproduction that only echoes inputs is not a validation; this list says which is which.
 */
public final class Validity {

    /** The four kinds, spelled as in the JSON. */
    public enum Kind {
        INPUT("input"), IDENTITY("identity"), FITTED("fitted"), PREDICTED("predicted");

        private final String key;

        Kind(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** One figure: the model's value beside the observed one (NaN when the horizon misses its year). */
    public record Row(String figure, String district, int year, Kind kind, double value, double observed, String source) {
        public double residual() { return value - observed; }
    }

    /** Region data echoed in the data year: the model cannot get these wrong. */
    private static final List<Indicator> INPUTS = List.of(Indicator.CHILDREN, Indicator.SEATS, Indicator.SEATS_PER_THOUSAND);
    private static final Set<String> INPUT_FIGURES = Set.of("population", "children", "seats", "inclusiveSeats",
            "toddlerClassSeats", "marketSeats", "seatsPerThousand", "inclusiveShare");
    /** Figures fixed by the enrolled total once seats and children are inputs. */
    private static final Set<String> IDENTITIES_OF_ENROLLED = Set.of("utilisation", "enrolmentRate");

    private Validity() {}

    /**
     * The rows of a scenario: the data year's inputs, then each observed figure of the region (for a
     * baseline; a reform's results are not what was observed).
     */
    public static List<Row> of(ScenarioDocument doc, ScenarioResult result) {
        List<Row> rows = new ArrayList<>();
        int dataYear = doc.region().region().dataYear();
        YearResult first = result.year(dataYear);
        if (first != null) {
            for (Indicator i : INPUTS) {
                double v = i.of(first);
                rows.add(new Row(i.key(), null, dataYear, Kind.INPUT, v, v, "region data: " + doc.region().location().display()));
            }
        }
        if (doc.parent() != null || doc.region().region().observed() == null) return rows;
        List<ObservedFigure> figures = doc.region().region().observed().figures();
        boolean calibrated = doc.calibrate() && doc.calibration() != null;
        for (ObservedFigure f : figures) {
            rows.add(new Row(f.figure(), f.district(), f.year(), kind(f, figures, calibrated, dataYear), f.read(result),
                    f.value(), f.source()));
        }
        return rows;
    }

    private static Kind kind(ObservedFigure f, List<ObservedFigure> all, boolean calibrated, int dataYear) {
        if (calibrated && f.fit()) return Kind.FITTED;
        if (f.year() == dataYear && INPUT_FIGURES.contains(f.figure())) return Kind.INPUT;
        if (calibrated && IDENTITIES_OF_ENROLLED.contains(f.figure())) {
            for (ObservedFigure t : all) {
                if (t.fit() && t.figure().equals(Indicator.ENROLLED.key()) && t.year() == f.year()
                        && java.util.Objects.equals(t.district(), f.district())) {
                    return Kind.IDENTITY;
                }
            }
        }
        return Kind.PREDICTED;
    }

    /** The table printed by {@code run} and {@code validate}. */
    public static String table(List<Row> rows) {
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("validity (input: echoed data; identity: follows from others; fitted: a calibration"
                + " target; predicted: not pinned by the data)\n");
        b.append(String.format(Locale.ROOT, "  %-34s %-9s %14s %14s %10s%n", "figure", "kind", "model", "observed", "diff"));
        for (Row r : rows) {
            String name = r.figure() + (r.district() == null ? "" : "@" + r.district()) + " " + r.year();
            b.append(String.format(Locale.ROOT, "  %-34s %-9s %14s %14s %10s%n", name, r.kind().key(), fmt(r.value()),
                    fmt(r.observed()), Double.isNaN(r.value()) ? "-" : fmt(r.residual())));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "-";
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
