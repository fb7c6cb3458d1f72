package org.tuoyu.sandbox.archfixtures.export.render;

/** Allowed by exportHasNoToolkitOutsideRender: export.render draws the brief's charts with AWT. */
public class ChartRenderer {
    java.awt.image.BufferedImage image;
}
