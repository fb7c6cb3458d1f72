package org.tuoyu.sandbox.engine;

/**
 * A change (or a level) of the decomposition's outputs: fiscal cost (元) and enrolled children in
 * the first year, and both summed over the horizon (enrolled as child-years).
 */
public record Effect(double fiscalCost, double enrolled, double horizonFiscalCost, double horizonEnrolled) {

    public static final Effect ZERO = new Effect(0, 0, 0, 0);

    static Effect of(ScenarioResult r) {
        double f = 0, e = 0;
        for (YearResult y : r.years()) {
            f += y.totals().fiscalCost();
            e += y.totals().enrolled();
        }
        return new Effect(r.first().totals().fiscalCost(), r.first().totals().enrolled(), f, e);
    }

    public Effect plus(Effect o) {
        return new Effect(fiscalCost + o.fiscalCost, enrolled + o.enrolled, horizonFiscalCost + o.horizonFiscalCost,
                horizonEnrolled + o.horizonEnrolled);
    }

    public Effect minus(Effect o) {
        return new Effect(fiscalCost - o.fiscalCost, enrolled - o.enrolled, horizonFiscalCost - o.horizonFiscalCost,
                horizonEnrolled - o.horizonEnrolled);
    }

    public Effect times(double k) {
        return new Effect(fiscalCost * k, enrolled * k, horizonFiscalCost * k, horizonEnrolled * k);
    }
}
