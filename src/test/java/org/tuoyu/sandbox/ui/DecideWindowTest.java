package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.decide.DecideViewModel;

/** The 目标求解 window from the real menu: Find opens the answer as a new reform tab that meets the target. */
class DecideWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void findOpensTheCheapestVoucherAsANewReformTab(FxRobot robot) {
        robot.clickOn("#menu-analysis").clickOn("#mi-decide");
        WaitForAsyncUtils.waitForFxEvents();
        Window decide = robot.listTargetWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getId() != null
                        && w.getScene().getRoot().getId().equals("decide-window"))
                .findFirst().orElse(null);
        assertNotNull(decide, "the window opened");
        DecideViewModel vm = (DecideViewModel) decide.getScene().getRoot().getProperties().get(DecideViewModel.class);
        ScenarioDocument base = window.workspace().baseline().document();
        Target probe = Target.parse("enrolmentRate>=0", 2030);
        double wanted = probe.read(Evaluator.evaluate(base.scenario().withLevers(
                base.scenario().levers().withRegionWide(LeverKey.VOUCHER_A2, 600))));
        robot.interact(() -> {
            vm.yearProperty().set(2030);
            vm.targets().get(0).value.set(String.valueOf(wanted));
        });
        robot.clickOn("#decide-find");
        await(() -> window.workspace().slots().size() == 2, 120, "the optimised reform");
        ScenarioDocument reform = window.workspace().slots().get(1).document();
        assertTrue(reform.isReform());
        assertTrue(reform.descriptionZh().contains("由沙盘优化"), reform.descriptionZh());
        Target t = Target.parse("enrolmentRate>=" + wanted, 2030);
        assertTrue(t.met(t.read(Evaluator.evaluate(reform.scenario()))));
        assertEquals(600, reform.scenario().levers().regionWide().get(LeverKey.VOUCHER_A2), 6, "the cheapest voucher");
    }
}
