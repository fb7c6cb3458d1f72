package org.tuoyu.sandbox.ui.results;

/**
 * One headline figure as shown: title, value text, change text against the reference, and the
 * raw numbers behind them (for tests and for the colour of the change).
 *
 * @param better +1 when the change is good news, -1 when bad, 0 when neutral or none
 * @param band   "P5–P95: a – b" from the Monte Carlo run of this year, "" when the tile has none
 *               or it is not computed yet
 * @param p5     the band's low end in the tile's raw unit (NaN when none)
 * @param p95    the band's high end (NaN when none)
 * @param detail a line under the change (the other accounts beside the general budget), "" for none
 */
public record Tile(String id, String title, String value, String delta, double raw, double rawDelta, int better,
                   String band, double p5, double p95, String detail) {

    public Tile(String id, String title, String value, String delta, double raw, double rawDelta, int better) {
        this(id, title, value, delta, raw, rawDelta, better, "", Double.NaN, Double.NaN, "");
    }

    /** The same tile with a band. */
    public Tile withBand(String text, double lo, double hi) {
        return new Tile(id, title, value, delta, raw, rawDelta, better, text, lo, hi, detail);
    }

    /** The same tile with a line of detail under the change ("" for none). */
    public Tile withDetail(String text) {
        return new Tile(id, title, value, delta, raw, rawDelta, better, band, p5, p95, text);
    }
}
