package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.export.Validity;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.help.ValidityRows;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * Issue 11: the app shows the baseline's validity table (帮助 › 基线效度表) as {@code run} prints it: which figures are
 * inputs, identities, fitted or predicted, each observed figure's source in short, and why a row can or cannot test
 * the model.
 */
class ValidityWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void theHelpMenuOpensTheBaselinesValidityTable(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#mi-validity");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ValidityRows.Line> t = robot.lookup("#validity-table").queryAs(TableView.class);
        var baseline = window.workspace().baseline();
        int expected = Validity.of(baseline.document(), baseline.result()).size();
        assertTrue(expected > 3, "the built-in baseline states observed figures");
        assertEquals(expected, t.getItems().size());
        assertTrue(t.getItems().stream().anyMatch(l -> l.kind().equals("拟合") && !l.source().isBlank()), t.getItems().toString());
        assertTrue(t.getItems().stream().allMatch(l -> !l.note().isBlank()), "every row says why it has its kind");
    }

    @Test
    void jiangmensRowsTellTheirSourcesApartInBothLanguages() throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Path.of("scenarios/jiangmen-2024.yaml"));
        var result = Evaluator.evaluate(doc.scenario());
        List<ValidityRows.Line> zh = ValidityRows.of(doc, result, new I18n(I18n.Lang.ZH));
        List<ValidityRows.Line> util = zh.stream().filter(l -> l.figure().equals("托位使用率")).toList();
        assertEquals(3, util.size(), zh.toString());
        assertEquals(3, util.stream().map(ValidityRows.Line::source).distinct().count(), "three sources: " + util);
        for (ValidityRows.Line l : util) {
            assertEquals("恒等", l.kind());
            assertTrue(l.note().contains("不能检验模型"), l.note());
        }
        assertEquals(List.of("38.2%", "34.0%", "40.7%"), util.stream().map(ValidityRows.Line::observed).toList());
        ValidityRows.Line xinhui = zh.stream().filter(l -> l.figure().endsWith("新会区")).findFirst().orElseThrow();
        assertEquals("预测", xinhui.kind());
        assertEquals("255–674", xinhui.observed());
        assertEquals("在区间内", xinhui.difference());
        ValidityRows.Line en = ValidityRows.of(doc, result, new I18n(I18n.Lang.EN)).stream()
                .filter(l -> l.figure().endsWith("Xinhui")).findFirst().orElseThrow();
        assertEquals("predicted", en.kind());
        assertEquals("in range", en.difference());
    }
}
