package org.tuoyu.sandbox.engine;

/**
 * Solves the one free parameter, the potential-demand share D0, so that the scenario's data year
 * reproduces the observed enrolment. Enrolment rises monotonically with D0 (more demand, same
 * seats, same prices), so bisection on [0, 1] finds the unique answer or proves there is none.
 */
public final class Calibration {

    public static final String PARAMETER = "behaviour.potentialDemandShare";
    private static final double TOLERANCE = 1e-9;

    private Calibration() {}

    /** The scenario with D0 replaced by the calibrated value, and the result of the search. */
    public static CalibrationResult solve(Scenario scenario, Observation observed) {
        Scenario first = scenario.withHorizon(new Horizon(scenario.region().dataYear(), 1));
        double target = observed.enrolled();
        double hiValue = enrolled(first, 1.0);
        if (hiValue < target) {
            return new CalibrationResult(PARAMETER, 1.0, target, hiValue, 0, false,
                    "even if every family wanted care (D0 = 1) the model enrols " + Math.round(hiValue)
                            + " children, fewer than the observed " + Math.round(target)
                            + ": prices, seats or the willingness curve rule out the observed total");
        }
        double lo = 0, hi = 1;
        int it = 0;
        while (hi - lo > TOLERANCE && it < 100) {
            double mid = (lo + hi) / 2;
            if (enrolled(first, mid) < target) lo = mid; else hi = mid;
            it++;
        }
        double value = (lo + hi) / 2;
        double achieved = enrolled(first, value);
        boolean ok = Math.abs(achieved - target) <= 1e-6 * target + 1e-6;
        return new CalibrationResult(PARAMETER, value, target, achieved, it, ok,
                ok ? "D0 solved so that enrolment in " + scenario.region().dataYear() + " equals the observed total"
                   : "enrolment cannot reach the observed total exactly (seats bind)");
    }

    private static double enrolled(Scenario s, double d0) {
        Scenario t = s.withBehaviour(s.behaviour().withPotentialDemandShare(d0));
        return Evaluator.evaluate(t).first().totals().enrolled();
    }
}
