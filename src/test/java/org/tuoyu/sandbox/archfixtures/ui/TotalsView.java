package org.tuoyu.sandbox.archfixtures.ui;

import org.tuoyu.sandbox.archfixtures.engine.ChartInTheEngine;

/** Breaks viewsDoNotReadTheEngine: a view holding an engine type. */
public class TotalsView {
    ChartInTheEngine result;
}
