package org.tuoyu.sandbox.ui.levers;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.engine.LeverUnit;
import org.tuoyu.sandbox.ui.i18n.Fmt;
import org.tuoyu.sandbox.ui.i18n.I18n;

/**
 * One lever's state on screen: its region-wide value and the baseline value it is marked against, and what a view
 * needs to show and edit it (its kind of control, words, slider range and number format), so that the views never
 * touch the engine's {@link LeverKey}.
 */
public final class LeverRow {

    /** The control a lever gets: a slider with an exact-entry field, a drop-down, or a check box. */
    public enum Kind { NUMBER, CHOICE, FLAG }

    private final LeverKey key;
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper reference = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();

    LeverRow(LeverKey key) { this.key = key; }

    /** The engine's key, for the view model and tests; views use {@link #id()}. */
    public LeverKey key() { return key; }

    /** A stable name for node ids ({@code lever-ID}, {@code field-ID}, {@code ov-ID}). */
    public String id() { return key.name(); }

    public Kind kind() {
        if (key.unit() == LeverUnit.FLAG) return Kind.FLAG;
        if (key.unit() == LeverUnit.CHOICE) return Kind.CHOICE;
        return Kind.NUMBER;
    }

    public ReadOnlyDoubleProperty valueProperty() { return value.getReadOnlyProperty(); }

    public double value() { return value.get(); }

    /** The baseline's value of this lever (for the baseline itself, the value as opened). */
    public ReadOnlyDoubleProperty referenceProperty() { return reference.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty changedProperty() { return changed.getReadOnlyProperty(); }

    void update(double v, double ref) {
        value.set(v);
        reference.set(ref);
        changed.set(v != ref);
    }

    // ---- words --------------------------------------------------------------------------------------

    public String name(I18n i) { return i.lever(key); }

    /** The unit in the UI's language, or "" for a lever without one (choices, flags). */
    public String unit(I18n i) { return key.unit().labelZh().isEmpty() ? "" : i.unit(key.unit()); }

    /** A choice lever's values, spelled out, in index order (empty for other levers). */
    public List<String> choices(I18n i) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < key.choices().size(); c++) out.add(i.choice(key, c));
        return out;
    }

    /** A value as a table cell shows it: the choice's words, yes/no, or the number without its unit. */
    public String cellText(I18n i, double v) {
        if (kind() == Kind.CHOICE) return i.choice(key, (int) v);
        if (kind() == Kind.FLAG) return v != 0 ? i.t("levers.yes") : i.t("levers.no");
        return Fmt.leverNumber(key, v);
    }

    /** A value with its unit, as the baseline label shows it. */
    public String describe(I18n i, double v) {
        String u = unit(i);
        return cellText(i, v) + (kind() == Kind.NUMBER && !u.isEmpty() ? " " + u : "");
    }

    /** What was typed in a table cell (a choice's words or its raw name, yes/no, a number), or NaN. */
    public double parseCell(I18n i, String s) {
        if (s == null) return Double.NaN;
        String t = s.trim();
        if (kind() == Kind.CHOICE) {
            for (int c = 0; c < key.choices().size(); c++) {
                if (t.equals(key.choices().get(c)) || t.equals(i.choice(key, c))) return c;
            }
        }
        if (kind() == Kind.FLAG) {
            if (t.equals(i.t("levers.yes")) || t.equalsIgnoreCase("true")) return 1;
            if (t.equals(i.t("levers.no")) || t.equalsIgnoreCase("false")) return 0;
        }
        return Fmt.parseLever(key, t);
    }

    // ---- numbers ------------------------------------------------------------------------------------

    /** A value in display units, grouped, without the unit ("1,200", "20"). */
    public String format(double stored) { return Fmt.leverNumber(key, stored); }

    /** What was typed in display units ("1,200", "20%", "1.5万") as the stored value, or NaN. */
    public double parse(String text) { return Fmt.parseLever(key, text); }

    /** Display units per stored unit (100 for shares shown in %). */
    public double scale() { return Fmt.displayScale(key); }

    public boolean integral() { return key.integral(); }

    /** The lowest value the lever accepts, in display units. */
    public double sliderMin() { return key.min() * scale(); }

    /** The slider's top in display units: the useful range; the field takes anything up to the lever's max. */
    public double sliderMax() { return sliderMax(key) * scale(); }

    /** A slider position (display units) as the stored value a person would type: whole, or a nice step. */
    public double fromSlider(double position) {
        double v = position / scale();
        return key.integral() ? Math.rint(v) : roundNice(key, v);
    }

    /** The range the lever accepts, for its tooltip; null for choices and flags. */
    public String range(I18n i) {
        if (kind() != Kind.NUMBER) return null;
        return i.t("levers.tipRange", format(key.min()), format(key.max()));
    }

    /** Slider ends that make the useful range easy to reach; the field takes anything up to the lever's max. */
    static double sliderMax(LeverKey k) {
        switch (k) {
            case GRANT_PER_NEW_SEAT: return 50_000;
            case GRANT_PER_NEW_INSTITUTION: return 2_000_000;
            case GRANT_PER_CERTIFIED_WORKER: return 20_000;
            case BUILD_COST_PER_SEAT: return 200_000;
            case ALLOWANCE_PER_CHILD_YEAR: return 24_000;
            case MATERNITY_DAYS: case MATERNITY_ALLOWANCE_DAYS: return 365;
            case PATERNITY_DAYS: return 90;
            case PARENTAL_DAYS_PER_PARENT_YEAR: return 60;
            case TARGET_PER_THOUSAND: return 15;
            case YEARS_TO_TARGET: return 15;
            default:
                if (k.unit() == LeverUnit.YUAN_PER_MONTH) return 5_000;
                return k.max();
        }
    }

    /** Slider values rounded to steps a person would type: 10 元, 0.5%, 0.1 per thousand. */
    static double roundNice(LeverKey k, double v) {
        switch (k.unit()) {
            case SHARE: return Math.rint(v * 1000) / 1000;
            case PER_THOUSAND: return Math.rint(v * 10) / 10;
            case YUAN: return Math.rint(v / 100) * 100;
            default: return Math.rint(v / 10) * 10;
        }
    }
}
