package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.main.MainLayout;

/**
 * A language switch builds the whole layout afresh; the old one must then be garbage. Before, every old layout
 * stayed reachable through its views' listeners on the long-lived view-models: memory grew with each switch and
 * the dead views kept redrawing on every result.
 */
class LanguageSwitchLeakTest extends RealWindowTest {

    private static final int SWITCHES = 20;
    private static final int GC_ATTEMPTS = 40;

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    @Test
    void oldLayoutsAreCollectableAfterTwentySwitches(FxRobot robot) {
        robot.interact(() -> {
            try {
                window.actions().addPreset(Location.parse("builtin:beijing-2025-hangzhou-vouchers.yaml"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<WeakReference<Parent>> old = new ArrayList<>();
        for (int k = 0; k < SWITCHES; k++) {
            // Every tab's views in some of the layouts, so that each view can leak; all twenty would only be slower.
            if (k % 4 == 0) buildEveryTab(robot);
            old.add(new WeakReference<>(window.root()));
            I18n.Lang next = k % 2 == 0 ? I18n.Lang.EN : I18n.Lang.ZH;
            robot.interact(() -> window.setLanguage(next));
        }
        WaitForAsyncUtils.waitForFxEvents(3);
        int alive = alive(old);
        // Bounded by attempts, not time: a collector that needs a few rounds gets them.
        for (int a = 0; a < GC_ATTEMPTS && alive > 0; a++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            alive = alive(old);
        }
        assertEquals(0, alive, "old layouts still reachable after " + SWITCHES + " language switches");
    }

    /** What showing each tab once builds (the content of a tab is built when first shown). */
    private void buildEveryTab(FxRobot robot) {
        robot.interact(() -> {
            MainLayout l = window.layout();
            l.charts();
            l.fans();
            l.map();
            l.districts();
            l.overrides();
            l.compare();
            l.effects();
        });
    }

    private static int alive(List<WeakReference<Parent>> refs) {
        int n = 0;
        for (WeakReference<Parent> r : refs) if (r.get() != null) n++;
        return n;
    }
}
