package org.tuoyu.sandbox.ui.levers;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.tuoyu.sandbox.engine.LeverKey;

/** One lever's state on screen: its region-wide value and the baseline value it is marked against. */
public final class LeverRow {

    private final LeverKey key;
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper reference = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();

    LeverRow(LeverKey key) { this.key = key; }

    public LeverKey key() { return key; }

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
}
