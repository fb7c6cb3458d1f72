package org.tuoyu.sandbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Public money in three accounts (MODEL.md §9): each component lands in its account, nothing is lost. */
class AccountsTest {

    @Test
    void maternityAllowanceIsInsuranceMoneyAndTheDeductionIsTaxExpenditure() {
        YearResult y = Evaluator.evaluate(Fixtures.reform(Fixtures.twoDistricts(), 1)).first();
        Accounts a = y.accounts();
        // The reform pays 128 days of maternity allowance and a 2,000 元 deduction, so both accounts are non-zero.
        assertEquals(y.fiscal().get(FiscalComponent.MATERNITY_ALLOWANCE), a.insuranceFund(), 1e-6);
        assertEquals(y.fiscal().get(FiscalComponent.TAX_EXPENDITURE), a.taxExpenditure(), 1e-6);
        double general = 0;
        for (FiscalComponent c : FiscalComponent.values()) {
            if (c != FiscalComponent.MATERNITY_ALLOWANCE && c != FiscalComponent.TAX_EXPENDITURE) general += y.fiscal().get(c);
        }
        assertEquals(general, a.generalBudget(), 1e-6);
        assertEquals(y.totals().fiscalCost(), a.publicMoney(), 1e-6 * y.totals().fiscalCost());
        assertEquals(true, a.insuranceFund() > 0 && a.taxExpenditure() > 0 && a.generalBudget() > 0);
    }

    @Test
    void districtsAddUpToTheRegionInEveryAccount() {
        YearResult y = Evaluator.evaluate(Fixtures.reform(Fixtures.twoDistricts(), 1)).first();
        Accounts sum = Accounts.ZERO;
        for (DistrictResult d : y.districts()) sum = sum.plus(d.accounts());
        for (Account k : Account.values()) assertEquals(y.accounts().get(k), sum.get(k), 1e-6, k.key());
    }

    @Test
    void theHorizonSumsEveryYear() {
        ScenarioResult r = Evaluator.evaluate(Fixtures.reform(Fixtures.twoDistricts(), 4));
        double general = 0;
        for (YearResult y : r.years()) general += y.accounts().generalBudget();
        assertEquals(general, r.cumulativeAccounts().generalBudget(), 1e-6);
    }
}
