package org.tuoyu.sandbox.ui.results;

/**
 * One headline figure as shown: title, value text, change text against the reference, and the
 * raw numbers behind them (for tests and for the colour of the change).
 *
 * @param better +1 when the change is good news, -1 when bad, 0 when neutral or none
 */
public record Tile(String id, String title, String value, String delta, double raw, double rawDelta, int better) {}
