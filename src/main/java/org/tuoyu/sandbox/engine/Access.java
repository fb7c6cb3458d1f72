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

    static void compute(ByAge children, SeatStock stock, double siting, double scale, int rationing, DistrictYear w) {
        w.clear();
        double c = stock.communityEmbeddedShare();
        w.coverage[0] = coverage(w.seats[0], children.a2(), c, siting, scale);
        w.coverage[1] = coverage(w.seats[1], children.sum(), c, siting, scale);
        w.coverage[2] = coverage(w.seats[2], children.sum(), c, siting, scale);
        int it = 0;
        double change;
        do {
            change = 0;
            for (int j = 0; j < DistrictYear.M; j++) {
                if (w.seats[j] <= 0 || w.coverage[j] == 0) continue;
                applicants(j, w);
                change = Math.max(change, fill(j, Mode.of(j).inclusive() ? rationing : 0, w));
            }
            it++;
        } while (change > TOLERANCE && it < MAX_ITERATIONS);
        w.iterations = it;
        outcomes(w);
    }

    /** Probability that mode k is in cell c's choice set. */
    private static double available(int k, int c, DistrictYear w) {
        return w.coverage[k] * w.admission[k][DistrictYear.group(c)];
    }

    /** A_j by admission group: families reaching j who would choose it if admitted, at the others' current r. */
    private static void applicants(int j, DistrictYear w) {
        java.util.Arrays.fill(w.applicants, 0);
        int bit = 1 << j;
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            if (w.interested[c] == 0 || w.weight[j][c] == 0) continue;
            double a0 = available(0, c, w), a1 = available(1, c, w), a2 = available(2, c, w);
            double sum = 0;
            for (int s = 0; s < DistrictYear.SETS; s++) {
                if ((s & bit) == 0) continue;
                double p = prob(s, bit, a0, a1, a2);
                if (p > 0) sum += p * w.share[(c * DistrictYear.SETS + s) * DistrictYear.M + j];
            }
            w.applicants[DistrictYear.group(c)] += w.coverage[j] * sum * w.interested[c];
        }
    }

    /** Probability of exactly the modes in s (ignoring those in skip) being available. */
    private static double prob(int s, int skip, double a0, double a1, double a2) {
        double p = 1;
        if ((skip & 1) == 0) p *= (s & 1) != 0 ? a0 : 1 - a0;
        if ((skip & 2) == 0) p *= (s & 2) != 0 ? a1 : 1 - a1;
        if ((skip & 4) == 0) p *= (s & 4) != 0 ? a2 : 1 - a2;
        return p;
    }

    /** Admission of mode j by group under the rule (0 proportional, 1 lowIncomeFirst, 2 hukouFirst); the largest change. */
    private static double fill(int j, int rule, DistrictYear w) {
        int tiers = rule == 1 ? DistrictYear.Q : rule == 2 ? DistrictYear.H : 1;
        double left = w.seats[j], change = 0;
        for (int t = 0; t < tiers; t++) {
            double demand = 0;
            for (int g = 0; g < DistrictYear.GROUPS; g++) {
                if (tier(g, rule) == t) demand += w.applicants[g];
            }
            double r = demand > left ? left / demand : 1;
            left = Math.max(0, left - r * demand);
            for (int g = 0; g < DistrictYear.GROUPS; g++) {
                if (tier(g, rule) != t) continue;
                change = Math.max(change, Math.abs(w.admission[j][g] - r));
                w.admission[j][g] = r;
            }
        }
        return change;
    }

    private static int tier(int g, int rule) {
        if (rule == 1) return g / DistrictYear.H;
        if (rule == 2) return g % DistrictYear.H;
        return 0;
    }

    /** Enrolled by mode, priced out, none in reach and full, per cell. */
    private static void outcomes(DistrictYear w) {
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            double n = w.interested[c];
            if (n == 0) continue;
            int all = 0;
            for (int j = 0; j < DistrictYear.M; j++) {
                if (w.weight[j][c] > 0) all |= 1 << j;
            }
            // A mode the family cannot use (not open to its band, or without seats) counts as never available.
            double a0 = (all & 1) != 0 ? available(0, c, w) : 0;
            double a1 = (all & 2) != 0 ? available(1, c, w) : 0;
            double a2 = (all & 4) != 0 ? available(2, c, w) : 0;
            double v0 = (all & 1) != 0 ? w.coverage[0] : 0;
            double v1 = (all & 2) != 0 ? w.coverage[1] : 0;
            double v2 = (all & 4) != 0 ? w.coverage[2] : 0;
            double enrolled = 0, reached = 0;
            for (int s = 0; s < DistrictYear.SETS; s++) {
                if ((s & ~all) != 0) continue;
                double p = prob(s, 0, a0, a1, a2);
                int base = (c * DistrictYear.SETS + s) * DistrictYear.M;
                for (int j = 0; j < DistrictYear.M; j++) {
                    double e = n * p * w.share[base + j];
                    w.enrolled[j][c] += e;
                    enrolled += e;
                }
                reached += prob(s, 0, v0, v1, v2) * w.centre[c * DistrictYear.SETS + s];
            }
            double wants = n * w.centre[c * DistrictYear.SETS + all];
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
