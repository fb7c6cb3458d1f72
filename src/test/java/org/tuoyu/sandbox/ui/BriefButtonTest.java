package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.scenario.Location;

/** The toolbar's brief button writes the open baseline and reform to a Word brief and says where. */
class BriefButtonTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void theBriefButtonWritesTheBriefOfTheOpenScenarios(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                window.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path out = home.resolve("简报.docx");
        window.exportViewModel().setTargetChooser(name -> {
            assertTrue(name.endsWith(".docx"), name);
            return out;
        });
        robot.clickOn("#tb-brief");
        await(() -> Files.exists(out) && !window.exportViewModel().runningProperty().get(), 60, "the brief");
        assertEquals(out, window.exportViewModel().lastWrittenProperty().get());
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            StringBuilder all = new StringBuilder();
            d.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
            assertTrue(all.toString().contains("三、主要结论"), all.toString());
            assertTrue(all.toString().contains("杭州式托育券"));
            assertEquals(4, d.getAllPictures().size());
        }
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains(out.toString()));
    }
}
