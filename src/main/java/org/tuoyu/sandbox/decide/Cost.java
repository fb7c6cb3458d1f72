package org.tuoyu.sandbox.decide;

import org.tuoyu.sandbox.engine.Accounts;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.Label;
import org.tuoyu.sandbox.engine.Labelled;
import org.tuoyu.sandbox.engine.ScenarioResult;
import org.tuoyu.sandbox.engine.YearResult;

/**
 * What the optimiser minimises: the general budget (the headline, MODEL.md §9) or all public money, in one year or
 * summed over the horizon, optionally discounted to the horizon's first year.
 *
 * @param year         the year costed, or null for the whole horizon
 * @param discountRate yearly rate for the horizon sum (0: undiscounted); ignored for one year
 */
public record Cost(Measure measure, Integer year, double discountRate) {

    /** The account, or sum of accounts, that is minimised: named and labelled as its indicator of the catalogue. */
    public enum Measure implements Labelled.Held {
        GENERAL_BUDGET(Indicator.GENERAL_BUDGET),
        PUBLIC_MONEY(Indicator.PUBLIC_MONEY);

        private final Indicator indicator;

        Measure(Indicator indicator) { this.indicator = indicator; }

        @Override
        public Label label() { return indicator.label(); }

        double of(Accounts a) { return this == GENERAL_BUDGET ? a.generalBudget() : a.publicMoney(); }
    }

    public Cost {
        if (measure == null) throw new IllegalArgumentException("a cost measure is required");
        if (!(discountRate >= 0 && discountRate < 1)) {
            throw new IllegalArgumentException("discount rate must lie in [0, 1), got " + discountRate);
        }
    }

    /**
     * Reads {@code generalBudget|publicMoney[@YEAR|@horizon]}; without {@code @} the cost is that of
     * {@code defaultYear} (null: the horizon).
     */
    public static Cost parse(String text, Integer defaultYear, double discountRate) {
        String t = text.trim();
        String name = t;
        Integer year = defaultYear;
        int at = t.indexOf('@');
        if (at >= 0) {
            name = t.substring(0, at).trim();
            String when = t.substring(at + 1).trim();
            if (when.equals("horizon")) {
                year = null;
            } else if (when.matches("\\d{4}")) {
                year = Integer.valueOf(when);
            } else {
                throw new IllegalArgumentException("cost '" + text + "': after '@' write a year or 'horizon'");
            }
        }
        Measure m = null;
        for (Measure c : Measure.values()) {
            if (c.key().equals(name)) m = c;
        }
        if (m == null) throw new IllegalArgumentException("cost '" + text + "': minimise generalBudget or publicMoney");
        return new Cost(m, year, discountRate);
    }

    /** The cost of a result, in 元 (a year's, or the horizon's discounted sum). */
    public double of(ScenarioResult r) {
        if (year != null) {
            YearResult y = r.year(year);
            if (y == null) throw new IllegalArgumentException("the scenario does not cover the costed year " + year);
            return measure.of(y.accounts());
        }
        double sum = 0;
        double factor = 1;
        for (YearResult y : r.years()) {
            sum += factor * measure.of(y.accounts());
            factor /= 1 + discountRate;
        }
        return sum;
    }

    public Cost withYear(Integer y) { return new Cost(measure, y, discountRate); }

    /** The text {@link #parse} reads back. */
    @Override
    public String toString() {
        return measure.key() + "@" + (year == null ? "horizon" : year.toString());
    }

    /** A sentence for a scenario's description and the report. */
    public String describeEn() {
        String when = year == null ? "summed over the horizon" + (discountRate > 0
                ? ", discounted at " + DecisionLever.fmt(discountRate * 100) + "% a year" : "") : "in " + year;
        return measure.labelEn() + " " + when;
    }

    public String describeZh() {
        String when = year == null ? "规划期合计" + (discountRate > 0
                ? "（按每年 " + DecisionLever.fmt(discountRate * 100) + "% 贴现）" : "") : year + " 年";
        return when + measure.labelZh();
    }
}
