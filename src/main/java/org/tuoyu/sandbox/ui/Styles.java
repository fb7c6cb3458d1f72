package org.tuoyu.sandbox.ui;

/** Style class names used by the views and app.css (AtlantaFX's Styles). */
public final class Styles {
    private Styles() {}

    public static final String LEVER_GROUP = "lever-group";
    public static final String LEVER = "lever";
    public static final String LEVER_NAME = "lever-name";
    public static final String LEVER_UNIT = "lever-unit";
    public static final String LEVER_BASELINE = "lever-baseline";
    public static final String BASELINE_MARK = "baseline-mark";
    public static final String CHANGED = "changed";
    public static final String INVALID = "invalid";
    public static final String OVERRIDDEN = "overridden";
    public static final String TILE = "tile";
    public static final String TILE_TITLE = "tile-title";
    public static final String TILE_VALUE = "tile-value";
    public static final String TILE_DELTA = "tile-delta";
    public static final String TILE_BAND = "tile-band";
    public static final String UP = "up";
    public static final String DOWN = "down";
    public static final String EXPLAIN = "explain";
    public static final String EXPLAIN_FORMULA = "explain-formula";
    public static final String STATUS = "status-bar";
    public static final String SECTION_TITLE = "section-title";
    public static final String BASELINE_BANNER = "baseline-banner";
    public static final String EDITING = "editing";
}
