package org.tuoyu.sandbox.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;

/**
 * The views the main window shows for scenarios side by side: the N-scenario comparison table and the selected
 * scenario's multi-year table, and the comparison charts. Each follows its view model while shown and catches up when shown again.
 */
public final class ComparisonTabs {

    private final ComparisonViewModel vm;
    private final ComparisonView comparison;
    private final ComparisonView years;
    private final CompareChartsView charts;
    private boolean differences;

    public ComparisonTabs(ComparisonViewModel vm, I18n i18n) {
        this.vm = vm;
        comparison = new ComparisonView("compare-grid", i18n, i18n.t("grid.hint.compare"), vm.workspace().yearProperty(),
                this::horizon, vm::comparison, List.of());
        ToggleGroup mode = new ToggleGroup();
        ToggleButton values = new ToggleButton(i18n.t("grid.years.values"));
        ToggleButton diffs = new ToggleButton(i18n.t("grid.years.differences"));
        values.setId("years-values");
        diffs.setId("years-differences");
        values.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the hint beside them wraps instead
        diffs.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        values.setToggleGroup(mode);
        diffs.setToggleGroup(mode);
        values.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) { a.setSelected(true); return; } // one of the two is always on
            differences = b == diffs;
            years().refresh();
        });
        years = new ComparisonView("years-grid", i18n, i18n.t("grid.hint.years"), null, List::of,
                () -> vm.years(differences), List.of(switcher(values, diffs)));
        CompareChartsViewModel chartData = new CompareChartsViewModel(vm.workspace());
        charts = new CompareChartsView(i18n, chartData::data, new CompareMapsViewModel(vm.workspace())::data);
        // Held by the view, weakly by the long-lived view model: a language switch's old views can go.
        org.tuoyu.sandbox.ui.i18n.ViewListeners.onChange(comparison, vm.revisionProperty(), (o, a, b) -> {
            comparison.invalidate();
            years.invalidate();
            charts.invalidate();
        });
    }

    private static HBox switcher(ToggleButton a, ToggleButton b) {
        HBox box = new HBox(a, b);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private List<Integer> horizon() {
        List<Integer> ys = new ArrayList<>();
        ScenarioSlot b = vm.workspace().baseline();
        if (b == null) return ys;
        var h = b.document().scenario().horizon();
        for (int y = h.firstYear(); y < h.firstYear() + h.years(); y++) ys.add(y);
        return ys;
    }

    public ComparisonView comparison() { return comparison; }

    public ComparisonView years() { return years; }

    public CompareChartsView charts() { return charts; }

    public ComparisonViewModel viewModel() { return vm; }
}
