package org.tuoyu.sandbox.archfixtures.ui;

import org.tuoyu.sandbox.archfixtures.engine.ChartInTheEngine;

/** Breaks viewsDoNotReadTheEngine from inside: a view whose nested and anonymous classes hold engine types. */
public class FanChartView {
    /** A row of the view, reading the engine itself. */
    public static final class Band {
        ChartInTheEngine result;
    }

    Runnable redraw = new Runnable() {
        ChartInTheEngine result;

        @Override
        public void run() {
            System.identityHashCode(result);
        }
    };
}
