package org.tuoyu.sandbox.decide;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tuoyu.sandbox.engine.Horizon;
import org.tuoyu.sandbox.engine.Scenario;
import org.tuoyu.sandbox.engine.Target;

/**
 * An optimisation as a user states it: from this scenario, move these levers within their bounds so that every
 * target is met in its year, at the least cost. Checked here so that a refusal names what is wrong.
 */
public record Problem(Scenario base, List<DecisionLever> levers, Cost cost, List<Target> targets) {

    public Problem {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cost, "cost");
        levers = List.copyOf(levers);
        targets = List.copyOf(targets);
        if (levers.isEmpty()) throw new IllegalArgumentException("name at least one lever to move");
        Set<String> seen = new HashSet<>();
        for (DecisionLever l : levers) {
            if (!seen.add(l.label())) throw new IllegalArgumentException("lever " + l.label() + " is named twice");
            if (l.from() != null) checkYear(base.horizon(), l.from(), "start year of lever " + l.label());
            if (l.district() != null && base.region().indexOf(l.district()) < 0) {
                throw new IllegalArgumentException("lever " + l.path() + ": region " + base.region().id()
                        + " has no district '" + l.district() + "'");
            }
        }
        Horizon h = base.horizon();
        if (cost.year() != null) checkYear(h, cost.year(), "costed year");
        for (Target t : targets) {
            checkYear(h, t.year(), "year of target " + t);
            if (t.relation() == Target.Relation.EQUAL) {
                throw new IllegalArgumentException("target " + t + ": the optimiser takes IND>=VALUE or IND<=VALUE"
                        + " (for one exact value use seek)");
            }
            if (t.district() != null && base.region().indexOf(t.district()) < 0) {
                throw new IllegalArgumentException("target " + t + ": region " + base.region().id()
                        + " has no district '" + t.district() + "'");
            }
        }
    }

    /** The same problem without target {@code i} (to price that target by re-solving). */
    public Problem without(int i) {
        List<Target> rest = new java.util.ArrayList<>(targets);
        rest.remove(i);
        return new Problem(base, levers, cost, rest);
    }

    public Problem withTargets(List<Target> ts) { return new Problem(base, levers, cost, ts); }

    /** The last year any number of the problem needs: the engine need not project beyond it. */
    int lastYearNeeded() {
        if (cost.year() == null) return base.horizon().lastYear();
        int last = cost.year();
        for (Target t : targets) last = Math.max(last, t.year());
        return last;
    }

    static void checkYear(Horizon h, int year, String what) {
        if (year < h.firstYear() || year > h.lastYear()) {
            throw new IllegalArgumentException(what + " " + year + " lies outside the scenario's horizon "
                    + h.firstYear() + "–" + h.lastYear());
        }
    }
}
