package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The published figures of a region (MODEL.md section 11): calibration targets and held-out checks.
 * A v1 region file states only the data year's enrolled total (the target) and utilisation (a
 * check: with seats an input it is an identity of the enrolled total).
 */
public record Observation(List<ObservedFigure> figures) {

    public Observation {
        figures = List.copyOf(figures);
        if (figures.isEmpty()) throw new IllegalArgumentException("observed: state at least one figure");
    }

    /** The v1 form: enrolled (a target) and utilisation (a check, NaN when not stated) in the data year. */
    public static Observation v1(int dataYear, double enrolled, double utilisation, String enrolledSource,
                                 String utilisationSource) {
        Checks.positive("observed enrolled", enrolled);
        List<ObservedFigure> f = new ArrayList<>();
        f.add(new ObservedFigure(Indicator.ENROLLED.key(), null, dataYear, enrolled, enrolledSource, true));
        if (!Double.isNaN(utilisation)) {
            Checks.share("observed utilisation", utilisation);
            f.add(new ObservedFigure(Indicator.UTILISATION.key(), null, dataYear, utilisation, utilisationSource, false));
        }
        return new Observation(f);
    }

    /** The calibration targets. */
    public List<ObservedFigure> targets() { return figures.stream().filter(ObservedFigure::fit).toList(); }

    /** The region's enrolled total in the earliest year that states one, or NaN. */
    public double enrolled() { return regionFigure(Indicator.ENROLLED.key()); }

    /** The region's utilisation in the earliest year that states one, or NaN. */
    public double utilisation() { return regionFigure(Indicator.UTILISATION.key()); }

    private double regionFigure(String key) {
        ObservedFigure best = null;
        for (ObservedFigure f : figures) {
            if (f.district() == null && f.figure().equals(key) && (best == null || f.year() < best.year())) best = f;
        }
        return best == null ? Double.NaN : best.value();
    }

    /** True when this is exactly what a v1 file can state (so it is written back in that form). */
    public boolean isV1Form(int dataYear) {
        for (ObservedFigure f : figures) {
            boolean enrolled = f.figure().equals(Indicator.ENROLLED.key()) && f.fit();
            boolean util = f.figure().equals(Indicator.UTILISATION.key()) && !f.fit();
            if (f.district() != null || f.year() != dataYear || !(enrolled || util)) return false;
        }
        return figures.size() <= 2 && !Double.isNaN(enrolled());
    }
}
