package org.tuoyu.sandbox.engine;

/**
 * Public money of one year (元) in its three accounts (MODEL.md §9).
 *
 * @param generalBudget   一般公共预算: subsidies, vouchers, allowance, grants, construction, rent
 * @param insuranceFund   生育保险基金: the maternity allowance
 * @param taxExpenditure  税式支出: income tax forgone through the 3-and-under deduction
 */
public record Accounts(double generalBudget, double insuranceFund, double taxExpenditure) {

    public static final Accounts ZERO = new Accounts(0, 0, 0);

    /** Each component summed into the account it belongs to. */
    public static Accounts of(FiscalCost fiscal) {
        double[] a = new double[Account.COUNT];
        for (FiscalComponent c : FiscalComponent.values()) a[c.account().ordinal()] += fiscal.get(c);
        return new Accounts(a[0], a[1], a[2]);
    }

    public double get(Account account) {
        switch (account) {
            case GENERAL_BUDGET: return generalBudget;
            case INSURANCE_FUND: return insuranceFund;
            default: return taxExpenditure;
        }
    }

    /** All public money; shown only with this label, never as "the" cost. */
    public double publicMoney() { return generalBudget + insuranceFund + taxExpenditure; }

    public Accounts plus(Accounts o) {
        return new Accounts(generalBudget + o.generalBudget, insuranceFund + o.insuranceFund,
                taxExpenditure + o.taxExpenditure);
    }

    public Accounts minus(Accounts o) {
        return new Accounts(generalBudget - o.generalBudget, insuranceFund - o.insuranceFund,
                taxExpenditure - o.taxExpenditure);
    }
}
