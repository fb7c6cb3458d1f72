package org.tuoyu.sandbox.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Horizon;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.ScenarioResult;

import java.util.concurrent.TimeUnit;

/**
 * What a slider move costs: one scenario-year and an 11-year projection of the synthetic region
 * ({@link SyntheticRegion}), at 16, 160 and 1,600 districts. Sample-time mode reports the median.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluatorBenchmark {

    @Param({"16", "160", "1600"})
    public int districts;

    private Scenario oneYear;
    private Scenario elevenYears;

    @Setup
    public void setup() {
        elevenYears = SyntheticRegion.scenario(districts, 11);
        oneYear = elevenYears.withHorizon(new Horizon(2024, 1));
    }

    @Benchmark
    public ScenarioResult oneYear() { return Evaluator.evaluate(oneYear); }

    @Benchmark
    public ScenarioResult projection11Years() { return Evaluator.evaluate(elevenYears); }
}
