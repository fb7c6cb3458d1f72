package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine holding a JavaFX property. */
public class JavaFxInTheEngine {
    javafx.beans.property.DoubleProperty budget;
}
