package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioFiles;
import org.tuoyu.sandbox.ui.files.FxLoads;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/** Files are read off the FX thread (issue 9's last app hole: a 4.9 MB file froze the window). */
class FileLoadingTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private CountDownLatch slotAdded() {
        CountDownLatch added = new CountDownLatch(1);
        window.workspace().slots().addListener((ListChangeListener<ScenarioSlot>) c -> {
            while (c.next()) if (c.wasAdded()) added.countDown();
        });
        return added;
    }

    @Test
    void aLargeFileIsReadWhileTheWindowGoesOn(FxRobot robot, @TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        ScenarioFiles.save(ScenarioFiles.load(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml")), big);
        StringBuilder b = new StringBuilder(Files.readString(big));
        String comment = "# " + "注释 comment ".repeat(60) + "\n";
        int lineBytes = comment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        long bytes = Files.size(big);
        for (; bytes + lineBytes < 4_900_000; bytes += lineBytes) b.append(comment);
        Files.writeString(big, b);
        assertTrue(Files.size(big) > 4_500_000 && Files.size(big) < Location.MAX_BYTES, Long.toString(Files.size(big)));
        CountDownLatch added = slotAdded();
        AtomicInteger slotsWhenOpenReturned = new AtomicInteger();
        robot.interact(() -> {
            window.files().open(big);
            slotsWhenOpenReturned.set(window.workspace().slots().size());
        });
        assertEquals(1, slotsWhenOpenReturned.get(), "open() returned to the FX thread before the file was read");
        assertTrue(added.await(120, TimeUnit.SECONDS), "the file opened");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.workspace().slots().size());
        assertEquals(big.toAbsolutePath(), window.workspace().selected().file());
    }

    @Test
    void cancelDropsWhatTheLoadReads(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean delivered = new AtomicBoolean();
        FxLoads loads = new FxLoads(stage, () -> window.workspace().i18n());
        robot.interact(() -> loads.run("测试", p -> {
            p.step("slow.yaml", 0, 1);
            started.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // Cancel interrupts the reading thread
            }
            return "read";
        }, v -> delivered.set(true), e -> delivered.set(true)));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#load-cancel").tryQuery().isPresent());
        assertEquals("slow.yaml", robot.lookup("#load-step").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#load-cancel").queryAs(Button.class).fire());
        release.countDown();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertFalse(delivered.get(), "a cancelled load opens nothing");
        assertFalse(robot.lookup("#load-cancel").tryQuery().isPresent(), "the progress window closed");
    }

    @Test
    void aBrokenFileReadInTheBackgroundNamesLineKeyAndValue(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario:\n  name: x\nextends: builtin:beijing-2025.yaml\nlevers:\n  demand:\n    voucher:\n      A2: lots\n");
        robot.interact(() -> window.files().open(bad));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#error-line").tryQuery().isPresent());
        assertEquals("7", robot.lookup("#error-line").queryAs(Label.class).getText());
        assertEquals("levers.demand.voucher.A2", robot.lookup("#error-key").queryAs(Label.class).getText());
        assertEquals("lots", robot.lookup("#error-value").queryAs(Label.class).getText());
        assertEquals(1, window.workspace().slots().size(), "nothing changed");
    }
}
