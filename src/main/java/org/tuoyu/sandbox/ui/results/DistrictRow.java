package org.tuoyu.sandbox.ui.results;

import java.util.List;
import org.tuoyu.sandbox.engine.Indicator;

/**
 * One district's results in the selected year: the numbers of {@link DistrictTable#COLUMNS}, in that order, with
 * changes against the reference.
 */
public record DistrictRow(String id, String name, List<Double> values) {

    /** The value of a column of {@link DistrictTable#COLUMNS}. */
    public double value(DistrictTable.Column c) {
        int k = DistrictTable.COLUMNS.indexOf(c);
        if (k < 0) throw new IllegalArgumentException("the district table has no column " + c.id());
        return values.get(k);
    }

    /** The indicator's value in this district. */
    public double value(Indicator i) { return value(new DistrictTable.Column(i, false)); }

    /** The indicator's change against the reference scenario's same district. */
    public double change(Indicator i) { return value(new DistrictTable.Column(i, true)); }
}
