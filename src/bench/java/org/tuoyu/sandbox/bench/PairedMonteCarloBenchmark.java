package org.tuoyu.sandbox.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.tuoyu.sandbox.engine.FreeParameter;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Observation;
import org.tuoyu.sandbox.engine.ObservedFigure;
import org.tuoyu.sandbox.engine.PairedMonteCarlo;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Uncertainty;

/**
 * MODEL.md section 15's third speed target: 1,000 draws with re-calibration x 11 years, wall time on
 * 2 threads, for the 16-district synthetic region calibrated to its own data-year enrolment, with one
 * voucher reform on the same draws (so each draw is a calibration plus two 11-year projections).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class PairedMonteCarloBenchmark {

    @Param({"2"})
    public int threads;

    @Param({"1000"})
    public int draws;

    private Scenario baseline;
    private Scenario reform;
    private Observation observed;

    @Setup
    public void setup() {
        baseline = SyntheticRegion.scenario(16, 11);
        reform = baseline.withLevers(baseline.levers().withRegionWide(LeverKey.VOUCHER_A2, 600)).withName("vouchers");
        double enrolled = Evaluator.evaluate(baseline).first().totals().enrolled();
        observed = new Observation(List.of(new ObservedFigure("enrolled", null, baseline.region().dataYear(), enrolled,
                "the benchmark's own baseline", true)));
    }

    @Benchmark
    public PairedMonteCarlo.Result recalibratedDraws11Years() {
        return PairedMonteCarlo.run(baseline, List.of(reform), Uncertainty.DEFAULT, observed,
                List.of(FreeParameter.POTENTIAL_DEMAND_SHARE), draws, 20240601L, threads);
    }
}
