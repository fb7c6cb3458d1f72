package org.tuoyu.sandbox.engine;

/** One reading of a price-acceptance survey: the share of families willing to pay this monthly price. */
public record SurveyPoint(double pricePerMonth, double shareWilling) {
    public SurveyPoint {
        Checks.positive("survey price", pricePerMonth);
        if (!(shareWilling > 0 && shareWilling < 1)) {
            throw new IllegalArgumentException("survey share willing must lie strictly between 0 and 1, got " + shareWilling);
        }
    }
}
