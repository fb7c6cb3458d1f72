package org.tuoyu.sandbox.engine;

import java.util.List;

/** Everything the engine says about one year of a scenario. */
public record YearResult(int year, Totals totals, FiscalCost fiscal, double[] byPayer,
                         List<DistrictResult> districts, List<IncomeGroupResult> incomeGroups) {

    public YearResult {
        districts = List.copyOf(districts);
        incomeGroups = List.copyOf(incomeGroups);
        byPayer = byPayer.clone();
    }

    public double byPayer(Payer p) { return byPayer[p.ordinal()]; }

    @Override
    public double[] byPayer() { return byPayer.clone(); }

    public DistrictResult district(String id) {
        for (DistrictResult d : districts) {
            if (d.id().equals(id)) return d;
        }
        return null;
    }

    /** Public money of this year in its three accounts. */
    public Accounts accounts() { return Accounts.of(fiscal); }

    public IncomeGroupResult group(IncomeGroup q) { return incomeGroups.get(q.ordinal()); }
}
