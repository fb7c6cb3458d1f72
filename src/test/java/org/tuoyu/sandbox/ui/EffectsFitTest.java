package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.ui.effects.EffectsViewModel;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The lever-effects table keeps every value and header whole in English in a laptop-sized window (issue 12). */
class EffectsFitTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void inEnglishAt1280x720NoValueOrHeaderOfTheEffectsTableIsCut(FxRobot robot) {
        // 1280×720, narrower than 1366×768: Monocle's headless screen is 1280×800
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
            window.setLanguage(I18n.Lang.EN);
            try {
                window.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tab-effects");
        await(() -> window.effectsViewModel().resultProperty().get() != null, 30, "the decomposition");
        for (EffectsViewModel.Scope scope : EffectsViewModel.Scope.values()) {
            robot.interact(() -> window.effectsViewModel().scopeProperty().set(scope));
            WaitForAsyncUtils.waitForFxEvents(3);
            TableView<?> table = robot.lookup("#effects-table").queryAs(TableView.class);
            assertEquals(5, table.getItems().size(), "four groups and the total");
            assertEquals(scope == EffectsViewModel.Scope.HORIZON ? window.effectsViewModel().horizonRows()
                    : window.effectsViewModel().firstYearRows(), table.getItems(), "the table follows the scope");
            List<String> shown = new ArrayList<>();
            for (Node n : table.lookupAll(".text")) {
                if (!(n instanceof Text t) || !(t.getParent() instanceof Labeled l) || !t.isVisible()) continue;
                if (l.getText() == null || l.getText().isEmpty()) continue;
                assertEquals(l.getText(), t.getText(), "cut in the " + scope + " table");
                shown.add(t.getText());
            }
            assertTrue(shown.contains("Shapley") && shown.contains("Total"), shown.toString());
            assertTrue(shown.stream().filter(s -> s.startsWith("+")).count() >= 6, "the reform's values are shown: " + shown);
        }
    }
}
