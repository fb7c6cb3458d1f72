package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * A price-acceptance survey, read as "share willing to pay at least this price", with the
 * income of the surveyed population so prices become burdens (price / household income).
 */
public record PriceSurvey(List<SurveyPoint> points, double incomePerCapitaMonth, double householdSize) {
    public PriceSurvey {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a price survey needs at least two points to fit two parameters");
        }
        Checks.positive("survey incomePerCapitaMonth", incomePerCapitaMonth);
        Checks.positive("survey householdSize", householdSize);
    }

    public double householdIncomeMonth() { return incomePerCapitaMonth * householdSize; }
}
