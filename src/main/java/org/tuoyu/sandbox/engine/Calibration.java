package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Calibrates a baseline's free parameters to the region's observed targets by least squares
 * (MODEL.md section 11): Hipparchus' Levenberg–Marquardt optimiser on the targets' relative residuals
 * (model − observed) / observed, so counts and shares weigh alike. The model is a black box to the
 * optimiser; its Jacobian is taken by forward differences (backward at an upper bound). Parameters
 * are held within their ranges ({@link FreeParameter}).
 */
public final class Calibration {

    /** The v1 parameter, solved when a baseline names none. */
    public static final String PARAMETER = "behaviour.potentialDemandShare";
    /** A fit with no more targets than parameters counts as met within this relative residual. */
    static final double EXACT = 1e-6;
    private static final int MAX_EVALUATIONS = 400;
    /** Relative residual of a trial point without a finite model answer. */
    private static final double WALL = 1e3;

    private Calibration() {}

    /** The v1 calibration: D0 to the observed targets. */
    public static CalibrationResult solve(Scenario scenario, Observation observed) {
        return fit(scenario, observed, List.of(FreeParameter.POTENTIAL_DEMAND_SHARE));
    }

    /** The free parameters fitted to the observation's targets, starting from the scenario's values. */
    public static CalibrationResult fit(Scenario scenario, Observation observed, List<FreeParameter> free) {
        List<ObservedFigure> targets = observed.targets();
        if (free.isEmpty() || targets.isEmpty()) throw new IllegalArgumentException("calibration needs parameters and targets");
        int last = scenario.region().dataYear();
        for (ObservedFigure t : targets) last = Math.max(last, t.year());
        Scenario span = scenario.withHorizon(new Horizon(scenario.region().dataYear(), last - scenario.region().dataYear() + 1));
        Problem p = new Problem(span, free, targets);
        double[] start = new double[free.size()];
        for (int j = 0; j < start.length; j++) start[j] = free.get(j).get(scenario.behaviour());
        int iterations = 0;
        String failure = null;
        try {
            LeastSquaresProblem lsq = new LeastSquaresBuilder().start(start).model(p::value)
                    .target(new double[targets.size()]).maxEvaluations(MAX_EVALUATIONS).maxIterations(MAX_EVALUATIONS)
                    .parameterValidator(p::clamp).build();
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(lsq);
            iterations = o.getIterations();
            p.consider(o.getPoint().toArray());
        } catch (MathIllegalStateException e) {
            failure = e.getMessage();
        }
        return p.result(iterations, failure);
    }

    /** The residuals of the targets as a function of the free parameters, remembering the best point seen. */
    private static final class Problem {
        private final Scenario scenario;
        private final List<FreeParameter> free;
        private final List<ObservedFigure> targets;
        private double[] best;
        private double[] bestModel;
        private double bestCost = Double.POSITIVE_INFINITY;

        Problem(Scenario scenario, List<FreeParameter> free, List<ObservedFigure> targets) {
            this.scenario = scenario;
            this.free = free;
            this.targets = targets;
        }

        RealVector clamp(RealVector x) {
            double[] c = x.toArray();
            for (int j = 0; j < c.length; j++) c[j] = Math.max(free.get(j).min(), Math.min(free.get(j).max(), c[j]));
            return new ArrayRealVector(c, false);
        }

        /** The model's value of each target at parameters x. */
        double[] model(double[] x) {
            Behaviour b = scenario.behaviour();
            for (int j = 0; j < x.length; j++) b = free.get(j).with(b, x[j]);
            ScenarioResult r;
            try {
                r = Evaluator.evaluate(scenario.withBehaviour(b));
            } catch (FiniteCheck.NonFiniteResultException e) {
                // A trial point where the model has no finite answer (no child enrolled anywhere, say): a
                // wall for the optimiser, never a result.
                double[] wall = new double[targets.size()];
                for (int i = 0; i < wall.length; i++) wall[i] = targets.get(i).value() * (1 + WALL);
                return wall;
            }
            double[] m = new double[targets.size()];
            for (int i = 0; i < m.length; i++) m[i] = targets.get(i).read(r);
            return m;
        }

        private double[] residuals(double[] model) {
            double[] r = new double[model.length];
            for (int i = 0; i < r.length; i++) {
                double obs = targets.get(i).value();
                r[i] = Math.abs(obs) > 1e-12 ? (model[i] - obs) / obs : model[i] - obs;
            }
            return r;
        }

        private double[] consider(double[] x) {
            double[] m = model(x);
            double[] r = residuals(m);
            double cost = 0;
            for (double v : r) cost += v * v;
            if (cost < bestCost) {
                bestCost = cost;
                best = x.clone();
                bestModel = m;
            }
            return r;
        }

        Pair<RealVector, org.hipparchus.linear.RealMatrix> value(RealVector point) {
            double[] x = point.toArray();
            double[] r = consider(x);
            double[][] jac = new double[r.length][x.length];
            for (int j = 0; j < x.length; j++) {
                double h = 1e-6 * Math.max(1e-2, Math.abs(x[j]));
                if (x[j] + h > free.get(j).max()) h = -h;
                double[] xh = x.clone();
                xh[j] += h;
                double[] rh = residuals(model(xh));
                for (int i = 0; i < r.length; i++) jac[i][j] = (rh[i] - r[i]) / h;
            }
            return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jac, false));
        }

        CalibrationResult result(int iterations, String failure) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int j = 0; j < free.size(); j++) values.put(free.get(j).key(), best[j]);
            List<CalibrationResult.TargetFit> fits = new ArrayList<>();
            double targetEnrolled = Double.NaN, achieved = Double.NaN;
            double worst = 0;
            for (int i = 0; i < targets.size(); i++) {
                ObservedFigure t = targets.get(i);
                fits.add(new CalibrationResult.TargetFit(t, bestModel[i]));
                worst = Math.max(worst, Math.abs(residuals(bestModel)[i]));
                if (Double.isNaN(targetEnrolled) && t.district() == null && t.figure().equals(Indicator.ENROLLED.key())) {
                    targetEnrolled = t.value();
                    achieved = bestModel[i];
                }
            }
            boolean exactlyDetermined = targets.size() <= free.size();
            boolean met = failure == null && (!exactlyDetermined || worst <= EXACT);
            return new CalibrationResult("behaviour." + free.get(0).key(), best[0], targetEnrolled, achieved, iterations,
                    met, message(met, failure, exactlyDetermined, worst), values, fits);
        }

        private String message(boolean met, String failure, boolean exactlyDetermined, double worst) {
            String names = String.join(", ", free.stream().map(FreeParameter::key).toList());
            int year = scenario.region().dataYear();
            if (failure != null) return "least squares stopped without converging: " + failure;
            if (met && exactlyDetermined) return names + " solved so that the model reproduces the targets of " + year;
            if (met) {
                return names + " fitted by least squares to " + targets.size() + " targets; largest relative residual "
                        + String.format(java.util.Locale.ROOT, "%.2g", worst);
            }
            return "the targets cannot be met within the parameters' ranges (largest relative residual "
                    + String.format(java.util.Locale.ROOT, "%.2g", worst)
                    + "): prices, seats or the willingness curve rule out the observed figures";
        }
    }
}
