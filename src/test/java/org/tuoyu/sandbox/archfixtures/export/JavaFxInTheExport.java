package org.tuoyu.sandbox.archfixtures.export;

/** Breaks exportHasNoToolkitOutsideRender: the workbook export snapshotting a JavaFX chart. */
public class JavaFxInTheExport {
    javafx.scene.image.WritableImage snapshot;
}
