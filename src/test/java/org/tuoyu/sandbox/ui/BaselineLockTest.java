package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/** The baseline is read-only unless the user says otherwise; refused entries do not outlive undo (issue 12). */
class BaselineLockTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void aSliderMoveOnTheBaselineOpensANewReformAndLeavesTheBaselineAlone(FxRobot robot) {
        Workspace ws = window.workspace();
        ScenarioDocument before = ws.baseline().document();
        assertTrue(robot.lookup("#baseline-banner").queryAs(Label.class).getText().contains("基线只读"));
        Slider slider = inView(robot, "#lever-VOUCHER_A2", Slider.class);
        robot.clickOn(slider); // a click on the track jumps the thumb there: one move, one undo step
        WaitForAsyncUtils.waitForFxEvents(3);
        assertTrue(ws.baseline().document() == before, "the baseline did not move");
        assertEquals(2, ws.slots().size());
        assertTrue(ws.selected() != ws.baseline());
        TabPane tabs = robot.lookup("#scenario-tabs").queryAs(TabPane.class);
        assertEquals(2, tabs.getTabs().size());
        assertTrue(tabs.getTabs().get(1).getText().contains("新方案 1"), tabs.getTabs().get(1).getText());
        assertTrue(robot.lookup("#notice").queryAs(Label.class).getText().contains("新方案 1"), "the status bar says what happened");
        assertFalse(robot.lookup("#baseline-banner-box").query().isVisible(), "no banner on a reform");

        robot.interact(() -> ws.undoStack().undo());
        assertEquals(1, ws.slots().size(), "undo takes the new reform back");
        assertTrue(ws.selected() == ws.baseline());
    }

    @Test
    void editBaselineModeSaysReformsWillMoveAndEditsTheBaseline(FxRobot robot) {
        Workspace ws = window.workspace();
        robot.clickOn("#edit-baseline");
        assertTrue(robot.lookup("#edit-baseline").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#baseline-banner").queryAs(Label.class).getText().contains("各改革方案与基线的比较都会随之改变"));
        TextField f = inView(robot, "#field-VOUCHER_A0", TextField.class);
        robot.doubleClickOn(f).eraseText(8).write("900").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(1, ws.slots().size());
        assertEquals(900, ws.baseline().document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A0));
    }

    @Test
    void aRefusedEntryIsWordedInChineseAndUndoShowsTheModelsValueAgain(FxRobot robot) {
        Workspace ws = window.workspace();
        robot.interact(() -> ws.editBaselineProperty().set(true));
        TextField f = inView(robot, "#field-VOUCHER_A0", TextField.class);
        robot.doubleClickOn(f).eraseText(8).write("700").type(KeyCode.ENTER);
        robot.doubleClickOn(f).eraseText(8).write("-5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertTrue(f.getStyleClass().contains(Styles.INVALID));
        assertEquals("不能为负数", f.getTooltip().getText());
        robot.interact(() -> ws.undoStack().undo());
        WaitForAsyncUtils.waitForFxEvents(3);
        double model = ws.baseline().document().scenario().levers().regionWide().get(LeverKey.VOUCHER_A0);
        assertNotEquals(700, model);
        assertEquals(org.tuoyu.sandbox.ui.i18n.Fmt.leverNumber(LeverKey.VOUCHER_A0, model), f.getText(), "the field shows the model's value");
        assertFalse(f.getStyleClass().contains(Styles.INVALID), "and is no longer red");
    }
}
