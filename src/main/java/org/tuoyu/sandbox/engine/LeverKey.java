package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * Every policy lever, with the key path used in scenario files and on the command line
 * (the public contract), its unit, its allowed range and the value it takes when a file is silent.
 * Defaults are "no such policy" (zero money, no cap, everyone eligible), except statutory
 * maternity leave, whose national floor is 98 days.
 */
public enum LeverKey {
    OPERATING_SUBSIDY_A0("supply.operatingSubsidy.A0", LeverGroup.SUPPLY, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "运营补贴 0-1岁", "Operating subsidy, 0-11 months"),
    OPERATING_SUBSIDY_A1("supply.operatingSubsidy.A1", LeverGroup.SUPPLY, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "运营补贴 1-2岁", "Operating subsidy, 12-23 months"),
    OPERATING_SUBSIDY_A2("supply.operatingSubsidy.A2", LeverGroup.SUPPLY, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "运营补贴 2-3岁", "Operating subsidy, 24-35 months"),
    PART_TIME_RATE("supply.partTimeRate", LeverGroup.SUPPLY, LeverUnit.SHARE, bounds(0, 1, 1),
            "半日托补贴比例", "Part-time rate of the operating subsidy"),
    GRANT_PER_NEW_SEAT("supply.grantPerNewSeat", LeverGroup.SUPPLY, LeverUnit.YUAN, bounds(0, 1_000_000, 0),
            "新增托位一次性补贴", "Grant per new seat"),
    GRANT_PER_NEW_INSTITUTION("supply.grantPerNewInstitution", LeverGroup.SUPPLY, LeverUnit.YUAN, bounds(0, 100_000_000, 0),
            "新建机构一次性补贴", "Grant per new institution"),
    GRANT_PER_CERTIFIED_WORKER("supply.grantPerCertifiedWorker", LeverGroup.SUPPLY, LeverUnit.YUAN, bounds(0, 1_000_000, 0),
            "持证保育人员补贴", "Grant per certified care worker"),
    RENT_SUBSIDY_PER_SEAT_MONTH("supply.rentSubsidyPerSeatMonth", LeverGroup.SUPPLY, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "房租补贴（每托位）", "Rent subsidy per seat"),
    FEE_CAP_SHARE("supply.feeCapShare", LeverGroup.SUPPLY, LeverUnit.SHARE, bounds(0, 1, 1),
            "普惠收费上限（占家庭月收入）", "Inclusive fee cap, share of household income"),
    INCOME_RELATED_FEE_SHARE("supply.incomeRelatedFeeShare", LeverGroup.SUPPLY, LeverUnit.SHARE, bounds(0, 1, 0),
            "按家庭收入减免收费（占本家庭月收入上限，0 = 不实行）", "Income-related fee cap, share of own income (0 = off)"),
    OPERATING_SUBSIDY_FOR_MARKET_SEATS("supply.operatingSubsidyForMarketSeats", LeverGroup.SUPPLY, LeverUnit.FLAG, bounds(0, 1, 0),
            "运营补贴也给市场化托位", "Operating subsidy also for market seats"),

    VOUCHER_A0("demand.voucher.A0", LeverGroup.DEMAND, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "托育券 0-1岁", "Voucher, 0-11 months"),
    VOUCHER_A1("demand.voucher.A1", LeverGroup.DEMAND, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "托育券 1-2岁", "Voucher, 12-23 months"),
    VOUCHER_A2("demand.voucher.A2", LeverGroup.DEMAND, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "托育券 2-3岁", "Voucher, 24-35 months"),
    VOUCHER_FOR_MARKET_SEATS("demand.voucherForMarketSeats", LeverGroup.DEMAND, LeverUnit.FLAG, bounds(0, 1, 0),
            "托育券可用于市场化托位", "Vouchers usable at market centres"),
    ALLOWANCE_PER_CHILD_YEAR("demand.allowancePerChildYear", LeverGroup.DEMAND, LeverUnit.YUAN_PER_YEAR, bounds(0, 200_000, 0),
            "育儿补贴（每孩每年）", "Childcare allowance per child"),
    TARGET_MAX_QUINTILE("demand.targetMaxQuintile", LeverGroup.DEMAND, LeverUnit.RANK, bounds(1, 5, 5),
            "托育券覆盖到第几收入组", "Vouchers for quintiles up to"),
    ELIGIBILITY("demand.eligibility", LeverGroup.DEMAND, LeverUnit.CHOICE, bounds(0, 1, 0),
            "托育券资格", "Voucher eligibility", "residents", "hukou"),
    TAX_DEDUCTION_PER_CHILD_MONTH("demand.taxDeductionPerChildMonth", LeverGroup.DEMAND, LeverUnit.YUAN_PER_MONTH, bounds(0, 20000, 0),
            "3岁以下专项附加扣除", "Tax deduction per child"),
    RATIONING("demand.rationing", LeverGroup.DEMAND, LeverUnit.CHOICE, bounds(0, 2, 0),
            "普惠托位分配", "Rationing of inclusive seats", "proportional", "lowIncomeFirst", "hukouFirst"),

    MATERNITY_DAYS("leave.maternityDays", LeverGroup.LEAVE, LeverUnit.DAYS, bounds(0, 730, 98),
            "产假天数", "Maternity leave days"),
    PATERNITY_DAYS("leave.paternityDays", LeverGroup.LEAVE, LeverUnit.DAYS, bounds(0, 365, 0),
            "陪产假天数", "Paternity leave days"),
    PARENTAL_DAYS_PER_PARENT_YEAR("leave.parentalDaysPerParentYear", LeverGroup.LEAVE, LeverUnit.DAYS, bounds(0, 365, 0),
            "育儿假（每人每年）", "Parental leave days per parent per year"),
    MATERNITY_ALLOWANCE_DAYS("leave.maternityAllowanceDays", LeverGroup.LEAVE, LeverUnit.DAYS, bounds(0, 730, 98),
            "生育津贴天数", "Maternity allowance days"),

    TARGET_PER_THOUSAND("seats.targetPerThousand", LeverGroup.SEATS, LeverUnit.PER_THOUSAND, bounds(0, 50, 0),
            "每千人托位目标", "Seats per 1000 residents, target"),
    INCLUSIVE_SHARE_TARGET("seats.inclusiveShareTarget", LeverGroup.SEATS, LeverUnit.SHARE, bounds(0, 1, 0),
            "普惠托位占比目标", "Inclusive share of seats, target"),
    YEARS_TO_TARGET("seats.yearsToTarget", LeverGroup.SEATS, LeverUnit.YEARS, bounds(1, 30, 5),
            "达标年限", "Years to reach the target"),
    BUILD_COST_PER_SEAT("seats.buildCostPerSeat", LeverGroup.SEATS, LeverUnit.YUAN, bounds(0, 2_000_000, 0),
            "新增托位建设成本（公共投入）", "Public build cost per new seat"),
    COMMUNITY_EMBEDDED_SHARE_OF_NEW("seats.communityEmbeddedShareOfNew", LeverGroup.SEATS, LeverUnit.SHARE, bounds(0, 1, 0),
            "新增托位社区嵌入比例", "Community-embedded share of new seats"),
    TODDLER_CLASS_SHARE_OF_NEW("seats.toddlerClassShareOfNew", LeverGroup.SEATS, LeverUnit.SHARE, bounds(0, 1, 0),
            "新增普惠托位中幼儿园托班比例", "Kindergarten toddler-class share of new inclusive seats");

    public static final int COUNT = values().length;

    private final String path;
    private final LeverGroup group;
    private final LeverUnit unit;
    private final double min;
    private final double max;
    private final double defaultValue;
    private final String labelZh;
    private final String labelEn;
    private final List<String> choices;

    private static double[] bounds(double min, double max, double defaultValue) {
        return new double[] {min, max, defaultValue};
    }

    /** min, max and default value, in that order, so that a constant reads as one row of the lever table. */
    LeverKey(String path, LeverGroup group, LeverUnit unit, double[] bounds, String labelZh, String labelEn,
             String... choices) {
        this.path = path;
        this.group = group;
        this.unit = unit;
        this.min = bounds[0];
        this.max = bounds[1];
        this.defaultValue = bounds[2];
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.choices = List.of(choices);
    }

    /** Key path below {@code levers.} (and below {@code levers.districts.<id>.}). */
    public String path() { return path; }

    public LeverGroup group() { return group; }

    public LeverUnit unit() { return unit; }

    public double min() { return min; }

    public double max() { return max; }

    public double defaultValue() { return defaultValue; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    /** For CHOICE levers, the spelled-out values; the stored number is the index. */
    public List<String> choices() { return choices; }

    /** True when the value must be a whole number (days, years, ranks, flags, choices). */
    public boolean integral() {
        return unit == LeverUnit.DAYS || unit == LeverUnit.YEARS || unit == LeverUnit.RANK
                || unit == LeverUnit.FLAG || unit == LeverUnit.CHOICE;
    }

    public static LeverKey fromPath(String path) {
        for (LeverKey k : values()) {
            if (k.path.equals(path)) return k;
        }
        return null;
    }

    /** Why a value is refused, or null when it is acceptable. */
    public String check(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "must be a finite number";
        if (v < min || v > max) {
            if (unit == LeverUnit.SHARE) return "must be a share between " + fmt(min) + " and " + fmt(max);
            if (min == 0 && v < 0) return "must not be negative";
            return "must lie between " + fmt(min) + " and " + fmt(max);
        }
        if (integral() && v != Math.rint(v)) return "must be a whole number";
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
