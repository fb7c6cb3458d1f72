package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine holding a JFreeChart. */
public class ChartInTheEngine {
    org.jfree.chart.JFreeChart chart;
}
