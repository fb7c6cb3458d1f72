package org.tuoyu.sandbox.engine;

import java.util.List;

/** A scenario evaluated over its horizon. */
public record ScenarioResult(String scenario, List<YearResult> years) {

    public ScenarioResult {
        years = List.copyOf(years);
    }

    public YearResult first() { return years.get(0); }

    public YearResult last() { return years.get(years.size() - 1); }

    public YearResult year(int y) {
        for (YearResult r : years) {
            if (r.year() == y) return r;
        }
        return null;
    }

    /** Spending summed over every year of the horizon. */
    public FiscalCost cumulativeFiscal() {
        FiscalCost c = FiscalCost.ZERO;
        for (YearResult r : years) c = c.plus(r.fiscal());
        return c;
    }

    /** Each account summed over every year of the horizon. */
    public Accounts cumulativeAccounts() { return Accounts.of(cumulativeFiscal()); }
}
