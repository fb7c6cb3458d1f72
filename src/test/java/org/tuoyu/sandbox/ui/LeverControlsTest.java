package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.levers.LeverRow;
import org.tuoyu.sandbox.ui.levers.LeversView;
import org.tuoyu.sandbox.ui.levers.LeversViewModel;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * Each lever gets the control of its kind — slider, drop-down or check box — built from its view-model row alone
 * (issue 12: the levers view reads no engine record); a choice or a flag edits the selected reform in one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class LeverControlsTest {

    private static ScenarioDocument beijing;
    private Workspace ws;
    private LeversViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        beijing = ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml"));
    }

    @Start
    void start(Stage stage) {
        ws = new Workspace(Runnable::run, Runnable::run);
        ws.reset(beijing, null);
        ws.addScenario(ws.baseline().document());
        ws.select(ws.slots().get(1));
        vm = new LeversViewModel(ws);
        stage.setScene(new Scene(new LeversView(vm, ws.i18n()), 420, 700));
        stage.show();
    }

    @Test
    void everyLeverHasTheControlOfItsKindAndChoicesSpeakTheUisLanguage(FxRobot robot) {
        int numbers = 0, choices = 0, flags = 0;
        for (LeverKey k : LeverKey.values()) {
            Object control = robot.lookup("#lever-" + k.name()).query();
            if (k.unit() == LeverUnit.CHOICE) {
                ComboBox<?> combo = assertInstanceOf(ComboBox.class, control, k.name());
                assertEquals(k.choices().size(), combo.getItems().size());
                for (String word : vm.row(k).choices(ws.i18n())) {
                    assertFalse(word.startsWith("choice."), k + " shows a bundle key: " + word);
                }
                choices++;
            } else if (k.unit() == LeverUnit.FLAG) {
                assertInstanceOf(CheckBox.class, control, k.name());
                flags++;
            } else {
                Slider s = assertInstanceOf(Slider.class, control, k.name());
                assertTrue(robot.lookup("#field-" + k.name()).tryQuery().isPresent(), k + " has its exact-entry field");
                assertEquals(k.min() * vm.row(k).scale(), s.getMin(), 1e-9, k.name());
                numbers++;
            }
        }
        assertEquals(LeverKey.values().length, numbers + choices + flags);
        assertTrue(choices >= 2 && flags >= 2, "the study's choice and yes/no levers are there");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChoiceAndAFlagEditTheReformAndUndoPutsTheControlsBack(FxRobot robot) {
        ComboBox<Integer> rationing = robot.lookup("#lever-" + LeverKey.RATIONING.name()).queryAs(ComboBox.class);
        CheckBox market = robot.lookup("#lever-" + LeverKey.VOUCHER_FOR_MARKET_SEATS.name()).queryAs(CheckBox.class);
        double rationingBefore = lever(LeverKey.RATIONING);
        boolean marketBefore = market.isSelected();
        int other = rationingBefore == 2 ? 1 : 2;
        robot.interact(() -> rationing.setValue(other));
        robot.interact(() -> market.setSelected(!marketBefore));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, lever(LeverKey.RATIONING));
        assertEquals(marketBefore ? 0 : 1, lever(LeverKey.VOUCHER_FOR_MARKET_SEATS));
        LeverRow row = vm.row(LeverKey.RATIONING);
        assertTrue(row.changedProperty().get(), "the changed lever is marked");
        assertTrue(rationing.getStyleClass().contains(Styles.CHANGED));

        robot.interact(() -> ws.undoStack().undo());
        assertEquals(marketBefore, market.isSelected(), "undo unticks the box");
        robot.interact(() -> ws.undoStack().undo());
        assertEquals((int) rationingBefore, rationing.getValue(), "and puts the drop-down back");
        assertEquals(rationingBefore, lever(LeverKey.RATIONING));
        assertFalse(rationing.getStyleClass().contains(Styles.CHANGED));
    }

    @Test
    void theTooltipSaysUnitRangeAndSourceAndTheBaselineLabelCarriesTheUnit() {
        I18n zh = ws.i18n();
        LeverRow voucher = vm.row(LeverKey.VOUCHER_A2);
        String tip = vm.tooltip(voucher, zh);
        assertTrue(tip.startsWith(zh.lever(LeverKey.VOUCHER_A2)), tip);
        assertTrue(tip.contains("元/月"), tip);
        assertTrue(tip.contains(voucher.format(LeverKey.VOUCHER_A2.max())), "the range's top: " + tip);
        assertEquals(voucher.format(0) + " 元/月", voucher.describe(zh, 0));
        assertEquals("20", vm.row(LeverKey.FEE_CAP_SHARE).format(0.2), "shares are shown in %");
        assertEquals(0.2, vm.row(LeverKey.FEE_CAP_SHARE).parse("20%"), 1e-12);
    }

    private double lever(LeverKey k) { return ws.selected().document().scenario().levers().regionWide().get(k); }
}
