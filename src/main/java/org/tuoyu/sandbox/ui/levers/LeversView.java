package org.tuoyu.sandbox.ui.levers;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tuoyu.sandbox.engine.LeverGroup;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.i18n.ViewListeners;

/** The levers, one titled section per group: a slider, an exact-entry field, the unit, the baseline mark. */
public final class LeversView extends ScrollPane {

    private final LeversViewModel vm;
    private final I18n i18n;

    public LeversView(LeversViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        VBox box = new VBox(4);
        box.setPadding(new Insets(4));
        box.getChildren().add(baselineBanner());
        for (LeverGroup g : LeverGroup.values()) {
            GridPane grid = new GridPane();
            grid.setHgap(6);
            grid.setVgap(2);
            ColumnConstraints c0 = new ColumnConstraints();
            c0.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(c0, new ColumnConstraints(), new ColumnConstraints());
            int r = 0;
            for (LeverKey k : vm.keys(g)) r = addLever(grid, r, k);
            TitledPane tp = new TitledPane(i18n.group(g), grid);
            tp.setId("group-" + g.key());
            tp.getStyleClass().add(Styles.LEVER_GROUP);
            tp.setExpanded(true);
            box.getChildren().add(tp);
        }
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(340);
        setPrefWidth(380);
    }

    /**
     * Shown while the baseline is selected: it is read-only (a lever move opens a new reform), or,
     * with the box ticked, being edited, which moves every reform's comparison.
     */
    private javafx.scene.Node baselineBanner() {
        var ws = vm.workspace();
        Label text = new Label();
        text.setId("baseline-banner");
        text.setWrapText(true);
        CheckBox edit = new CheckBox(i18n.t("levers.editBaseline"));
        edit.setId("edit-baseline");
        edit.selectedProperty().bindBidirectional(ws.editBaselineProperty());
        VBox banner = new VBox(2, text, edit);
        banner.setId("baseline-banner-box");
        banner.getStyleClass().add(Styles.BASELINE_BANNER);
        Runnable sync = () -> {
            boolean onBaseline = ws.selected() != null && ws.selected() == ws.baseline();
            banner.setVisible(onBaseline);
            banner.setManaged(onBaseline);
            boolean editing = ws.editBaselineProperty().get();
            text.setText(i18n.t(editing ? "levers.editingBaseline" : "levers.lockedBaseline"));
            banner.getStyleClass().remove(Styles.EDITING);
            if (editing) banner.getStyleClass().add(Styles.EDITING);
        };
        ViewListeners.onChange(banner, ws.selectedProperty(), (o, a, b) -> sync.run());
        ViewListeners.onChange(banner, ws.editBaselineProperty(), (o, a, b) -> sync.run());
        sync.run();
        return banner;
    }

    private int addLever(GridPane grid, int r, LeverKey k) {
        LeverRow row = vm.row(k);
        Label name = new Label(i18n.lever(k));
        name.getStyleClass().add(Styles.LEVER_NAME);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setOnShowing(e -> tip.setText(tooltip(k))); // the source is the selected scenario's, read when shown
        name.setTooltip(tip);
        Label base = new Label();
        base.getStyleClass().add(Styles.LEVER_BASELINE);
        base.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("levers.baseline") + " " + describe(k, row.referenceProperty().get()),
                row.referenceProperty()));
        grid.add(name, 0, r, 2, 1);
        grid.add(base, 2, r);
        r++;
        if (k.unit() == LeverUnit.FLAG) {
            CheckBox cb = new CheckBox(i18n.t("levers.yes"));
            cb.setId("lever-" + k.name());
            cb.setSelected(row.value() != 0);
            ViewListeners.onChange(cb, row.valueProperty(), (o, a, b) -> cb.setSelected(b.doubleValue() != 0));
            cb.selectedProperty().addListener((o, a, b) -> {
                if ((row.value() != 0) != b) { vm.set(k, b ? 1 : 0); vm.endEdit(); }
            });
            markChanged(cb, row);
            grid.add(cb, 0, r, 3, 1);
            return r + 1;
        }
        if (k.unit() == LeverUnit.CHOICE) {
            ComboBox<Integer> combo = new ComboBox<>();
            combo.setId("lever-" + k.name());
            for (int i = 0; i < k.choices().size(); i++) combo.getItems().add(i);
            combo.setConverter(new javafx.util.StringConverter<>() {
                @Override public String toString(Integer i) { return i == null ? "" : i18n.choice(k, i); }
                @Override public Integer fromString(String s) { return null; }
            });
            combo.setValue((int) row.value());
            ViewListeners.onChange(combo, row.valueProperty(), (o, a, b) -> combo.setValue(b.intValue()));
            combo.valueProperty().addListener((o, a, b) -> {
                if (b != null && b != (int) row.value()) { vm.set(k, b); vm.endEdit(); }
            });
            markChanged(combo, row);
            grid.add(combo, 0, r, 3, 1);
            return r + 1;
        }
        double scale = Fmt.displayScale(k);
        Slider slider = new Slider(k.min() * scale, sliderMax(k) * scale, row.value() * scale);
        slider.setId("lever-" + k.name());
        slider.getStyleClass().add(Styles.LEVER);
        if (k.integral()) {
            slider.setSnapToTicks(false);
            slider.setBlockIncrement(1);
        } else {
            slider.setBlockIncrement((slider.getMax() - slider.getMin()) / 50);
        }
        TextField field = new TextField(Fmt.leverNumber(k, row.value()));
        field.setId("field-" + k.name());
        field.setPrefColumnCount(6);
        field.setAlignment(Pos.CENTER_RIGHT);
        Label unit = new Label(i18n.unit(k.unit()));
        unit.getStyleClass().add(Styles.LEVER_UNIT);
        unit.setMinWidth(Region.USE_PREF_SIZE);

        boolean[] updating = {false};
        ViewListeners.onChange(slider, row.valueProperty(), (o, a, b) -> {
            updating[0] = true;
            try {
                if (!slider.isValueChanging() && Math.abs(slider.getValue() - b.doubleValue() * scale) > 1e-9) {
                    slider.setValue(Math.min(slider.getMax(), b.doubleValue() * scale));
                }
            } finally {
                updating[0] = false;
            }
        });
        // Any change of the model (edit, undo, redo, another tab) shows the model's value: a refused
        // entry does not linger in red once the levers have moved on.
        ViewListeners.onChange(field, vm.revisionProperty(), (o, a, b) -> {
            field.setText(Fmt.leverNumber(k, row.value()));
            field.getStyleClass().remove(Styles.INVALID);
            field.setTooltip(null);
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (updating[0]) return;
            double v = b.doubleValue() / scale;
            v = k.integral() ? Math.rint(v) : roundNice(k, v);
            field.setText(Fmt.leverNumber(k, v));
            vm.set(k, v);
        });
        slider.valueChangingProperty().addListener((o, a, b) -> { if (!b) vm.endEdit(); });
        slider.setOnMouseReleased(e -> vm.endEdit());
        Runnable commit = () -> {
            double v = Fmt.parseLever(k, field.getText());
            String why = Double.isNaN(v) ? i18n.t("levers.notANumber") : vm.set(k, v);
            vm.endEdit();
            if (why != null) {
                if (!field.getStyleClass().contains(Styles.INVALID)) field.getStyleClass().add(Styles.INVALID);
                field.setTooltip(new Tooltip(why));
            } else {
                field.getStyleClass().remove(Styles.INVALID);
                field.setTooltip(null);
                field.setText(Fmt.leverNumber(k, row.value()));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, a, b) -> { if (!b) commit.run(); });

        // The baseline value marked under the track.
        Region mark = new Region();
        mark.getStyleClass().add(Styles.BASELINE_MARK);
        mark.setManaged(false);
        mark.resize(3, 16);
        Pane markLayer = new Pane(mark);
        markLayer.setMouseTransparent(true);
        StackPane track = new StackPane(markLayer, slider);
        Runnable place = () -> {
            double w = slider.getWidth() - 14;
            double f = (row.referenceProperty().get() * scale - slider.getMin()) / (slider.getMax() - slider.getMin());
            f = Math.max(0, Math.min(1, f));
            mark.relocate(7 + w * f - 1.5, (slider.getHeight() - 16) / 2);
        };
        slider.widthProperty().addListener((o, a, b) -> place.run());
        slider.heightProperty().addListener((o, a, b) -> place.run());
        ViewListeners.onChange(slider, row.referenceProperty(), (o, a, b) -> place.run());
        markChanged(field, row);
        grid.add(track, 0, r);
        grid.add(field, 1, r);
        grid.add(unit, 2, r);
        GridPane.setHgrow(track, Priority.ALWAYS);
        return r + 1;
    }

    /** What the lever is, its unit, the range it accepts and where the selected scenario's value comes from. */
    private String tooltip(LeverKey k) {
        StringBuilder b = new StringBuilder(i18n.lever(k));
        if (!k.unit().labelZh().isEmpty()) b.append('\n').append(i18n.t("levers.tipUnit", i18n.unit(k.unit())));
        if (k.unit() != LeverUnit.FLAG && k.unit() != LeverUnit.CHOICE) {
            b.append('\n').append(i18n.t("levers.tipRange", Fmt.leverNumber(k, k.min()), Fmt.leverNumber(k, k.max())));
        }
        var s = vm.workspace().selected();
        var p = s == null ? null : s.document().provenanceOf(k);
        b.append('\n').append(p == null || p.source() == null || p.source().isBlank()
                ? i18n.t("levers.tipNoSource") : i18n.t("levers.tipSource", p.source(), p.flag()));
        return b.toString();
    }

    private static void markChanged(javafx.scene.Node n, LeverRow row) {
        Runnable f = () -> {
            if (row.changedProperty().get()) {
                if (!n.getStyleClass().contains(Styles.CHANGED)) n.getStyleClass().add(Styles.CHANGED);
            } else {
                n.getStyleClass().remove(Styles.CHANGED);
            }
        };
        ViewListeners.onChange(n, row.changedProperty(), (o, a, b) -> f.run());
        f.run();
    }

    private String describe(LeverKey k, double v) {
        if (k.unit() == LeverUnit.CHOICE) return i18n.choice(k, (int) v);
        if (k.unit() == LeverUnit.FLAG) return v != 0 ? i18n.t("levers.yes") : i18n.t("levers.no");
        return Fmt.leverNumber(k, v) + (k.unit().labelZh().isEmpty() ? "" : " " + i18n.unit(k.unit()));
    }

    /** Slider ends that make the useful range easy to reach; the field takes anything up to the lever's max. */
    static double sliderMax(LeverKey k) {
        switch (k) {
            case GRANT_PER_NEW_SEAT: return 50_000;
            case GRANT_PER_NEW_INSTITUTION: return 2_000_000;
            case GRANT_PER_CERTIFIED_WORKER: return 20_000;
            case BUILD_COST_PER_SEAT: return 200_000;
            case ALLOWANCE_PER_CHILD_YEAR: return 24_000;
            case MATERNITY_DAYS: case MATERNITY_ALLOWANCE_DAYS: return 365;
            case PATERNITY_DAYS: return 90;
            case PARENTAL_DAYS_PER_PARENT_YEAR: return 60;
            case TARGET_PER_THOUSAND: return 15;
            case YEARS_TO_TARGET: return 15;
            default:
                if (k.unit() == LeverUnit.YUAN_PER_MONTH) return 5_000;
                return k.max();
        }
    }

    /** Slider values rounded to steps a person would type: 10 元, 0.5%, 0.1 per thousand. */
    static double roundNice(LeverKey k, double v) {
        switch (k.unit()) {
            case SHARE: return Math.rint(v * 1000) / 1000;
            case PER_THOUSAND: return Math.rint(v * 10) / 10;
            case YUAN: return Math.rint(v / 100) * 100;
            default: return Math.rint(v / 10) * 10;
        }
    }
}
