package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.Account;
import org.tuoyu.sandbox.engine.Evaluator;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.scenario.ShareCode;

/**
 * 课堂 → 粘贴分享码 opens a code from a chat as a reform tab beside its baseline, with the same results; a damaged code
 * is refused with a message and changes nothing; 复制分享码 puts the selected scenario's code on the clipboard.
 */
class ShareCodeWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private static void await(BooleanSupplier ok, String what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return ok.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting: " + what);
        }
    }

    private static double budget(ScenarioDocument d) {
        return Evaluator.evaluate(d.scenario()).year(2030).accounts().get(Account.GENERAL_BUDGET);
    }

    @Test
    void aPastedCodeOpensAsAReformADamagedOneIsRefusedAndCopyPutsTheCodeOnTheClipboard(FxRobot robot) throws Exception {
        ScenarioDocument shared = ScenarioFiles.load(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
        String code = ShareCode.of(shared);
        int before = window.workspace().slots().size();
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("\n" + code + "\n"); // as a chat pastes it
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#menu-workshop").clickOn("#mi-share-paste");
        await(() -> robot.lookup("#share-paste-dialog").tryQuery().isPresent(), "the paste dialog");
        TextArea text = robot.lookup("#share-code-text").queryAs(TextArea.class);
        assertEquals(code, text.getText(), "the clipboard's code is filled in");
        robot.clickOn("#share-paste-ok");
        await(() -> window.workspace().slots().size() == before + 1, "the reform tab");
        ScenarioDocument opened = window.workspace().slots().get(before).document();
        assertTrue(opened.isReform(), "it opens as a reform of its baseline");
        assertEquals(shared.name(), opened.name());
        assertEquals(budget(shared), budget(opened), 0.0, "the same results to the last digit");

        String damaged = code.substring(0, 20) + (code.charAt(20) == 'A' ? 'B' : 'A') + code.substring(21);
        robot.clickOn("#menu-workshop").clickOn("#mi-share-paste");
        await(() -> robot.lookup("#share-paste-dialog").tryQuery().isPresent(), "the paste dialog again");
        robot.interact(() -> robot.lookup("#share-code-text").queryAs(TextArea.class).setText(damaged));
        robot.clickOn("#share-paste-ok");
        await(() -> robot.lookup("#share-refused").tryQuery().isPresent(), "the refusal");
        String why = robot.lookup("#share-refused").queryAs(DialogPane.class).getContentText();
        assertTrue(why.contains("damaged"), why);
        assertEquals(before + 1, window.workspace().slots().size(), "nothing opened");
        robot.interact(() -> ((Stage) robot.lookup("#share-refused").queryAs(Node.class).getScene().getWindow()).close());

        robot.interact(() -> window.workspace().select(window.workspace().slots().get(before)));
        robot.clickOn("#menu-workshop").clickOn("#mi-share-copy");
        await(() -> robot.lookup("#share-copy-dialog").tryQuery().isPresent(), "the copied code");
        String copied = robot.lookup("#share-copy-dialog #share-code-text").queryAs(TextArea.class).getText();
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(copied, clip[0], "the code is on the clipboard");
        ScenarioDocument back = ShareCode.open(copied);
        assertNotNull(back);
        assertEquals(budget(shared), budget(back), 0.0, "the copied code gives the same results");
    }
}
