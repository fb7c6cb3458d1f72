package org.tuoyu.sandbox.engine;

/**
 * Step 4's table for one district: each cell's (see {@link #row}) mode weights e^{V_j/λ}, P(centre | S) and P(j | S) for every set S,
 * with the inputs they were computed from — the net prices, the income terms (Ȳ/Y')^η and which modes have seats.
 * Within one evaluation the behaviour is fixed, so a year whose inputs equal the table's (the usual case in a
 * projection: fees and incomes do not move between years) reuses it instead of computing the exponentials again.
 */
final class ChoiceTable {

    final double[][] weight = new double[DistrictYear.M][DistrictYear.CELLS];
    /** P(centre | S) per cell and set. */
    final double[] centre = new double[DistrictYear.CELLS * DistrictYear.SETS];
    /** P(j | S) per cell, set and mode. */
    final double[] share = new double[DistrictYear.CELLS * DistrictYear.SETS * DistrictYear.M];

    /**
     * The cell whose rows of the arrays above cell c uses: itself, or the cell before it (the other hukou status of
     * the same band and quintile) when their prices are the same, so the rows are not copied.
     */
    final int[] row = new int[DistrictYear.CELLS];
    /** Income seen per quintile when its income terms below were last computed (NaN: never). */
    final double[] incomeSeen = new double[DistrictYear.Q];
    /** (Y'/Ȳ)^ζ and (Ȳ/Y')^η of that income. */
    final double[] gradient = new double[DistrictYear.Q], incomeTerm = new double[DistrictYear.Q];

    private final double[][] price = new double[DistrictYear.M][DistrictYear.CELLS];
    private final double[] scale = new double[DistrictYear.Q];
    /** Modes with seats (bit mask over {@link Mode} ordinals) when tabulated; −1 before the first tabulation. */
    private int seated = -1;

    ChoiceTable() { forget(); }

    /** Forgets the inputs, so that the next year tabulates afresh (a new evaluation may have another behaviour). */
    void forget() {
        seated = -1;
        java.util.Arrays.fill(incomeSeen, Double.NaN);
    }

    /** Whether the table was computed from these prices, income terms and modes with seats. */
    boolean holds(DistrictYear w, int seatedNow) {
        if (seated != seatedNow) return false;
        for (int q = 0; q < DistrictYear.Q; q++) {
            if (scale[q] != w.scale[q]) return false;
        }
        for (int j = 0; j < DistrictYear.M; j++) {
            double[] a = price[j], b = w.price[j];
            for (int c = 0; c < DistrictYear.CELLS; c++) {
                if (a[c] != b[c]) return false;
            }
        }
        return true;
    }

    /** Records the inputs the table was just computed from. */
    void keep(DistrictYear w, int seatedNow) {
        seated = seatedNow;
        System.arraycopy(w.scale, 0, scale, 0, DistrictYear.Q);
        for (int j = 0; j < DistrictYear.M; j++) System.arraycopy(w.price[j], 0, price[j], 0, DistrictYear.CELLS);
    }
}
