package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.export.BuildInfo;
import org.tuoyu.sandbox.ui.help.LeverGlossary;
import org.tuoyu.sandbox.ui.help.MarkdownView;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** Help: the lever glossary, the model documentation, the shortcuts and About. */
class HelpWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void everyLeverIsInTheGlossaryInBothLanguagesWithUnitRangeAndTheBaselinesSource() {
        for (I18n.Lang lang : I18n.Lang.values()) {
            I18n i = new I18n(lang);
            for (LeverKey k : LeverKey.values()) {
                String what = LeverGlossary.what(k, i);
                assertNotNull(what, k + " has no glossary text in " + lang);
                assertEquals(lang == I18n.Lang.ZH, what.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), k + " in " + lang + ": " + what);
            }
        }
        var baseline = window.workspace().baseline().document();
        List<LeverGlossary.Row> rows = LeverGlossary.rows(baseline, new I18n(I18n.Lang.ZH));
        assertEquals(LeverKey.values().length, rows.size());
        for (LeverGlossary.Row r : rows) {
            var p = baseline.provenanceOf(r.key());
            if (p != null && p.source() != null && !p.source().isBlank()) assertEquals(p.source() + " [" + p.flag() + "]", r.source(), r.key().name());
            assertFalse(r.range().isBlank(), r.key().name());
        }
        LeverGlossary.Row maternity = rows.get(LeverKey.MATERNITY_DAYS.ordinal());
        assertEquals("天", maternity.unit());
        assertEquals("0 – 730", maternity.range());
    }

    @Test
    void theGlossaryAndTheModelDocumentationOpenFromTheHelpMenu(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#mi-glossary");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> t = robot.lookup("#glossary-table").queryAs(TableView.class);
        assertEquals(LeverKey.values().length, t.getItems().size());

        robot.clickOn("#menu-help").clickOn("#mi-model");
        WaitForAsyncUtils.waitForFxEvents();
        VBox md = robot.lookup("#markdown").queryAs(VBox.class);
        String first = ((TextFlow) md.getChildren().get(0)).getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertEquals("The model (version 2)", first, "the first heading of docs/model.md");
        assertTrue(md.getChildren().stream().anyMatch(n -> n instanceof GridPane), "its tables are drawn as tables");
        String last = md.getChildren().stream().filter(n -> n instanceof TextFlow).map(n -> ((TextFlow) n).getChildren().stream()
                .map(x -> x instanceof Text tx ? tx.getText() : "").reduce("", String::concat)).filter(x -> x.startsWith("12. "))
                .findFirst().orElse("");
        assertEquals("12. What the model leaves out", last, "the whole document, to its last section");
    }

    @Test
    void shortcutsComeFromTheMenusAndAboutSaysVersionBuildAndLicences(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#mi-shortcuts");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<String[]> t = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        assertTrue(t.getItems().stream().anyMatch(r -> r[0].equals("文件 › 保存") && r[1].contains("S")), "Ctrl+S for 保存");
        assertTrue(t.getItems().stream().anyMatch(r -> r[0].equals("编辑 › 撤销") || r[0].startsWith("编辑 › 撤销")), "undo listed");
        assertTrue(t.getItems().stream().anyMatch(r -> r[0].equals("帮助 › 政策杠杆词汇表") && r[1].equals("F1")));

        robot.clickOn("#menu-help").clickOn("#mi-about");
        WaitForAsyncUtils.waitForFxEvents();
        String about = robot.lookup("#about-text").queryAs(TextArea.class).getText();
        assertTrue(about.contains(BuildInfo.describe()), about);
        // every library the app ships (not test-scoped) is named with its licence
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<dependency><groupId>[^<]+</groupId><artifactId>([^<]+)</artifactId>(.*?)</dependency>").matcher(
                pom.substring(pom.indexOf("</dependencyManagement>"), pom.indexOf("<build>")));
        int n = 0;
        while (m.find()) {
            if (m.group(2).contains("<scope>test</scope>")) continue;
            n++;
            assertTrue(about.contains(m.group(1)), "About names " + m.group(1));
        }
        assertTrue(n >= 10, "the pom's dependencies were found: " + n);
    }

    @Test
    void markdownRendersHeadingsCodeAndTables() {
        VBox box = MarkdownView.render("# Title\n\nSome `code` and **bold**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n", 600);
        assertEquals(4, box.getChildren().size());
        assertTrue(box.getChildren().get(2) instanceof GridPane);
        assertEquals(4, ((GridPane) box.getChildren().get(2)).getChildren().size());
        assertNotNull(MarkdownView.modelText(), "docs/model.md is in the jar");
    }
}
