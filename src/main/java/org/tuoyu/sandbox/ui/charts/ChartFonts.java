package org.tuoyu.sandbox.ui.charts;

import java.awt.Font;
import java.util.List;

/** Picks a font family that has Chinese glyphs, so chart titles and legends do not show boxes. */
public final class ChartFonts {

    private static final List<String> CANDIDATES = List.of(
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Microsoft YaHei", "PingFang SC", "SimHei", "Heiti SC");

    private static String family;

    private ChartFonts() {}

    public static synchronized String family() {
        if (family == null) {
            List<String> have = javafx.scene.text.Font.getFamilies();
            family = "SansSerif";
            for (String c : CANDIDATES) {
                if (have.contains(c)) { family = c; break; }
            }
        }
        return family;
    }

    public static Font plain(int size) { return new Font(family(), Font.PLAIN, size); }

    public static Font bold(int size) { return new Font(family(), Font.BOLD, size); }
}
