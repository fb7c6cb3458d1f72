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
import org.tuoyu.sandbox.ui.Styles;
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
        for (LeversViewModel.Section g : vm.sections(i18n)) {
            GridPane grid = new GridPane();
            grid.setHgap(6);
            grid.setVgap(2);
            ColumnConstraints c0 = new ColumnConstraints();
            c0.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(c0, new ColumnConstraints(), new ColumnConstraints());
            int r = 0;
            for (LeverRow k : g.rows()) r = addLever(grid, r, k);
            TitledPane tp = new TitledPane(g.title(), grid);
            tp.setId("group-" + g.id());
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

    /** A lever's name (its tooltip says what it is) and baseline value over its control; returns the next row. */
    private int addLever(GridPane grid, int r, LeverRow row) {
        Label name = new Label(row.name(i18n));
        name.getStyleClass().add(Styles.LEVER_NAME);
        name.setWrapText(true); // a long English name takes two lines rather than ending in "…"
        name.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setOnShowing(e -> tip.setText(vm.tooltip(row, i18n))); // the source is the selected scenario's, read when shown
        name.setTooltip(tip);
        Label base = new Label();
        base.getStyleClass().add(Styles.LEVER_BASELINE);
        base.setMinWidth(Region.USE_PREF_SIZE); // "基线 1,000 元/月" whole; the name beside it wraps instead
        base.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("levers.baseline") + " " + row.describe(i18n, row.referenceProperty().get()), row.referenceProperty()));
        grid.add(name, 0, r, 2, 1);
        grid.add(base, 2, r);
        switch (row.kind()) {
            case FLAG -> grid.add(flag(row), 0, r + 1, 3, 1);
            case CHOICE -> grid.add(choice(row), 0, r + 1, 3, 1);
            default -> addNumber(grid, r + 1, row);
        }
        return r + 2;
    }

    /** A yes/no lever: a check box. */
    private CheckBox flag(LeverRow row) {
        CheckBox cb = new CheckBox(i18n.t("levers.yes"));
        cb.setId("lever-" + row.id());
        cb.setSelected(row.value() != 0);
        ViewListeners.onChange(cb, row.valueProperty(), (o, a, b) -> cb.setSelected(b.doubleValue() != 0));
        cb.selectedProperty().addListener((o, a, b) -> {
            if ((row.value() != 0) != b) {
                vm.set(row, b ? 1 : 0);
                vm.endEdit();
            }
        });
        markChanged(cb, row);
        return cb;
    }

    /** A lever with named values: a drop-down of their words. */
    private ComboBox<Integer> choice(LeverRow row) {
        ComboBox<Integer> combo = new ComboBox<>();
        combo.setId("lever-" + row.id());
        java.util.List<String> words = row.choices(i18n);
        for (int i = 0; i < words.size(); i++) combo.getItems().add(i);
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer i) { return i == null ? "" : words.get(i); }
            @Override public Integer fromString(String s) { return null; }
        });
        combo.setValue((int) row.value());
        ViewListeners.onChange(combo, row.valueProperty(), (o, a, b) -> combo.setValue(b.intValue()));
        combo.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != (int) row.value()) {
                vm.set(row, b);
                vm.endEdit();
            }
        });
        markChanged(combo, row);
        return combo;
    }

    /** A number lever: a slider over its useful range with the baseline marked, an exact-entry field, the unit. */
    private void addNumber(GridPane grid, int r, LeverRow row) {
        Slider slider = slider(row);
        TextField field = field(row);
        Label unit = new Label(row.unit(i18n));
        unit.getStyleClass().add(Styles.LEVER_UNIT);
        unit.setMinWidth(Region.USE_PREF_SIZE);
        slider.valueProperty().addListener((o, a, b) -> {
            if (slider.getProperties().containsKey(FOLLOWING_MODEL)) return;
            double v = row.fromSlider(b.doubleValue());
            field.setText(row.format(v));
            vm.set(row, v);
        });
        StackPane track = new StackPane(baselineMark(slider, row), slider);
        grid.add(track, 0, r);
        grid.add(field, 1, r);
        grid.add(unit, 2, r);
        GridPane.setHgrow(track, Priority.ALWAYS);
    }

    /** Set on a slider while it follows the model (undo, another tab), so that the move is not taken as an edit. */
    private static final String FOLLOWING_MODEL = "following-model";

    private Slider slider(LeverRow row) {
        Slider slider = new Slider(row.sliderMin(), row.sliderMax(), row.value() * row.scale());
        slider.setId("lever-" + row.id());
        slider.getStyleClass().add(Styles.LEVER);
        if (row.integral()) {
            slider.setSnapToTicks(false);
            slider.setBlockIncrement(1);
        } else {
            slider.setBlockIncrement((slider.getMax() - slider.getMin()) / 50);
        }
        ViewListeners.onChange(slider, row.valueProperty(), (o, a, b) -> {
            slider.getProperties().put(FOLLOWING_MODEL, Boolean.TRUE);
            try {
                double at = b.doubleValue() * row.scale();
                if (!slider.isValueChanging() && Math.abs(slider.getValue() - at) > 1e-9) slider.setValue(Math.min(slider.getMax(), at));
            } finally {
                slider.getProperties().remove(FOLLOWING_MODEL);
            }
        });
        slider.valueChangingProperty().addListener((o, a, b) -> { if (!b) vm.endEdit(); });
        slider.setOnMouseReleased(e -> vm.endEdit());
        return slider;
    }

    /** The exact-entry field: Enter or leaving it commits; a refused value turns it red with the reason as tooltip. */
    private TextField field(LeverRow row) {
        TextField field = new TextField(row.format(row.value()));
        field.setId("field-" + row.id());
        field.setPrefColumnCount(6);
        field.setAlignment(Pos.CENTER_RIGHT);
        // Any change of the model (edit, undo, redo, another tab) shows the model's value: a refused
        // entry does not linger in red once the levers have moved on.
        ViewListeners.onChange(field, vm.revisionProperty(), (o, a, b) -> {
            field.setText(row.format(row.value()));
            field.getStyleClass().remove(Styles.INVALID);
            field.setTooltip(null);
        });
        Runnable commit = () -> {
            double v = row.parse(field.getText());
            String why = Double.isNaN(v) ? i18n.t("levers.notANumber") : vm.set(row, v);
            vm.endEdit();
            if (why != null) {
                if (!field.getStyleClass().contains(Styles.INVALID)) field.getStyleClass().add(Styles.INVALID);
                field.setTooltip(new Tooltip(why));
            } else {
                field.getStyleClass().remove(Styles.INVALID);
                field.setTooltip(null);
                field.setText(row.format(row.value()));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, a, b) -> { if (!b) commit.run(); });
        markChanged(field, row);
        return field;
    }

    /** The baseline value marked as a tick under the slider's track, kept in place as the slider resizes. */
    private static Pane baselineMark(Slider slider, LeverRow row) {
        Region mark = new Region();
        mark.getStyleClass().add(Styles.BASELINE_MARK);
        mark.setManaged(false);
        mark.resize(3, 16);
        Pane markLayer = new Pane(mark);
        markLayer.setMouseTransparent(true);
        Runnable place = () -> {
            double w = slider.getWidth() - 14;
            double f = (row.referenceProperty().get() * row.scale() - slider.getMin()) / (slider.getMax() - slider.getMin());
            f = Math.max(0, Math.min(1, f));
            mark.relocate(7 + w * f - 1.5, (slider.getHeight() - 16) / 2);
        };
        slider.widthProperty().addListener((o, a, b) -> place.run());
        slider.heightProperty().addListener((o, a, b) -> place.run());
        ViewListeners.onChange(slider, row.referenceProperty(), (o, a, b) -> place.run());
        return markLayer;
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
}
