package org.tuoyu.sandbox.engine;

/** Components of public spending on under-3 care, MODEL.md section 5. */
public enum FiscalComponent implements Labelled.Held {
    OPERATING_SUBSIDY("operatingSubsidy", "运营补贴", "operating subsidies"),
    VOUCHERS("vouchers", "托育券", "vouchers"),
    ALLOWANCE("allowance", "育儿补贴", "childcare allowance"),
    SEAT_GRANTS("seatGrants", "新增托位补贴", "new-seat grants"),
    INSTITUTION_GRANTS("institutionGrants", "机构建设补贴", "institution grants"),
    STAFF_GRANTS("staffGrants", "持证人员补贴", "certified-worker grants"),
    CONSTRUCTION("construction", "托位建设投入", "seat construction"),
    RENT_SUBSIDY("rentSubsidy", "房租补贴", "rent subsidies"),
    MATERNITY_ALLOWANCE("maternityAllowance", "生育津贴", "maternity allowance"),
    TAX_EXPENDITURE("taxExpenditure", "个税专项扣除", "tax expenditure"),
    /** Paid to providers for the fee an income-related cap waives (levers.supply.incomeRelatedFeeShare). */
    FEE_REDUCTION("feeReduction", "收费减免补偿", "fee reduction");

    public static final int COUNT = 11;

    private final Label label;

    FiscalComponent(String key, String labelZh, String labelEn) { this.label = new Label(key, labelZh, labelEn); }

    @Override
    public Label label() { return label; }

    /** The account that pays this component (MODEL.md §9). */
    public Account account() {
        switch (this) {
            case MATERNITY_ALLOWANCE: return Account.INSURANCE_FUND;
            case TAX_EXPENDITURE: return Account.TAX_EXPENDITURE;
            default: return Account.GENERAL_BUDGET;
        }
    }

    /**
     * True for money spent on childcare places themselves (subsidies, vouchers, grants, building, rent);
     * false for cash to families and leave, which reach every child whether enrolled or not.
     */
    public boolean careService() {
        return this != ALLOWANCE && this != MATERNITY_ALLOWANCE && this != TAX_EXPENDITURE;
    }

    /** True for the components paid from the general public budget (all but the insurance fund and tax). */
    public boolean generalBudget() { return this != MATERNITY_ALLOWANCE && this != TAX_EXPENDITURE; }

    public static FiscalComponent fromKey(String key) { return Labelled.fromKey(values(), key); }
}
