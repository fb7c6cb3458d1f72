package org.tuoyu.sandbox.ui.compare;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.i18n.ViewListeners;
import org.tuoyu.sandbox.ui.map.MapView;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/**
 * The map tab: the selected scenario's map, or (所有打开的方案) one small map per open scenario, the baseline first, on
 * one colour scale and one legend — levels from zero up, or a change against the baseline centred on zero (then the
 * baseline has no map). The indicator picked is the same in both modes. Decision 0044.
 */
public final class MapTabView extends BorderPane {

    private final MapView one;
    private final CompareMapsView all;
    private final ToggleButton showAll;
    private boolean shown, dirty = true;

    /**
     * {@code revision} ticks when a result, the year, the selection or the list of scenarios changes (the comparison's);
     * {@code onPick} is told the scenario and district of a click on a small map.
     */
    public MapTabView(MapView one, Supplier<CompareMapsViewModel.Data> every, ObservableValue<?> revision, I18n i18n,
                      BiConsumer<ScenarioSlot, String> onPick) {
        this.one = one;
        this.all = new CompareMapsView(i18n, every, CompareMapsView.Kind.EVERY_SCENARIO);
        all.setOnPick(onPick);
        all.indicator().valueProperty().bindBidirectional(one.indicator().valueProperty());
        ToggleButton showOne = new ToggleButton(i18n.t("map.mode.selected"));
        showAll = new ToggleButton(i18n.t("map.mode.all"));
        showOne.setId("map-mode-selected");
        showAll.setId("map-mode-all");
        ToggleGroup mode = new ToggleGroup();
        showOne.setToggleGroup(mode);
        showAll.setToggleGroup(mode);
        showOne.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) { a.setSelected(true); return; } // one of the two is always on
            setCenter(b == showAll ? all : one);
            if (b == showAll) refresh();
        });
        HBox switcher = new HBox(showOne, showAll);
        switcher.setPadding(new Insets(2, 4, 0, 4));
        setTop(switcher);
        setCenter(one);
        setId("map-tab");
        ViewListeners.onChange(this, revision, (o, a, b) -> invalidate());
    }

    /** The tab is shown (or not): the small maps catch up when shown. */
    public void setShown(boolean on) {
        shown = on;
        if (on && dirty && showAll.isSelected()) refresh();
    }

    private void invalidate() {
        dirty = true;
        if (shown && showAll.isSelected()) refresh();
    }

    private void refresh() {
        dirty = false;
        all.refresh();
    }

    /** The every-scenario maps. */
    public CompareMapsView all() { return all; }

    public MapView selectedMap() { return one; }
}
