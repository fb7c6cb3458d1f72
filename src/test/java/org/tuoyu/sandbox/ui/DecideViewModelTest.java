package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.decide.DecideViewModel;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/** The Find a policy panel without a window: an answer opens as a reform; Cancel stops; bad rows say why. */
class DecideViewModelTest {

    Workspace ws;
    ScenarioDocument base;
    final List<Runnable> queued = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ws = new Workspace(Runnable::run, Runnable::run);
        base = ScenarioFiles.load(Path.of("src/test/resources/decide/two-town.yaml"));
        ws.reset(base, null);
    }

    private double rateWithVoucher(double v, int year) {
        Target t = Target.parse("enrolmentRate>=0", year);
        return t.read(Evaluator.evaluate(base.scenario().withLevers(base.scenario().levers().withRegionWide(LeverKey.VOUCHER_A2, v))));
    }

    @Test
    void theAnswerOpensAsANewReformThatMeetsTheTarget() {
        DecideViewModel vm = new DecideViewModel(ws, Runnable::run, Runnable::run);
        vm.yearProperty().set(2027);
        vm.addLever(LeverKey.VOUCHER_A2, 0, 2000);
        double wanted = rateWithVoucher(600, 2027);
        vm.addTarget(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, wanted);
        vm.findPolicy();
        assertEquals(2, ws.slots().size(), vm.messageProperty().get());
        ScenarioDocument reform = ws.slots().get(1).document();
        assertTrue(reform.isReform());
        assertTrue(reform.descriptionZh().contains("优化"), reform.descriptionZh());
        Target t = Target.parse("enrolmentRate>=" + wanted, 2027);
        assertTrue(t.met(t.read(Evaluator.evaluate(reform.scenario()))));
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get(), 0.0);
    }

    @Test
    void cancelStopsTheSearchAndAddsNothing() {
        DecideViewModel vm = new DecideViewModel(ws, queued::add, Runnable::run);
        vm.yearProperty().set(2027);
        vm.addLever(LeverKey.VOUCHER_A2, 0, 2000);
        vm.addTarget(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, rateWithVoucher(600, 2027));
        vm.findPolicy();
        assertTrue(vm.runningProperty().get());
        vm.cancel();
        queued.remove(0).run();
        assertFalse(vm.runningProperty().get());
        assertEquals(1, ws.slots().size());
        assertEquals("已取消", vm.messageProperty().get());
    }

    @Test
    void aBadBoundIsRefusedWithAMessageAndNothingRuns() {
        DecideViewModel vm = new DecideViewModel(ws, queued::add, Runnable::run);
        vm.addLever(LeverKey.VOUCHER_A2, 0, 2000).min.set("5000");
        vm.addTarget(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, 0.2);
        vm.findPolicy();
        assertTrue(queued.isEmpty());
        assertTrue(vm.messageProperty().get().contains("5000"), vm.messageProperty().get());
    }

    @Test
    void theFrontierAndTheTornadoArriveInTheirProperties() {
        DecideViewModel vm = new DecideViewModel(ws, Runnable::run, Runnable::run);
        vm.yearProperty().set(2027);
        vm.addLever(LeverKey.VOUCHER_A2, 0, 2000);
        vm.addTarget(Indicator.ENROLMENT_RATE, Target.Relation.AT_LEAST, 0.1);
        vm.runFrontier(4);
        assertNotNull(vm.frontierProperty().get(), vm.messageProperty().get());
        assertEquals(4, vm.frontierProperty().get().result().points().size());
        vm.runTornado();
        assertNotNull(vm.tornadoProperty().get(), vm.messageProperty().get());
    }
}
