package org.tuoyu.sandbox.engine;

import java.util.List;
import java.util.Map;

/**
 * What calibration found (MODEL.md section 11): the values of the free parameters and, for each
 * target, the observed and the model's value. The first five fields are the v1 contract (one
 * parameter, the enrolled total); {@code targetEnrolled} and {@code achievedEnrolled} are NaN when
 * the region's enrolled total is not a target.
 *
 * @param parameter  the first free parameter, as "behaviour.NAME"
 * @param value      its calibrated value
 * @param iterations optimiser iterations
 * @param converged  true when the targets are met (as well as least squares allows, for more targets
 *                   than parameters)
 * @param parameters every free parameter by name, with its calibrated value
 * @param targets    every target with the model's value at the calibrated parameters
 */
public record CalibrationResult(String parameter, double value, double targetEnrolled, double achievedEnrolled,
                                int iterations, boolean converged, String message, Map<String, Double> parameters,
                                List<TargetFit> targets) {

    public CalibrationResult {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        targets = List.copyOf(targets);
    }

    /** One target at the calibrated parameters. */
    public record TargetFit(ObservedFigure figure, double model) {
        /** model − observed, in the figure's units. */
        public double residual() { return model - figure.value(); }
    }

    public double relativeError() { return (achievedEnrolled - targetEnrolled) / targetEnrolled; }

    /**
     * The free parameters whose fitted value lies on a bound of its range ({@link FreeParameter#min}, {@code max}):
     * the fit ran into the bound, because the figures do not pin it (more free parameters than figures: any
     * combination that meets them fits) or because the bound keeps the fit from them. Either way the value is the
     * bound's, not the data's.
     */
    public List<String> atBounds() {
        List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            FreeParameter p = FreeParameter.fromName(e.getKey());
            double v = e.getValue(), tol = 1e-9 * Math.max(1, Math.abs(v));
            if (p != null && (v <= p.min() + tol || v >= p.max() - tol)) out.add(e.getKey());
        }
        return out;
    }

    /** One warning per parameter {@link #atBounds at a bound}, saying what to do about it. */
    public List<String> boundWarnings() {
        List<String> out = new java.util.ArrayList<>();
        int figures = targets.size();
        for (String key : atBounds()) {
            FreeParameter p = FreeParameter.fromName(key);
            out.add(String.format(java.util.Locale.ROOT, "calibration: %s = %.4g sits on its bound (range %s to %s): %s",
                    key, parameters.get(key), p.min(), p.max(), figures < parameters.size()
                            ? parameters.size() + " free parameters against " + figures + " observed figure"
                                    + (figures == 1 ? "" : "s") + " leave it unpinned; add a figure or fix it"
                            : "the bound keeps the fit from the observed figures"));
        }
        return out;
    }

    /** The behaviour with every calibrated parameter set. */
    public Behaviour apply(Behaviour b) {
        Behaviour r = b;
        for (Map.Entry<String, Double> e : parameters.entrySet()) r = FreeParameter.fromName(e.getKey()).with(r, e.getValue());
        return r;
    }
}
