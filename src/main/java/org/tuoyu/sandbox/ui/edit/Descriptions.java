package org.tuoyu.sandbox.ui.edit;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.i18n.I18n;

/** A scenario's description (the presets' Chinese text with its sources) as the tabs and the preset dialog show it. */
public final class Descriptions {

    private Descriptions() {}

    /** The description in the user's language (the other one when that is empty), then the file's source line. */
    public static String text(ScenarioDocument d, I18n i) {
        String text = i.pick(d.descriptionZh(), d.descriptionEn());
        if (text.isBlank()) text = i.t("description.none");
        return d.source().isBlank() ? text : text + "\n\n" + i.t("description.source", d.source());
    }

    /** A tooltip that follows the slot's document (an edited description shows at once). */
    public static Tooltip tooltip(ObservableValue<ScenarioDocument> doc, I18n i) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(Bindings.createStringBinding(
                () -> i.pick(doc.getValue().name(), doc.getValue().nameEn()) + "\n\n" + text(doc.getValue(), i), doc));
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
