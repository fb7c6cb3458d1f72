package org.tuoyu.sandbox.engine;

/**
 * Step 5 (docs/model.md §5): who can reach a seat and who gets one.
 * Coverage cov_j = 1 − exp(−ρ_j / ρ0) with ρ_j = (c + (1 − c) m) × seats_j / children served (A2 for toddler
 * classes). Mode j is in a family's choice set with probability cov_j × r_j, independently across modes; expected
 * enrolment in j sums P(S) × P(j | S) over the sets S. Admission r solves enrolment_j ≤ seats_j: r_j ← min(1,
 * seats_j / A_j) from r = 1, mode after mode, until no r moves by more than {@link #TOLERANCE}; a priority rule fills
 * r tier by tier (Q1 first, or local hukou first) within the inclusive modes; market seats are rationed
 * proportionally. Outcomes per cell add up: interested = enrolled + priced out + none in reach + full.
 */
final class Access {

    /** Largest change of any admission probability at which the equilibrium counts as found. */
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 500;

    private Access() {}

    /** cov_j from siting-weighted density. */
    static double coverage(double seats, double childrenServed, double communityShare, double siting, double scale) {
        if (seats <= 0 || childrenServed <= 0) return 0;
        double density = (communityShare + (1 - communityShare) * siting) * seats / childrenServed;
        return 1 - Math.exp(-density / scale);
    }

    static void compute(ByAge children, SeatStock stock, double siting, double scale, Rationing rationing,
                        DistrictYear w) {
        w.clear();
        double c = stock.communityEmbeddedShare();
        w.coverage[0] = coverage(w.seats[0], children.a2(), c, siting, scale);
        w.coverage[1] = coverage(w.seats[1], children.sum(), c, siting, scale);
        w.coverage[2] = coverage(w.seats[2], children.sum(), c, siting, scale);
        // Admission is the same for every group of a priority tier (the rule's tiers for the inclusive modes, one
        // tier for market seats), so the sweeps work on tiers: the groups' demand is summed per tier once.
        int tiers = rationing.tiers();
        demandByTier(rationing, w);
        int it = 0;
        double change;
        do {
            change = 0;
            for (int j = 0; j < DistrictYear.M; j++) {
                if (w.seats[j] <= 0 || w.coverage[j] == 0) continue;
                applicants(j, tiers, w);
                change = Math.max(change, fill(j, Mode.of(j).inclusive() && rationing != Rationing.PROPORTIONAL, tiers, w));
            }
            it++;
        } while (change > TOLERANCE && it < MAX_ITERATIONS);
        w.iterations = it;
        for (int j = 0; j < DistrictYear.M; j++) {
            for (int g = 0; g < DistrictYear.GROUPS; g++) w.admission[j][g] = w.tierAdmission[j][rationing.tier(g)];
        }
        outcomes(w);
    }

    /** Probability that mode k is in cell c's choice set. */
    private static double available(int k, int c, DistrictYear w) {
        return w.coverage[k] * w.admission[k][DistrictYear.group(c)];
    }

    /** Interested families who would choose mode j from each set S, summed over the cells of each priority tier. */
    private static void demandByTier(Rationing rule, DistrictYear w) {
        java.util.Arrays.fill(w.demandBySet, 0);
        int n = DistrictYear.SETS * DistrictYear.M;
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            double interested = w.interested[c];
            int tier = rule.tier(DistrictYear.group(c));
            // The other hukou status's cell next, with the same table rows and tier: add its families here.
            if (c + 1 < DistrictYear.CELLS && w.table.row[c + 1] == w.table.row[c]
                    && rule.tier(DistrictYear.group(c + 1)) == tier) {
                interested += w.interested[++c];
            }
            if (interested == 0) continue;
            int from = w.table.row[c] * n, to = tier * n;
            for (int s = 1; s < DistrictYear.SETS; s++) { // P(j | S) is 0 for j outside S
                int f = from + s * DistrictYear.M, t = to + s * DistrictYear.M;
                if ((s & 1) != 0) w.demandBySet[t] += interested * w.share[f];
                if ((s & 2) != 0) w.demandBySet[t + 1] += interested * w.share[f + 1];
                if ((s & 4) != 0) w.demandBySet[t + 2] += interested * w.share[f + 2];
            }
        }
    }

    /** A_j by priority tier: families reaching j who would choose it if admitted, at the others' current r. */
    private static void applicants(int j, int tiers, DistrictYear w) {
        int bit = 1 << j;
        double[] p = w.setChance;
        double[][] r = w.tierAdmission;
        for (int t = 0; t < tiers; t++) {
            // The chance of the other modes being in the set; j itself counts as in it (its factor is 1).
            chances(j == 0 ? 1 : w.coverage[0] * r[0][t], j == 1 ? 1 : w.coverage[1] * r[1][t],
                    j == 2 ? 1 : w.coverage[2] * r[2][t], p);
            double sum = 0;
            int base = t * DistrictYear.SETS * DistrictYear.M + j;
            for (int s = bit; s < DistrictYear.SETS; s = (s + 1) | bit) { // the sets holding j
                sum += p[s] * w.demandBySet[base + s * DistrictYear.M];
            }
            w.applicants[t] = w.coverage[j] * sum;
        }
    }

    /** Probability of exactly the modes in each set s being available, mode k available with chance a_k. */
    private static void chances(double a0, double a1, double a2, double[] p) {
        double n0 = 1 - a0, n1 = 1 - a1, n2 = 1 - a2;
        double p00 = n0 * n1, p10 = a0 * n1, p01 = n0 * a1, p11 = a0 * a1;
        p[0] = p00 * n2;
        p[1] = p10 * n2;
        p[2] = p01 * n2;
        p[3] = p11 * n2;
        p[4] = p00 * a2;
        p[5] = p10 * a2;
        p[6] = p01 * a2;
        p[7] = p11 * a2;
    }

    /**
     * Admission of mode j in each of the {@code tiers} tiers of the district's rule: tier by tier when the rule ranks
     * mode j's applicants, else one r for all; the largest change.
     */
    private static double fill(int j, boolean ranked, int tiers, DistrictYear w) {
        double left = w.seats[j], change = 0;
        double[] r = w.tierAdmission[j];
        if (!ranked) {
            double demand = 0;
            for (int t = 0; t < tiers; t++) demand += w.applicants[t];
            double all = demand > left ? left / demand : 1;
            for (int t = 0; t < tiers; t++) {
                change = Math.max(change, Math.abs(r[t] - all));
                r[t] = all;
            }
            return change;
        }
        for (int t = 0; t < tiers; t++) {
            double demand = w.applicants[t];
            double admitted = demand > left ? left / demand : 1;
            left = Math.max(0, left - admitted * demand);
            change = Math.max(change, Math.abs(r[t] - admitted));
            r[t] = admitted;
        }
        return change;
    }

    /** Enrolled by mode, priced out, none in reach and full, per cell. */
    private static void outcomes(DistrictYear w) {
        double[] p = w.setChance, reach = w.reachChance;
        int reachFor = -1;
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            double n = w.interested[c];
            if (n == 0) continue;
            int row = w.table.row[c];
            int all = 0;
            for (int j = 0; j < DistrictYear.M; j++) {
                if (w.weight[j][row] > 0) all |= 1 << j;
            }
            // A mode the family cannot use (not open to its band, or without seats) counts as never available.
            chances((all & 1) != 0 ? available(0, c, w) : 0, (all & 2) != 0 ? available(1, c, w) : 0,
                    (all & 4) != 0 ? available(2, c, w) : 0, p);
            if (all != reachFor) { // the chance of each set being in reach depends on the usable modes only
                chances((all & 1) != 0 ? w.coverage[0] : 0, (all & 2) != 0 ? w.coverage[1] : 0,
                        (all & 4) != 0 ? w.coverage[2] : 0, reach);
                reachFor = all;
            }
            double e0 = 0, e1 = 0, e2 = 0, reached = 0;
            for (int s = 1; s < DistrictYear.SETS; s++) { // the empty set enrols no one and reaches no centre
                if ((s & ~all) != 0) continue;
                int base = (row * DistrictYear.SETS + s) * DistrictYear.M;
                double np = n * p[s];
                if ((s & 1) != 0) e0 += np * w.share[base];
                if ((s & 2) != 0) e1 += np * w.share[base + 1];
                if ((s & 4) != 0) e2 += np * w.share[base + 2];
                reached += reach[s] * w.centre[row * DistrictYear.SETS + s];
            }
            w.enrolled[0][c] = e0;
            w.enrolled[1][c] = e1;
            w.enrolled[2][c] = e2;
            double enrolled = e0 + e1 + e2;
            double wants = n * w.centre[row * DistrictYear.SETS + all];
            w.priced[c] = n - wants;
            w.noReach[c] = Math.max(0, wants - n * reached);
            w.full[c] = Math.max(0, wants - w.noReach[c] - enrolled);
        }
    }

    /** Writes seats, coverage, admission, enrolment and utilisation by mode, and the three kinds of unmet interest. */
    static void trace(Trace t, String id, ByMode admission, DistrictYear w) {
        for (Mode m : Mode.values()) {
            int j = m.ordinal();
            String s = id + "/" + m.key();
            double e = w.enrolled(j);
            t.put(s, Quantity.SEATS, w.seats[j]);
            t.put(s, Quantity.COVERAGE, w.coverage[j]);
            t.put(s, Quantity.ADMISSION, admission.get(m));
            t.put(s, Quantity.ENROLLED, e);
            t.put(s, Quantity.UTILISATION, w.seats[j] > 0 ? e / w.seats[j] : 0);
        }
        double priced = 0, noReach = 0, full = 0;
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            priced += w.priced[c];
            noReach += w.noReach[c];
            full += w.full[c];
        }
        t.put(id, Quantity.PRICED_OUT, priced);
        t.put(id, Quantity.NO_REACH, noReach);
        t.put(id, Quantity.FULL, full);
    }
}
