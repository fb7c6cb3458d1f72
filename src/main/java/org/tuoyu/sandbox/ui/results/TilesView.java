package org.tuoyu.sandbox.ui.results;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tuoyu.sandbox.ui.Styles;
import org.tuoyu.sandbox.ui.i18n.ViewListeners;

/** The headline tiles: value and change against the reference. */
public final class TilesView extends HBox {

    private final ResultsViewModel vm;

    public TilesView(ResultsViewModel vm) {
        super(8);
        this.vm = vm;
        getStyleClass().add("tiles");
        setMinHeight(USE_PREF_SIZE); // the tabs below take the rest; the tiles keep their wrapped lines
        ViewListeners.onListChange(this, vm.tiles(), (ListChangeListener<Tile>) c -> update());
        update();
    }

    private void update() {
        if (getChildren().size() != vm.tiles().size()) {
            getChildren().clear();
            for (Tile t : vm.tiles()) {
                Label title = new Label();
                title.getStyleClass().add(Styles.TILE_TITLE);
                title.setWrapText(true);
                title.setId("tile-" + t.id() + "-title");
                Label value = new Label();
                value.getStyleClass().add(Styles.TILE_VALUE);
                value.setId("tile-" + t.id());
                Label delta = new Label();
                delta.getStyleClass().add(Styles.TILE_DELTA);
                delta.setId("tile-" + t.id() + "-delta");
                delta.setWrapText(true); // "+0.7 个百分点" wraps in a narrow tile rather than being cut
                Label band = new Label();
                band.getStyleClass().add(Styles.TILE_BAND);
                band.setId("tile-" + t.id() + "-band");
                band.setWrapText(true);
                Label detail = new Label();
                detail.getStyleClass().add(Styles.TILE_BAND);
                detail.setId("tile-" + t.id() + "-detail");
                detail.setWrapText(true);
                VBox box = new VBox(2, title, value, delta, detail, band);
                box.getStyleClass().add(Styles.TILE);
                HBox.setHgrow(box, Priority.ALWAYS);
                box.setMaxWidth(Double.MAX_VALUE);
                box.setPrefWidth(120);
                box.setMinWidth(80);
                getChildren().add(box);
            }
        }
        for (int i = 0; i < vm.tiles().size(); i++) {
            Tile t = vm.tiles().get(i);
            VBox box = (VBox) getChildren().get(i);
            ((Label) box.getChildren().get(0)).setText(t.title());
            ((Label) box.getChildren().get(1)).setText(t.value());
            Label d = (Label) box.getChildren().get(2);
            d.setText(t.delta());
            d.getStyleClass().removeAll(Styles.UP, Styles.DOWN);
            if (t.better() > 0) d.getStyleClass().add(Styles.UP);
            if (t.better() < 0) d.getStyleClass().add(Styles.DOWN);
            Label detail = (Label) box.getChildren().get(3);
            detail.setText(t.detail());
            detail.setManaged(!t.detail().isEmpty());
            detail.setVisible(!t.detail().isEmpty());
            ((Label) box.getChildren().get(4)).setText(t.band());
        }
    }
}
