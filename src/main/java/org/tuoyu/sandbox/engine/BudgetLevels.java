package org.tuoyu.sandbox.engine;

/** The general public budget of one year (元) by the level of government that pays it (MODEL.md §9). */
public record BudgetLevels(double national, double city, double district) {

    public static final BudgetLevels ZERO = new BudgetLevels(0, 0, 0);

    /** The general-budget components of {@code fiscal} split by the region's payer shares. */
    public static BudgetLevels of(FiscalCost fiscal, PayerShares shares) {
        double n = 0, c = 0, d = 0;
        for (FiscalComponent k : FiscalComponent.values()) {
            if (!k.generalBudget()) continue;
            double v = fiscal.get(k);
            PayerSplit s = shares.get(k);
            // A general-budget component has no insurance-fund share; a file that gives one is read as the city's.
            n += v * s.national();
            c += v * (s.city() + s.insuranceFund());
            d += v * s.district();
        }
        return new BudgetLevels(n, c, d);
    }

    public double total() { return national + city + district; }

    public BudgetLevels plus(BudgetLevels o) { return new BudgetLevels(national + o.national, city + o.city, district + o.district); }

    public BudgetLevels minus(BudgetLevels o) {
        return new BudgetLevels(national - o.national, city - o.city, district - o.district);
    }
}
