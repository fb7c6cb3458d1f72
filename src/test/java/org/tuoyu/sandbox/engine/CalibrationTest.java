package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Least-squares calibration to several targets (MODEL.md section 11) on the hand-sized region. */
class CalibrationTest {

    private static final Region REGION = TinyRegion.flat();
    private static final List<FreeParameter> D0_B50 = List.of(FreeParameter.POTENTIAL_DEMAND_SHARE, FreeParameter.B50);

    private static Scenario scenario(Behaviour b) {
        return new Scenario("tiny", REGION, Levers.of(TinyRegion.noPolicy()), b, new Horizon(2024, 1));
    }

    private static ObservedFigure target(String figure, double v) {
        return new ObservedFigure(figure, null, 2024, v, "made by the test", true);
    }

    /** Figures of a "true" behaviour, for the calibration to find that behaviour again. */
    private static Observation truth(Behaviour b, String... figures) {
        ScenarioResult r = Evaluator.evaluate(scenario(b));
        List<ObservedFigure> out = new java.util.ArrayList<>();
        for (String f : figures) out.add(target(f, target(f, 0).read(r)));
        return new Observation(out);
    }

    @Test
    void twoParametersAreRecoveredFromTwoTargets() {
        Behaviour truth = TinyRegion.behaviour().withPotentialDemandShare(0.4)
                .withWillingness(new WillingnessCurve(0.22, 0.05));
        Observation o = truth(truth, "enrolled", "unmetPrice");
        CalibrationResult c = Calibration.fit(scenario(TinyRegion.behaviour()), o, D0_B50);
        assertTrue(c.converged(), c.message());
        assertEquals(0.4, c.parameters().get("potentialDemandShare"), 1e-5);
        assertEquals(0.22, c.parameters().get("willingness.b50"), 1e-5);
        for (CalibrationResult.TargetFit t : c.targets()) assertEquals(0, t.residual(), 1e-4 * t.figure().value());
        assertTrue(c.atBounds().isEmpty() && c.boundWarnings().isEmpty(), c.boundWarnings().toString());
        // and the behaviour it hands back is the one the scenario then runs with
        assertEquals(0.4, c.apply(TinyRegion.behaviour()).potentialDemandShare(), 1e-5);
        assertEquals(0.05, c.apply(TinyRegion.behaviour()).willingness().s(), 0);
    }

    @Test
    void moreTargetsThanParametersGiveTheLeastSquaresCompromise() {
        // enrolled says one D0, potential demand another: no single D0 meets both.
        Scenario s = scenario(TinyRegion.behaviour());
        ScenarioResult r = Evaluator.evaluate(s);
        double enrolled = r.first().totals().enrolled();
        double demand = r.first().totals().potentialDemand();
        Observation o = new Observation(List.of(target("enrolled", enrolled * 1.2), target("potentialDemand", demand * 0.9)));
        CalibrationResult c = Calibration.fit(s, o, List.of(FreeParameter.POTENTIAL_DEMAND_SHARE));
        assertTrue(c.converged(), c.message());
        assertTrue(Math.abs(c.targets().get(0).residual()) > 1, "enrolled is not met exactly");
        assertTrue(Math.abs(c.targets().get(1).residual()) > 1, "demand is not met exactly");
        // a minimum of the sum of squared relative residuals: moving D0 either way costs more
        double d0 = c.value();
        double here = cost(s, o, d0);
        assertTrue(cost(s, o, d0 + 1e-3) > here && cost(s, o, d0 - 1e-3) > here);
    }

    @Test
    void anUnreachableTargetIsReportedNotHidden() {
        Scenario s = scenario(TinyRegion.behaviour());
        Observation o = new Observation(List.of(target("enrolled", 1e6)));
        CalibrationResult c = Calibration.solve(s, o);
        assertFalse(c.converged());
        assertEquals(1.0, c.value(), 0); // held at the top of its range
        assertTrue(c.message().contains("cannot be met"), c.message());
        assertEquals(List.of("potentialDemandShare"), c.atBounds());
        assertTrue(c.boundWarnings().get(0).contains("the bound keeps the fit from the observed figures"), c.boundWarnings().toString());
    }

    @Test
    void aParameterTheFiguresDoNotPinRunsToItsBoundAndIsFlagged() {
        // One figure, two free parameters: the fit moves both until the figure is met or a bound stops one, and that
        // value is the bound's, not the data's (the Zhuhai example's ρ0 before it got its second figure). Here 2.5 times
        // the enrolment is out of reach: D0 runs to 1 and ρ0 to 0.005 (every family within reach of a seat).
        Scenario s = scenario(TinyRegion.behaviour());
        double enrolled = Evaluator.evaluate(s).first().totals().enrolled();
        CalibrationResult c = Calibration.fit(s, new Observation(List.of(target("enrolled", enrolled * 2.5))),
                List.of(FreeParameter.POTENTIAL_DEMAND_SHARE, FreeParameter.ACCESS_SCALE));
        assertEquals(List.of("potentialDemandShare", "accessScale"), c.atBounds(), c.parameters().toString());
        assertTrue(c.boundWarnings().get(0).contains("2 free parameters against 1 observed figure"), c.boundWarnings().toString());
    }

    @Test
    void aTrialPointWithoutAFiniteAnswerIsAWallNotACrash() {
        // Starting at the bottom of D0's range, where next to no child enrols and a first trial step may
        // leave providers with no finite cost per child: the fit still finds the target.
        Scenario s = scenario(TinyRegion.behaviour());
        double enrolled = Evaluator.evaluate(s).first().totals().enrolled();
        CalibrationResult c = Calibration.solve(s.withBehaviour(s.behaviour().withPotentialDemandShare(1e-6)),
                new Observation(List.of(target("enrolled", enrolled))));
        assertTrue(c.converged(), c.message());
        assertEquals(0.5, c.value(), 1e-6);
    }

    private static double cost(Scenario s, Observation o, double d0) {
        ScenarioResult r = Evaluator.evaluate(s.withBehaviour(s.behaviour().withPotentialDemandShare(d0)));
        double sum = 0;
        for (ObservedFigure f : o.figures()) {
            double rel = (f.read(r) - f.value()) / f.value();
            sum += rel * rel;
        }
        return sum;
    }
}
