package org.tuoyu.sandbox.engine;

/**
 * Step 4 (docs/model.md §4): who wants which care at what price.
 * Interest I = min(1, D0 × w_a × (Y'/Ȳ)^ζ × L) with the leave factor L on A0 only; among interested families a nested
 * logit over home care (utility 0) and a nest of the centre modes open to the band, V_j = α + δ_j + β p_j/Ȳ (Ȳ/Y')^η:
 * P(centre | S) = e^{λ·IV} / (1 + e^{λ·IV}), IV = ln Σ_{j∈S} e^{V_j/λ}, P(j | S) = P(centre | S) e^{V_j/λ} / Σ_{k∈S} e^{V_k/λ},
 * tabulated here for every set S of modes (step 5 weighs the sets by how likely each is to be in reach and open).
 */
final class Choice {

    private Choice() {}

    /** Leave days that cover the first year: maternity + (1 − overlap) × paternity + 2 × parental days per parent. */
    static double coveredDays(LeverValues l, Behaviour b) {
        return l.get(LeverKey.MATERNITY_DAYS) + (1 - b.paternityOverlap()) * l.get(LeverKey.PATERNITY_DAYS)
                + 2 * l.get(LeverKey.PARENTAL_DAYS_PER_PARENT_YEAR);
    }

    /** L = max(0, 1 − leaveEffect × (covered − covered in the data year) / 365): only a change of leave moves A0. */
    static double leaveFactor(LeverValues l, Behaviour b, double referenceDays) {
        return Math.max(0, 1 - b.leaveEffect() * (coveredDays(l, b) - referenceDays) / 365.0);
    }

    /** Utility of mode j for a family with income seen Y' at net price p. */
    static double utility(Behaviour b, int j, double price, double incomeSeen, double surveyIncome) {
        double delta = j == Mode.MARKET.ordinal() ? b.marketPremium()
                : j == Mode.TODDLER_CLASS.ordinal() ? b.toddlerClassPremium() : 0;
        double scale = b.incomeSensitivity() == 1 ? surveyIncome / incomeSeen
                : Math.pow(surveyIncome / incomeSeen, b.incomeSensitivity());
        return b.alpha() + delta + b.beta() * price / surveyIncome * scale;
    }

    /** Interest per age band and quintile (a cell's share of families considering formal care). */
    static double interest(Behaviour b, int a, double incomeSeen, double surveyIncome, double leave) {
        double gradient = b.incomeGradient() == 0 ? 1 : Math.pow(incomeSeen / surveyIncome, b.incomeGradient());
        return Math.min(1, b.potentialDemandShare() * b.ageWeights().get(a) * gradient * (a == 0 ? leave : 1));
    }

    static void compute(Behaviour b, double surveyIncome, double leave, DistrictYear w) {
        double lambda = b.nestParameter();
        // Per quintile once: the income terms of interest and of the price term (pow is the costly part), kept with
        // the table while the income seen does not change.
        double[] gradient = w.gradient, scale = w.scale;
        ChoiceTable kept = w.table;
        for (int q = 0; q < DistrictYear.Q; q++) {
            if (kept.incomeSeen[q] != w.incomeSeen[q]) {
                double ratio = w.incomeSeen[q] / surveyIncome;
                kept.incomeSeen[q] = w.incomeSeen[q];
                kept.gradient[q] = b.incomeGradient() == 0 ? 1 : Math.pow(ratio, b.incomeGradient());
                kept.incomeTerm[q] = b.incomeSensitivity() == 1 ? 1 / ratio : Math.pow(1 / ratio, b.incomeSensitivity());
            }
            gradient[q] = kept.gradient[q];
            scale[q] = kept.incomeTerm[q];
        }
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            int a = DistrictYear.band(c), q = DistrictYear.quintile(c);
            double i = b.potentialDemandShare() * b.ageWeights().get(a) * gradient[q] * (a == 0 ? leave : 1);
            w.interested[c] = w.families[c] * Math.min(1, i);
        }
        int seated = 0;
        for (int j = 0; j < DistrictYear.M; j++) {
            if (w.seats[j] > 0) seated |= 1 << j;
        }
        if (w.table.holds(w, seated)) return;
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            int a = DistrictYear.band(c), q = DistrictYear.quintile(c);
            boolean same = c % DistrictYear.H != 0; // the other hukou status of the same band and quintile
            int usable = 0;
            for (int j = 0; j < DistrictYear.M; j++) {
                same = same && w.price[j][c] == w.price[j][c - 1];
                if ((seated & (1 << j)) != 0 && Mode.of(j).opensTo(a)) usable |= 1 << j;
            }
            if (same) {
                w.table.row[c] = w.table.row[c - 1];
                continue;
            }
            w.table.row[c] = c;
            // The younger band's cell of the same quintile and status: where a mode's price is the same there, so
            // is its weight, and so is every set made of such modes (the exponentials are the costly part).
            int younger = a > 0 ? DistrictYear.cell(a - 1, q, DistrictYear.hukou(c)) : -1;
            int youngerRow = younger >= 0 ? w.table.row[younger] : -1;
            for (int j = 0; j < DistrictYear.M; j++) {
                boolean open = (usable & (1 << j)) != 0;
                w.utility[j] = Double.NaN;
                if (open && younger >= 0 && w.weight[j][youngerRow] > 0 && w.price[j][c] == w.price[j][younger]) {
                    w.weight[j][c] = w.weight[j][youngerRow];
                } else if (open) {
                    w.utility[j] = utilityScaled(b, j, w.price[j][c], scale[q], surveyIncome);
                    w.weight[j][c] = Math.exp(w.utility[j] / lambda);
                } else {
                    w.weight[j][c] = 0;
                }
            }
            tabulate(c, usable, youngerRow, lambda, w);
        }
        w.table.keep(w, seated);
    }

    /** Utility with the income term (Ȳ/Y')^η already computed. */
    private static double utilityScaled(Behaviour b, int j, double price, double scale, double surveyIncome) {
        double delta = j == Mode.MARKET.ordinal() ? b.marketPremium()
                : j == Mode.TODDLER_CLASS.ordinal() ? b.toddlerClassPremium() : 0;
        return b.alpha() + delta + b.beta() * price / surveyIncome * scale;
    }

    /**
     * P(centre | S) and P(j | S) of cell c for all eight sets S; modes outside {@code open} have weight 0. A set whose
     * modes all weigh what they weigh in row {@code younger} (when not −1) takes that row's numbers.
     */
    private static void tabulate(int c, int open, int younger, double lambda, DistrictYear w) {
        for (int s = 0; s < DistrictYear.SETS; s++) {
            int base = (c * DistrictYear.SETS + s) * DistrictYear.M;
            int usable = s & open;
            if (usable != s) { // same as the set without the unusable modes, tabulated already (usable < s)
                copySet(c * DistrictYear.SETS + usable, c * DistrictYear.SETS + s, w);
                continue;
            }
            if (younger >= 0 && sameWeights(s, c, younger, w)) {
                copySet(younger * DistrictYear.SETS + s, c * DistrictYear.SETS + s, w);
                continue;
            }
            double sum = 0;
            for (int j = 0; j < DistrictYear.M; j++) {
                if ((s & (1 << j)) != 0) sum += w.weight[j][c];
            }
            double centre = 0;
            if (sum > 0) {
                // e^{λ·IV}; for one mode that is e^{V_j}, an exponential rather than a power where V_j is at hand
                boolean one = Integer.bitCount(s) == 1 && !Double.isNaN(w.utility[Integer.numberOfTrailingZeros(s)]);
                double e = one ? Math.exp(w.utility[Integer.numberOfTrailingZeros(s)])
                        : lambda == 1 ? sum : Math.pow(sum, lambda);
                centre = e / (1 + e);
            }
            w.centre[c * DistrictYear.SETS + s] = centre;
            for (int j = 0; j < DistrictYear.M; j++) {
                w.share[base + j] = (s & (1 << j)) != 0 && sum > 0 ? centre * w.weight[j][c] / sum : 0;
            }
        }
    }

    /** Copies P(centre | S) and P(j | S) from one cell-and-set entry to another. */
    private static void copySet(int from, int to, DistrictYear w) {
        w.centre[to] = w.centre[from];
        int f = from * DistrictYear.M, t = to * DistrictYear.M;
        w.share[t] = w.share[f];
        w.share[t + 1] = w.share[f + 1];
        w.share[t + 2] = w.share[f + 2];
    }

    /** Whether every mode of set s has the same weight in cells c and o. */
    private static boolean sameWeights(int s, int c, int o, DistrictYear w) {
        for (int j = 0; j < DistrictYear.M; j++) {
            if ((s & (1 << j)) != 0 && w.weight[j][c] != w.weight[j][o]) return false;
        }
        return true;
    }

    /** Writes the leave factor and, per quintile at 24-35 months (local hukou), interest, utility and centre share. */
    static void trace(Trace t, String id, Behaviour b, double leave, DistrictYear w) {
        t.put(id, Quantity.LEAVE_FACTOR, leave);
        double interested = 0;
        for (double v : w.interested) interested += v;
        t.put(id, Quantity.INTERESTED, interested);
        for (int q = 0; q < DistrictYear.Q; q++) {
            int c = DistrictYear.cell(2, q, 0);
            String s = id + "/Q" + (q + 1);
            t.put(s, Quantity.INTEREST, w.families[c] > 0 ? w.interested[c] / w.families[c] : 0);
            double weight = w.weight[Mode.INCLUSIVE.ordinal()][c];
            if (weight > 0) t.put(s, Quantity.UTILITY, b.nestParameter() * Math.log(weight));
            t.put(s, Quantity.CENTRE_SHARE, w.centre[c * DistrictYear.SETS + DistrictYear.SETS - 1]);
        }
    }
}
