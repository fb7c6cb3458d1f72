package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.compare.ComparisonViewModel;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/** A long scenario name is shortened on its tab and in the by-year table's corner, as the comparison names it (issue 12). */
class ScenarioTabNamesTest extends RealWindowTest {

    /** Forty characters, the baseline's "北京 2025 " in front. */
    private static final String LONG = "北京 2025 + 托幼一体化与社区嵌入式普惠托位并举再加按收入封顶的收费新方案";

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void aFortyCharacterNameIsShortOnItsTabAndInTheYearTableAndWholeInTheTooltips(FxRobot robot) {
        assertEquals(40, LONG.length());
        robot.interact(() -> {
            ScenarioDocument base = window.workspace().baseline().document();
            window.workspace().addScenario(base.withLevers(base.scenario().levers().withRegionWide(LeverKey.VOUCHER_A2, 900.0))
                    .withName(LONG, "Beijing 2025 + nursery-kindergarten integration with community seats and income-related fee caps"));
        });
        await(() -> window.workspace().slots().size() == 2 && window.workspace().slots().get(1).result() != null, 30, "the reform");
        ScenarioSlot reform = window.workspace().slots().get(1);
        robot.interact(() -> window.workspace().select(reform));
        WaitForAsyncUtils.waitForFxEvents(3);
        TabPane tabs = robot.lookup("#scenario-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().get(1);
        String label = ComparisonViewModel.label(window.workspace(), reform);
        assertEquals("1 · 托幼一体化与社区嵌入式…", label, "the name without the baseline's 北京 2025, cut to 12 characters");
        assertEquals(label, tab.getText().replace("* ", ""), "the tab reads as the comparison's legends and maps");
        assertTrue(tab.getTooltip().getText().startsWith(LONG), "the full name on hover: " + tab.getTooltip().getText());
        assertEquals("[基线] 北京 2025 基线", tabs.getTabs().get(0).getText().replace("* ", ""), "the baseline's short name is whole");

        robot.clickOn("#tab-years");
        WaitForAsyncUtils.waitForFxEvents(3);
        Label corner = robot.lookup("#years-grid #grid-corner").queryAs(Label.class);
        assertEquals(label, corner.getText(), "the by-year table's corner names the reform as its tab does");
        assertEquals(LONG, corner.getTooltip().getText());
        assertTrue(window.layout().compare().years().grid().table().tsv().startsWith(LONG + "\t"), "the TSV has the full name");

        robot.interact(() -> window.setLanguage(org.tuoyu.sandbox.ui.i18n.I18n.Lang.EN));
        WaitForAsyncUtils.waitForFxEvents(3);
        TabPane en = robot.lookup("#scenario-tabs").queryAs(TabPane.class);
        assertEquals("1 · nursery-kindergarten in…", en.getTabs().get(1).getText().replace("* ", ""), "24 letters in English");
        assertEquals("[baseline] Beijing 2025 baseline", en.getTabs().get(0).getText().replace("* ", ""));
    }
}
