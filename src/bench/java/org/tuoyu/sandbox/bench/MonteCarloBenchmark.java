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
import org.tuoyu.sandbox.engine.MonteCarlo;
import org.tuoyu.sandbox.engine.MonteCarloResult;
import org.tuoyu.sandbox.engine.ProgressListener;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Uncertainty;

import java.util.concurrent.TimeUnit;

/** 10,000 Monte Carlo draws of an 11-year projection of the 16-district synthetic region, wall time. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class MonteCarloBenchmark {

    @Param({"2"})
    public int threads;

    @Param({"10000"})
    public int draws;

    private Scenario scenario;

    @Setup
    public void setup() { scenario = SyntheticRegion.scenario(16, 11); }

    @Benchmark
    public MonteCarloResult draws11Years() {
        return MonteCarlo.run(scenario, Uncertainty.DEFAULT, draws, 20240601L, threads, ProgressListener.NONE, () -> false);
    }
}
