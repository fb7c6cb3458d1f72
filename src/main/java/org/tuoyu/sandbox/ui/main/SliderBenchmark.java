package org.tuoyu.sandbox.ui.main;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.tuoyu.sandbox.scenario.Location;

/**
 * Measures slider-move to charts-redrawn in the real window: opens one reform beside the baseline,
 * then moves the voucher slider once per frame and reports the percentiles. Started with
 * {@code -Dtuoyu.sandbox.bench=MOVES}.
 */
public final class SliderBenchmark {

    public static final String PRESET = "builtin:beijing-2025-hangzhou-vouchers.yaml";

    private SliderBenchmark() {}

    public static void run(MainWindow w, int moves, Consumer<String> report) {
        // -Dtuoyu.sandbox.bench.reforms=7 opens eight scenarios; .tab=tab-compare-charts measures another view
        int reforms = Integer.getInteger("tuoyu.sandbox.bench.reforms", 1);
        String tab = System.getProperty("tuoyu.sandbox.bench.tab", "tab-charts");
        for (int k = 0; k < reforms; k++) {
            try {
                w.actions().addPreset(Location.parse(PRESET));
            } catch (Exception e) {
                report.accept("benchmark: cannot open " + PRESET + ": " + e.getMessage());
            }
        }
        w.workspace().select(w.workspace().slots().get(1));
        Slider slider = (Slider) w.root().lookup("#lever-VOUCHER_A2");
        TabPane views = (TabPane) w.root().lookup("#views");
        for (Tab t : views.getTabs()) if (tab.equals(t.getId())) views.getSelectionModel().select(t);
        int warm = Math.min(60, moves / 4);
        new AnimationTimer() {
            int i;

            @Override
            public void handle(long now) {
                if (i == warm) {
                    w.latency().clear();
                    w.drawnLatency().clear();
                    w.layoutLatency().clear();
                }
                if (i < warm + moves) {
                    slider.setValue(50 + (i * 37) % 2000);
                    i++;
                    return;
                }
                if (i++ < warm + moves + 10) return; // let the last frames land
                stop();
                report.accept(String.format("scenarios=" + w.workspace().slots().size() + " tab=" + tab + " | slider→charts drawn: n=%d p50=%.2f ms p95=%.2f ms | slider→next layout pulse: n=%d p50=%.2f ms"
                                + " p95=%.2f ms | layout of that pulse p50=%.2f p95=%.2f ms | engine avg %.2f ms",
                        w.drawnLatency().count(), w.drawnLatency().percentileMillis(50), w.drawnLatency().percentileMillis(95),
                        w.latency().count(), w.latency().percentileMillis(50), w.latency().percentileMillis(95),
                        w.layoutLatency().percentileMillis(50), w.layoutLatency().percentileMillis(95),
                        w.workspace().evaluations().averageMillis()));
            }
        }.start();
    }
}
