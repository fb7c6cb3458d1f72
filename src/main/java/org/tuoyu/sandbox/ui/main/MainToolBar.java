package org.tuoyu.sandbox.ui.main;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** The tool buttons at the right of the scenario bar; they keep their full width however many tabs are open. */
public final class MainToolBar {

    private MainToolBar() {}

    public static HBox build(AppContext ctx, Runnable export, Runnable brief) {
        I18n i = ctx.workspace().i18n();
        Button b = new Button(i.t("toolbar.export"));
        b.setId("tb-export");
        b.setTooltip(new Tooltip(i.t("menu.export")));
        b.disableProperty().bind(ctx.export().runningProperty());
        b.setOnAction(e -> export.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        Button br = new Button(i.t("toolbar.brief"));
        br.setId("tb-brief");
        br.setTooltip(new Tooltip(i.t("menu.brief")));
        br.disableProperty().bind(ctx.export().runningProperty());
        br.setOnAction(e -> brief.run());
        br.setMinWidth(Region.USE_PREF_SIZE);
        HBox tb = new HBox(4, new Separator(Orientation.VERTICAL), b, br);
        tb.setId("toolbar");
        tb.setAlignment(Pos.CENTER_LEFT);
        tb.setMinWidth(Region.USE_PREF_SIZE);
        return tb;
    }
}
