package org.tuoyu.sandbox.engine;

import java.util.Arrays;

/**
 * Scratch of one district in one year: the cells of MODEL.md §3 (age band × city income quintile × hukou status)
 * and what each step writes about them. One instance per thread, reused district after district and evaluation
 * after evaluation, so a year allocates little; evaluations running in parallel each have their own.
 */
final class DistrictYear {

    static final int A = AgeBand.COUNT, Q = IncomeGroup.COUNT, H = Hukou.COUNT, M = Mode.COUNT;
    static final int CELLS = A * Q * H;
    /** Admission groups: one per quintile and hukou status (a priority rule orders them). */
    static final int GROUPS = Q * H;
    /** Subsets of the centre modes, as bit masks over {@link Mode} ordinals. */
    static final int SETS = 1 << M;

    static int cell(int a, int q, int h) { return (a * Q + q) * H + h; }

    static int band(int c) { return c / (Q * H); }

    static int quintile(int c) { return (c / H) % Q; }

    static int hukou(int c) { return c % H; }

    static int group(int c) { return c % GROUPS; }

    // Step 3, families.
    final double[] families = new double[CELLS];
    final double[] income = new double[Q];
    final double[] incomeSeen = new double[Q];
    final double[] mix = new double[Q];
    // Step 6, fees: per mode and cell, the provider's fee, the family's fee before the voucher, the voucher, the net price.
    final double[][] fee = new double[M][CELLS];
    final double[][] familyFee = new double[M][CELLS];
    final double[][] voucher = new double[M][CELLS];
    final double[][] price = new double[M][CELLS];
    // Step 4, choice.
    final double[] interested = new double[CELLS];
    final double[] gradient = new double[Q];
    /** V_j of the cell being tabulated (NaN where its weight was taken from another cell). */
    final double[] utility = new double[M];
    final double[] scale = new double[Q];
    /** The current district's choice table (weights, P(centre | S), P(j | S)); see {@link #use}. */
    ChoiceTable table;
    double[][] weight;
    /** P(centre | S) per cell and set. */
    double[] centre;
    /** P(j | S) per cell, set and mode. */
    double[] share;
    // Step 5, access and rationing.
    final double[] seats = new double[M];
    final double[] coverage = new double[M];
    final double[][] admission = new double[M][GROUPS];
    /** Admission per priority tier while the equilibrium is solved (a tier's groups share it). */
    final double[][] tierAdmission = new double[M][GROUPS];
    /** Applicants per priority tier (at most one tier per group). */
    final double[] applicants = new double[GROUPS];
    /** Interested families choosing each mode from each set, per priority tier (tier × set × mode). */
    final double[] demandBySet = new double[GROUPS * SETS * M];
    /** Chance of each set being the one available, and of each being in reach (scratch). */
    final double[] setChance = new double[SETS], reachChance = new double[SETS];
    final double[][] enrolled = new double[M][CELLS];
    final double[] priced = new double[CELLS];
    final double[] noReach = new double[CELLS];
    final double[] full = new double[CELLS];
    int iterations;

    /** Each thread's scratch, reused from evaluation to evaluation (allocating it costs as much as a small year). */
    private static final ThreadLocal<DistrictYear> SCRATCH = ThreadLocal.withInitial(DistrictYear::new);

    private final ChoiceTable own = new ChoiceTable();

    DistrictYear() { use(own); }

    /**
     * This thread's scratch for a new evaluation: its own choice table, with nothing remembered from the last
     * evaluation (whose behaviour may differ). Every other array is written by its step before it is read.
     */
    static DistrictYear forThisThread() {
        DistrictYear w = SCRATCH.get();
        w.own.forget();
        w.use(w.own);
        return w;
    }

    /** Makes {@code t} the table step 4 fills (or reuses) and steps 5 and 10 read. */
    void use(ChoiceTable t) {
        table = t;
        weight = t.weight;
        centre = t.centre;
        share = t.share;
    }

    void clear() {
        for (int j = 0; j < M; j++) {
            Arrays.fill(enrolled[j], 0);
            Arrays.fill(admission[j], 1);
            Arrays.fill(tierAdmission[j], 1);
        }
        Arrays.fill(priced, 0);
        Arrays.fill(noReach, 0);
        Arrays.fill(full, 0);
    }

    /** Enrolled in mode j summed over cells. */
    double enrolled(int j) {
        double s = 0;
        for (double e : enrolled[j]) s += e;
        return s;
    }

    /** Enrolled in mode j among children of band a. */
    double enrolledInBand(int j, int a) {
        double s = 0;
        for (int c = a * Q * H; c < (a + 1) * Q * H; c++) s += enrolled[j][c];
        return s;
    }
}
