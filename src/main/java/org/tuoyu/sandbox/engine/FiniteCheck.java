package org.tuoyu.sandbox.engine;

import java.lang.reflect.RecordComponent;

/**
 * The last check of every evaluated year: no NaN or Infinity reaches an output. The readers' plausible
 * ranges keep such inputs out; a non-finite number that still appears is a bug, reported with the
 * scenario, district, year and quantity that show where it came from. Break-even utilisations are
 * +Infinity by definition when fee and subsidy never cover a child's cost, so only NaN is refused there.
 */
public final class FiniteCheck {

    private FiniteCheck() {}

    /** A non-finite number in a result, naming where it appeared. */
    public static final class NonFiniteResultException extends ArithmeticException {
        private final String scenario;
        private final String district;
        private final int year;
        private final String quantity;

        NonFiniteResultException(String scenario, String district, int year, String quantity, double value) {
            super("scenario " + scenario + (district != null ? ", district " + district : "") + ", year " + year + ": "
                    + quantity + " is " + value);
            this.scenario = scenario;
            this.district = district;
            this.year = year;
            this.quantity = quantity;
        }

        public String scenario() { return scenario; }

        /** The district's id, or null for a region total. */
        public String district() { return district; }

        public int year() { return year; }

        public String quantity() { return quantity; }
    }

    /**
     * Throws when any number of the year is NaN or infinite. The fast path adds {@code v - v} over
     * the values (0 when finite, NaN otherwise) so a finite year costs a few hundred subtractions.
     */
    public static void year(String scenario, YearResult y) {
        double acc = 0;
        Totals t = y.totals();
        acc += sum(t.population(), t.children(), t.seats(), t.inclusiveSeats(), t.marketSeats(), t.effectiveSeats(),
                t.newSeats(), t.potentialDemand(), t.enrolled(), t.enrolledInclusive(), t.enrolledMarket(), t.unmetPrice(),
                t.unmetSeats(), t.fiscalCost(), t.careServiceCost(), t.shareAboveThreshold(), t.inclusiveSpread(),
                t.employerLeaveCost());
        acc += sum(y.fiscal().toArray()) + sum(y.byPayer());
        for (DistrictResult d : y.districts()) {
            acc += sum(d.population(), d.seats(), d.inclusiveSeats(), d.toddlerClassSeats(), d.marketSeats(),
                    d.effectiveSeats(), d.newSeats(), d.convertedSeats(), d.potentialDemand(), d.enrolledInclusive(),
                    d.enrolledMarket(), d.unmetPrice(), d.unmetSeats(), d.inclusiveFee(), d.toddlerClassFee(), d.marketFee(),
                    d.providerCostPerChildMonth(), d.providerMarginPerSeatMonth(), d.shareAboveThreshold(),
                    d.employerLeaveCost(), d.children().sum(), d.fiscal().total());
            // +Infinity is a meaning here; NaN is not
            if (Double.isNaN(d.breakEvenUtilisation()) || Double.isNaN(d.marketBreakEvenUtilisation())) acc = Double.NaN;
        }
        for (IncomeGroupResult g : y.incomeGroups()) {
            acc += sum(g.children(), g.potentialDemand(), g.enrolled(), g.unmetPrice(), g.unmetSeats(),
                    g.householdIncomeMonth(), g.meanNetBurden(), g.meanNetCostMonth(), g.shareAboveThreshold());
        }
        if (acc != 0) locate(scenario, y);
    }

    private static double sum(double... v) {
        double s = 0;
        for (double x : v) s += x - x;
        return s;
    }

    /** The slow path, taken only to name the culprit: walks the year's records field by field. */
    private static void locate(String scenario, YearResult y) {
        fail(scenario, null, y.year(), "totals", y.totals());
        double[] f = y.fiscal().toArray();
        for (FiscalComponent c : FiscalComponent.values()) {
            if (!Double.isFinite(f[c.ordinal()])) throw new NonFiniteResultException(scenario, null, y.year(), "fiscal cost " + c.key(), f[c.ordinal()]);
        }
        double[] p = y.byPayer();
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) throw new NonFiniteResultException(scenario, null, y.year(), "fiscal cost by payer " + i, p[i]);
        }
        for (DistrictResult d : y.districts()) {
            fail(scenario, d.id(), y.year(), "", d);
            double[] df = d.fiscal().toArray();
            for (FiscalComponent c : FiscalComponent.values()) {
                if (!Double.isFinite(df[c.ordinal()])) {
                    throw new NonFiniteResultException(scenario, d.id(), y.year(), "fiscal cost " + c.key(), df[c.ordinal()]);
                }
            }
        }
        for (IncomeGroupResult g : y.incomeGroups()) fail(scenario, null, y.year(), "income group " + g.group() + " ", g);
        throw new NonFiniteResultException(scenario, null, y.year(), "a quantity", Double.NaN);
    }

    private static void fail(String scenario, String district, int year, String prefix, Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            double x;
            if (v instanceof Double dv) {
                x = dv;
            } else if (v instanceof ByAge a) {
                x = a.sum();
            } else {
                continue;
            }
            boolean infinityMeans = c.getName().contains("reakEven");
            if (Double.isNaN(x) || Double.isInfinite(x) && !infinityMeans) {
                throw new NonFiniteResultException(scenario, district, year, prefix + c.getName(), x);
            }
        }
    }
}
