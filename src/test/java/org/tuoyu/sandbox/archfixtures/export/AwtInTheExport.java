package org.tuoyu.sandbox.archfixtures.export;

/** Breaks exportHasNoToolkitOutsideRender: the workbook export drawing with AWT. */
public class AwtInTheExport {
    java.awt.Color colour;
}
