package org.tuoyu.sandbox.engine;

import java.util.Arrays;
import java.util.Map;

/** A complete, immutable set of lever values; edits return a new set. */
public final class LeverValues {

    public static final LeverValues DEFAULTS;

    static {
        double[] v = new double[LeverKey.COUNT];
        for (LeverKey k : LeverKey.values()) v[k.ordinal()] = k.defaultValue();
        DEFAULTS = new LeverValues(v);
    }

    private final double[] values;

    private LeverValues(double[] values) { this.values = values; }

    public double get(LeverKey k) { return values[k.ordinal()]; }

    public LeverValues with(LeverKey k, double v) {
        String why = k.check(v);
        if (why != null) throw new IllegalArgumentException("levers." + k.path() + " " + why + ", got " + v);
        if (values[k.ordinal()] == v) return this;
        double[] c = values.clone();
        c[k.ordinal()] = v;
        return new LeverValues(c);
    }

    public LeverValues withAll(Map<LeverKey, Double> changes) {
        LeverValues r = this;
        for (Map.Entry<LeverKey, Double> e : changes.entrySet()) r = r.with(e.getKey(), e.getValue());
        return r;
    }

    /** This set with every lever of {@code group} taken from {@code other} (for the decomposition). */
    public LeverValues withGroupFrom(LeverGroup group, LeverValues other) {
        double[] c = values.clone();
        for (LeverKey k : LeverKey.values()) {
            if (k.group() == group) c[k.ordinal()] = other.values[k.ordinal()];
        }
        return new LeverValues(c);
    }

    public String choice(LeverKey k) { return k.choices().get((int) get(k)); }

    /** A flag lever (unit FLAG) as a boolean. */
    public boolean flag(LeverKey k) { return get(k) == 1; }

    public Rationing rationing() { return Rationing.of(get(LeverKey.RATIONING)); }

    public Eligibility eligibility() { return Eligibility.of(get(LeverKey.ELIGIBILITY)); }

    public ByAge operatingSubsidy() {
        return new ByAge(get(LeverKey.OPERATING_SUBSIDY_A0), get(LeverKey.OPERATING_SUBSIDY_A1), get(LeverKey.OPERATING_SUBSIDY_A2));
    }

    public ByAge voucher() {
        return new ByAge(get(LeverKey.VOUCHER_A0), get(LeverKey.VOUCHER_A1), get(LeverKey.VOUCHER_A2));
    }

    @Override
    public boolean equals(Object o) { return o instanceof LeverValues && Arrays.equals(values, ((LeverValues) o).values); }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("LeverValues{");
        for (LeverKey k : LeverKey.values()) b.append(k.path()).append('=').append(get(k)).append(' ');
        return b.append('}').toString();
    }
}
