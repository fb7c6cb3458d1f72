package org.tuoyu.sandbox.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Running totals of one year across districts, by income quintile and by hukou status (step 10): what
 * {@link IncomeGroupResult} and {@link HukouGroupResult} are made of. Cleared at the start of each year.
 */
final class Tally {

    private static final int Q = IncomeGroup.COUNT, H = Hukou.COUNT;
    private static final IncomeGroup[] QUINTILES = IncomeGroup.values();
    private static final Hukou[] STATUSES = Hukou.values();

    // By quintile (index q) and by hukou status (index Q + h): one row of sums each.
    private final double[] children = new double[Q + H], interested = new double[Q + H], enrolled = new double[Q + H];
    private final double[] priced = new double[Q + H], noSeat = new double[Q + H], income = new double[Q + H];
    private final double[] burdenEnrolled = new double[Q + H], costEnrolled = new double[Q + H];
    private final double[] burdenInterested = new double[Q + H], costInterested = new double[Q + H];
    private final double[] above = new double[Q + H];

    void clear() {
        for (double[] a : new double[][] {children, interested, enrolled, priced, noSeat, income, burdenEnrolled,
            costEnrolled, burdenInterested, costInterested, above}) {
            Arrays.fill(a, 0);
        }
    }

    /** The row of city income quintile {@code q}. */
    static int quintileRow(int q) { return q; }

    /** The row of hukou status {@code h}. */
    static int hukouRow(int h) { return Q + h; }

    /**
     * One cell's families and outcomes, with its net burden and cost at the mode it would choose, added to one row: a
     * cell is added to its quintile's row and to its hukou status's row.
     */
    void add(int row, double families, double householdIncome, double cellInterested, double cellEnrolled,
             double cellPriced, double cellNoSeat, CellCost cost) {
        children[row] += families;
        income[row] += families * householdIncome;
        interested[row] += cellInterested;
        enrolled[row] += cellEnrolled;
        priced[row] += cellPriced;
        noSeat[row] += cellNoSeat;
        burdenEnrolled[row] += cost.enrolledCost() / householdIncome;
        costEnrolled[row] += cost.enrolledCost();
        burdenInterested[row] += cellInterested * cost.chosenCost() / householdIncome;
        costInterested[row] += cellInterested * cost.chosenCost();
        above[row] += cellInterested * cost.aboveShare();
    }

    /**
     * Net cost of care for one cell: summed over its enrolled children, the expected cost at the mode it would
     * choose with every mode open, and the share of its interested families whose burden there exceeds the threshold.
     */
    record CellCost(double enrolledCost, double chosenCost, double aboveShare) {}

    List<IncomeGroupResult> quintiles() {
        List<IncomeGroupResult> out = new ArrayList<>(Q);
        for (int q = 0; q < Q; q++) {
            boolean any = enrolled[q] > 1e-9;
            double burden = any ? burdenEnrolled[q] / enrolled[q] : DistrictResult.ratio(burdenInterested[q], interested[q]);
            double cost = any ? costEnrolled[q] / enrolled[q] : DistrictResult.ratio(costInterested[q], interested[q]);
            out.add(new IncomeGroupResult(QUINTILES[q], children[q], interested[q], enrolled[q], priced[q], noSeat[q],
                    DistrictResult.ratio(income[q], children[q]), burden, cost, DistrictResult.ratio(above[q], interested[q])));
        }
        return out;
    }

    List<HukouGroupResult> statuses() {
        List<HukouGroupResult> out = new ArrayList<>(H);
        for (int h = 0; h < H; h++) {
            int r = Q + h;
            boolean any = enrolled[r] > 1e-9;
            double burden = any ? burdenEnrolled[r] / enrolled[r] : DistrictResult.ratio(burdenInterested[r], interested[r]);
            out.add(new HukouGroupResult(STATUSES[h], children[r], interested[r], enrolled[r], burden,
                    DistrictResult.ratio(above[r], interested[r])));
        }
        return out;
    }
}
