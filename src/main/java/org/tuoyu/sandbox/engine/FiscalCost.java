package org.tuoyu.sandbox.engine;

import java.util.Arrays;

/** Public spending in one year (元), by component. Immutable; combine with {@link #plus}. */
public final class FiscalCost {

    public static final FiscalCost ZERO = new FiscalCost(new double[FiscalComponent.COUNT]);

    private final double[] amounts;

    private FiscalCost(double[] amounts) { this.amounts = amounts; }

    public static FiscalCost of(double[] byComponent) {
        if (byComponent.length != FiscalComponent.COUNT) throw new IllegalArgumentException("one amount per component");
        return new FiscalCost(byComponent.clone());
    }

    public double get(FiscalComponent c) { return amounts[c.ordinal()]; }

    public double total() {
        double t = 0;
        for (double a : amounts) t += a;
        return t;
    }

    public FiscalCost plus(FiscalCost o) {
        double[] r = new double[FiscalComponent.COUNT];
        for (int i = 0; i < r.length; i++) r[i] = amounts[i] + o.amounts[i];
        return new FiscalCost(r);
    }

    public FiscalCost minus(FiscalCost o) {
        double[] r = new double[FiscalComponent.COUNT];
        for (int i = 0; i < r.length; i++) r[i] = amounts[i] - o.amounts[i];
        return new FiscalCost(r);
    }

    /** Spending by payer under the given splits. */
    public double byPayer(Payer p, PayerShares shares) {
        double t = 0;
        for (FiscalComponent c : FiscalComponent.values()) t += amounts[c.ordinal()] * shares.get(c).get(p);
        return t;
    }

    public double[] toArray() { return amounts.clone(); }

    @Override
    public boolean equals(Object o) { return o instanceof FiscalCost && Arrays.equals(amounts, ((FiscalCost) o).amounts); }

    @Override
    public int hashCode() { return Arrays.hashCode(amounts); }

    @Override
    public String toString() { return "FiscalCost" + Arrays.toString(amounts); }
}
