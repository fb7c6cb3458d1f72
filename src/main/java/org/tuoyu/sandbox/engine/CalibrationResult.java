package org.tuoyu.sandbox.engine;

/**
 * What calibration found: the value of the free parameter that makes the baseline's first year
 * reproduce the observed enrolment, and how close it came.
 */
public record CalibrationResult(String parameter, double value, double targetEnrolled, double achievedEnrolled,
                                int iterations, boolean converged, String message) {

    public double relativeError() { return (achievedEnrolled - targetEnrolled) / targetEnrolled; }
}
