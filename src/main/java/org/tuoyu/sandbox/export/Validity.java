package org.tuoyu.sandbox.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.ObservedFigure;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;
import org.tuoyu.sandbox.scenario.ScenarioDocument;

/**
 * What each reported figure is (MODEL.md section 11): an input echoed back, an identity of other
 * figures, fitted (a calibration target, with its residual) or predicted (the data did not pin it).
 * A reproduction that only echoes inputs is not a validation; this list says which is which, where each
 * observed figure comes from, and why a row cannot test the model when it cannot.
 */
public final class Validity {

    /** The four kinds, spelled as in the JSON. */
    public enum Kind {
        INPUT("input"), IDENTITY("identity"), FITTED("fitted"), PREDICTED("predicted");

        private final String key;

        Kind(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** Why a row has its kind: what it can and cannot say about the model (texts {@code validity.why.*}). */
    public enum Reason {
        /** Region data echoed back. */
        INPUT,
        /** Follows from the region file's seat split, which was built from this figure. */
        SEAT_SPLIT,
        /** Utilisation = enrolled / seats, with enrolled fitted and seats an input. */
        ENROLLED_OVER_SEATS,
        /** Enrolment rate = enrolled / children, with enrolled fitted and children an input. */
        ENROLLED_OVER_CHILDREN,
        /** A calibration target. */
        FITTED,
        /** Held out, a point figure. */
        PREDICTED,
        /** Held out, a range the model falls in. */
        IN_RANGE,
        /** Held out, a range the model misses. */
        OUT_OF_RANGE;

        /** The reason in words ({@code validity.why.NAME} in the export bundles). */
        public String text(Language lang) { return ExportTexts.get(lang, "validity.why." + name()); }
    }

    /**
     * One figure: the model's value beside the observed one (NaN when the horizon misses its year).
     *
     * @param of    the observed figure (for an input row, the region datum itself, observed = model)
     * @param value the model's value
     */
    public record Row(ObservedFigure of, Kind kind, double value, Reason why) {
        public String figure() { return of.figure(); }

        public String district() { return of.district(); }

        public int year() { return of.year(); }

        /** The observed value (a range's middle). */
        public double observed() { return of.value(); }

        public String source() { return of.source(); }

        /** The source in short; the full source when the file gives no short form. */
        public String cite() { return of.cite().isEmpty() ? of.source() : of.cite(); }

        public double residual() { return value - observed(); }

        /** The reason for the kind, then the file's own note. */
        public String note(Language lang) {
            String own = of.note(lang.english());
            return own.isEmpty() ? why.text(lang) : ExportTexts.text(lang, "validity.reasonAndNote", why.text(lang), own);
        }
    }

    /** Region data echoed in the data year: the model cannot get these wrong. */
    private static final List<Indicator> INPUTS = List.of(Indicator.CHILDREN, Indicator.SEATS, Indicator.SEATS_PER_THOUSAND);
    private static final Set<String> INPUT_FIGURES = Set.of("population", "children", "seats", "inclusiveSeats",
            "toddlerClassSeats", "marketSeats", "seatsPerThousand", "inclusiveShare", ObservedFigure.INCLUSIVE_CENTRE_SEATS);

    /** The widest a full source is shown in the printed table when the file gives no short {@code cite}. */
    private static final int SOURCE_COLUMNS = 60;

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
            String file = doc.region().location().display();
            String cite = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(':')) + 1);
            for (Indicator i : INPUTS) {
                double v = i.of(first);
                ObservedFigure datum = new ObservedFigure(i.key(), null, dataYear, v, "region data: " + file, false,
                        "region data, " + cite, "", "", Double.NaN, Double.NaN);
                rows.add(new Row(datum, Kind.INPUT, v, Reason.INPUT));
            }
        }
        if (doc.parent() != null || doc.region().region().observed() == null) return rows;
        List<ObservedFigure> figures = doc.region().region().observed().figures();
        boolean calibrated = doc.calibrate() && doc.calibration() != null;
        double perInstitution = doc.region().region().seatsPerInstitution();
        for (ObservedFigure f : figures) {
            double v = f.read(result, perInstitution);
            Reason why = reason(f, figures, calibrated, dataYear, v);
            rows.add(new Row(f, kind(why), v, why));
        }
        return rows;
    }

    private static Kind kind(Reason why) {
        switch (why) {
            case INPUT: case SEAT_SPLIT: return Kind.INPUT;
            case ENROLLED_OVER_SEATS: case ENROLLED_OVER_CHILDREN: return Kind.IDENTITY;
            case FITTED: return Kind.FITTED;
            default: return Kind.PREDICTED;
        }
    }

    private static Reason reason(ObservedFigure f, List<ObservedFigure> all, boolean calibrated, int dataYear, double model) {
        if (calibrated && f.fit()) return Reason.FITTED;
        if (f.year() == dataYear && ObservedFigure.SEAT_SPLIT.contains(f.figure())) return Reason.SEAT_SPLIT;
        if (f.year() == dataYear && INPUT_FIGURES.contains(f.figure())) return Reason.INPUT;
        boolean util = f.figure().equals(Indicator.UTILISATION.key());
        if (calibrated && (util || f.figure().equals(Indicator.ENROLMENT_RATE.key()))) {
            for (ObservedFigure t : all) {
                if (t.fit() && t.figure().equals(Indicator.ENROLLED.key()) && t.year() == f.year()
                        && Objects.equals(t.district(), f.district())) {
                    return util ? Reason.ENROLLED_OVER_SEATS : Reason.ENROLLED_OVER_CHILDREN;
                }
            }
        }
        if (f.isRange()) return f.contains(model) ? Reason.IN_RANGE : Reason.OUT_OF_RANGE;
        return Reason.PREDICTED;
    }

    /** The kind in words, as the brief's validity table names it. */
    public static String kindName(Kind k, Language lang) {
        switch (k) {
            case INPUT: return ExportTexts.get(lang, "brief.input");
            case IDENTITY: return ExportTexts.get(lang, "brief.identity");
            case FITTED: return ExportTexts.get(lang, "common.fitted");
            default: return ExportTexts.get(lang, "brief.predicted");
        }
    }

    /** One line on what the four kinds mean. */
    public static String legend(Language lang) { return ExportTexts.get(lang, "brief.inputRegionDataEchoed"); }

    /** "in range" or "OUTSIDE" for a held-out range; the residual's place in the table. */
    public static String rangeVerdict(Row r, Language lang) {
        return ExportTexts.get(lang, r.of().contains(r.value()) ? "validity.inRange" : "validity.outOfRange");
    }

    /** A figure's name in words: the indicator's label, or the named figure's ({@code validity.figure.*}). */
    public static String name(String figure, Language lang) {
        Indicator ind = Indicator.fromKey(figure);
        if (ind != null) return ind.label(lang.english());
        if (ObservedFigure.DEMAND_SHARE.equals(figure)) return ExportTexts.get(lang, "brief.shareChildrenWhoseFamilies");
        if (ObservedFigure.MARKET_SHARE.equals(figure)) return ExportTexts.get(lang, "brief.shareCentreChildrenAt");
        return ExportTexts.get(lang, "validity.figure." + figure);
    }

    /** True when the figure is a share (shown in %, its differences in points). */
    public static boolean isShare(String figure) {
        Indicator ind = Indicator.fromKey(figure);
        if (ind != null) return ind.unit() == org.tuoyu.sandbox.engine.IndicatorUnit.SHARE;
        return !ObservedFigure.INCLUSIVE_CENTRE_SEATS.equals(figure);
    }

    /** The table printed by {@code run} and {@code validate} (English). */
    public static String table(List<Row> rows) {
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder("validity (input: echoed data; identity: follows from others; fitted: a calibration"
                + " target; predicted: not pinned by the data)\n");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"figure", "kind", "model", "observed", "diff", "source", "note"});
        for (Row r : rows) {
            String name = r.figure() + (r.district() == null ? "" : "@" + r.district()) + " " + r.year();
            String observed = r.of().isRange() ? fmt(r.of().low()) + "–" + fmt(r.of().high()) : fmt(r.observed());
            String diff = Double.isNaN(r.value()) ? "-" : r.of().isRange() ? rangeVerdict(r, Language.EN) : fmt(r.residual());
            // a file without a short cite gets its full source cut, so that the notes stay in view
            String source = r.of().cite().isEmpty() ? TextWidth.clip(r.source(), SOURCE_COLUMNS) : r.cite();
            lines.add(new String[] {name, r.kind().key(), fmt(r.value()), observed, diff, source, r.note(Language.EN)});
        }
        int[] width = new int[6];
        for (String[] l : lines) for (int c = 0; c < 6; c++) width[c] = Math.max(width[c], TextWidth.of(l[c]));
        for (String[] l : lines) {
            b.append("  ").append(TextWidth.padRight(l[0], width[0])).append(' ').append(TextWidth.padRight(l[1], width[1]));
            for (int c = 2; c < 5; c++) b.append(' ').append(TextWidth.padLeft(l[c], width[c]));
            b.append("  ").append(TextWidth.padRight(l[5], width[5])).append("  ").append(l[6]).append('\n');
        }
        return b.toString().replaceAll(" +\n", "\n");
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "-";
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
