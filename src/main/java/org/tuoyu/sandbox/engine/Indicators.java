package org.tuoyu.sandbox.engine;

import java.util.List;

/**
 * Step 10 (docs/model.md §10): a district's outcomes summed from its cells, families' net burdens, and the year's
 * region totals. Net cost of a mode = max(0, p − allowance / 12 − deduction × marginal rate); burden = that / Y.
 */
final class Indicators {

    private Indicators() {}

    /** A district's outcomes; interested = enrolled + priced + noReach + full. */
    record Outcome(double interested, ByMode enrolled, double priced, double noReach, double full, double aboveShare) {}

    static Outcome outcome(Region region, LeverValues l, Behaviour b, DistrictYear w, Tally tally) {
        double transfer = l.get(LeverKey.ALLOWANCE_PER_CHILD_YEAR) / 12;
        double deduction = l.get(LeverKey.TAX_DEDUCTION_PER_CHILD_MONTH);
        double threshold = b.affordabilityThreshold();
        double interested = 0, priced = 0, noReach = 0, full = 0, above = 0;
        double[] enrolled = new double[DistrictYear.M];
        int all = DistrictYear.SETS - 1;
        for (int c = 0; c < DistrictYear.CELLS; c++) {
            int q = DistrictYear.quintile(c);
            double y = w.income[q];
            double offset = transfer + deduction * region.income().marginalTaxRate().get(q);
            double cellEnrolled = 0, enrolledCost = 0, chosenCost = 0, aboveShare = 0;
            int row = w.table.row[c];
            double centre = w.centre[row * DistrictYear.SETS + all];
            double perCentre = centre > 0 ? 1 / centre : 0;
            int base = (row * DistrictYear.SETS + all) * DistrictYear.M;
            for (int j = 0; j < DistrictYear.M; j++) {
                double cost = Math.max(0, w.price[j][c] - offset);
                double e = w.enrolled[j][c];
                enrolled[j] += e;
                cellEnrolled += e;
                enrolledCost += e * cost;
                double pick = w.share[base + j] * perCentre; // which mode it would choose
                chosenCost += pick * cost;
                if (cost / y > threshold) aboveShare += pick;
            }
            interested += w.interested[c];
            priced += w.priced[c];
            noReach += w.noReach[c];
            full += w.full[c];
            above += w.interested[c] * aboveShare;
            Tally.CellCost cc = new Tally.CellCost(enrolledCost, chosenCost, aboveShare);
            double noSeat = w.noReach[c] + w.full[c];
            tally.add(Tally.quintileRow(q), w.families[c], y, w.interested[c], cellEnrolled, w.priced[c], noSeat, cc);
            tally.add(Tally.hukouRow(DistrictYear.hukou(c)), w.families[c], y, w.interested[c], cellEnrolled, w.priced[c],
                    noSeat, cc);
        }
        return new Outcome(interested, ByMode.of(enrolled), priced, noReach, full, DistrictResult.ratio(above, interested));
    }

    /** Admission by mode, averaged over groups weighted by the families applying (1 where nobody applies). */
    static ByMode admission(DistrictYear w) {
        double[] r = new double[DistrictYear.M];
        for (int j = 0; j < DistrictYear.M; j++) {
            double s = 0, n = 0;
            for (int g = 0; g < DistrictYear.GROUPS; g++) {
                double applying = 0;
                for (int c = g; c < DistrictYear.CELLS; c += DistrictYear.GROUPS) applying += w.interested[c];
                s += applying * w.admission[j][g];
                n += applying;
            }
            r[j] = n > 0 ? s / n : 1;
        }
        return ByMode.of(r);
    }

    static Totals totals(List<DistrictResult> ds, List<IncomeGroupResult> groups) {
        double pop = 0, children = 0, seats = 0, inclusive = 0, market = 0, eff = 0, newSeats = 0, demand = 0;
        double eInc = 0, eMkt = 0, uP = 0, uS = 0, fiscal = 0, care = 0, employer = 0;
        double noReach = 0, full = 0, opened = 0, closed = 0;
        ByMode byMode = ByMode.ZERO, seatsByMode = ByMode.ZERO;
        double minInc = Double.POSITIVE_INFINITY, maxInc = 0;
        for (DistrictResult d : ds) {
            pop += d.population();
            children += d.childrenTotal();
            seats += d.seats();
            inclusive += d.inclusiveSeats() + d.toddlerClassSeats();
            market += d.marketSeats();
            eff += d.effectiveSeats();
            newSeats += d.newSeats();
            demand += d.potentialDemand();
            eInc += d.enrolledInclusive();
            eMkt += d.enrolledMarket();
            uP += d.unmetPrice();
            uS += d.unmetSeats();
            fiscal += d.fiscalCost();
            for (FiscalComponent c : FiscalComponent.values()) {
                if (c.careService()) care += d.fiscal().get(c);
            }
            employer += d.employerLeaveCost();
            noReach += d.unmetNoReach();
            full += d.unmetFull();
            opened += d.seatsOpened();
            closed += d.seatsClosed();
            byMode = byMode.plus(d.enrolledByMode());
            seatsByMode = seatsByMode.plus(d.seatsByMode());
            double perK = (d.inclusiveSeats() + d.toddlerClassSeats()) / d.population() * 1000;
            minInc = Math.min(minInc, perK);
            maxInc = Math.max(maxInc, perK);
        }
        double above = 0;
        for (IncomeGroupResult g : groups) above += g.shareAboveThreshold() * g.potentialDemand();
        return new Totals(pop, children, seats, inclusive, market, eff, newSeats, demand, eInc + eMkt, eInc, eMkt,
                uP, uS, fiscal, care, DistrictResult.ratio(above, demand), maxInc > 0 ? minInc / maxInc : 0, employer,
                byMode, seatsByMode, noReach, full, opened, closed);
    }
}
