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

    /** The behaviour with every calibrated parameter set. */
    public Behaviour apply(Behaviour b) {
        Behaviour r = b;
        for (Map.Entry<String, Double> e : parameters.entrySet()) r = FreeParameter.fromName(e.getKey()).with(r, e.getValue());
        return r;
    }
}
