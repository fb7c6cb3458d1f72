package org.tuoyu.sandbox.app;

import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** What the window shows while the scenario files load: a spinning indicator and one line, at the main window's size. */
final class Loading {

    private Loading() {}

    static Scene scene(I18n i) {
        ProgressIndicator p = new ProgressIndicator();
        p.setId("loading");
        Label l = new Label(i.t("app.loading"));
        VBox box = new VBox(12, p, l);
        box.setAlignment(Pos.CENTER);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(box, Math.min(1500, screen.getWidth()), Math.min(920, screen.getHeight()));
    }
}
