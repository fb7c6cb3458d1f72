package org.tuoyu.sandbox.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tuoyu.sandbox.decide.Cost;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.decide.Frontier;
import org.tuoyu.sandbox.decide.Optimiser;
import org.tuoyu.sandbox.decide.Optimum;
import org.tuoyu.sandbox.decide.Problem;
import org.tuoyu.sandbox.decide.Tornado;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * The decision tools on the shipped Beijing 2025 baseline, wall time of one call: a 3-lever optimisation to a 2030
 * enrolment target with the cost of the target (target ≤ 5 s), a 20-point frontier (≤ 30 s), a tornado of a reform
 * against its baseline (≤ 3 s).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class DecideBenchmark {

    private Problem problem;
    private ScenarioDocument base;
    private ScenarioDocument reform;

    @Setup
    public void setup() throws Exception {
        base = ScenarioFiles.load(Location.builtin("beijing-2025.yaml"));
        reform = ScenarioFiles.load(Location.builtin("beijing-2025-hangzhou-vouchers.yaml"));
        var region = base.region().region();
        problem = new Problem(base.scenario(), List.of(DecisionLever.parse("demand.voucher.A2=0:3000", region),
                DecisionLever.parse("demand.voucher.A1=0:3000", region),
                DecisionLever.parse("seats.targetPerThousand=0:15", region)),
                new Cost(Cost.Measure.GENERAL_BUDGET, 2030, 0), List.of(Target.parse("enrolmentRate>=0.15", 2030)));
    }

    @Benchmark
    public Optimum optimiseThreeLevers() { return Optimiser.solve(problem); }

    @Benchmark
    public Frontier.Result frontierTwentyPoints() {
        return Frontier.of(problem, Target.parse("enrolmentRate>=0", 2030), 20, ProgressListener.NONE, () -> false);
    }

    @Benchmark
    public Tornado.Result tornadoAgainstBaseline() {
        return Tornado.of(reform, base, Target.parse("generalBudget>=0", 2030));
    }
}
