package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * Everything the engine says about one year of a scenario.
 *
 * @param generalBudgetByLevel the general public budget (一般公共预算) split by government level
 * @param hukouGroups          families by hukou status, local first
 */
public record YearResult(int year, Totals totals, FiscalCost fiscal, double[] byPayer,
                         List<DistrictResult> districts, List<IncomeGroupResult> incomeGroups,
                         BudgetLevels generalBudgetByLevel, List<HukouGroupResult> hukouGroups) {

    public YearResult {
        districts = List.copyOf(districts);
        incomeGroups = List.copyOf(incomeGroups);
        hukouGroups = List.copyOf(hukouGroups);
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

    public HukouGroupResult hukou(Hukou h) { return hukouGroups.get(h.ordinal()); }

    /** Public money of this year in its three accounts. */
    public Accounts accounts() { return Accounts.of(fiscal); }

    public IncomeGroupResult group(IncomeGroup q) { return incomeGroups.get(q.ordinal()); }
}
