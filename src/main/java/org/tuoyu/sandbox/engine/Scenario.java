package org.tuoyu.sandbox.engine;

import java.util.Objects;

/** Everything one evaluation needs: region data, levers, behaviour and horizon. */
public record Scenario(String name, Region region, Levers levers, Behaviour behaviour, Horizon horizon) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(levers, "levers");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(horizon, "horizon");
        for (String id : levers.districtOverrides().keySet()) {
            if (region.indexOf(id) < 0) {
                throw new IllegalArgumentException("levers.districts." + id + " names no district of region " + region.id());
            }
        }
        for (String id : levers.districtSchedules().keySet()) {
            if (region.indexOf(id) < 0) {
                throw new IllegalArgumentException("levers.districts." + id + " names no district of region " + region.id());
            }
        }
        // The data year's policy is the baseline's (MODEL.md section 2): schedules change later years only.
        String early = levers.scheduleNotAfter(region.dataYear());
        if (early != null) {
            throw new IllegalArgumentException(early + ": a schedule's years must come after the region's data year "
                    + region.dataYear() + " (the data year's policy is the baseline's)");
        }
    }

    public Scenario withLevers(Levers l) { return new Scenario(name, region, l, behaviour, horizon); }

    public Scenario withBehaviour(Behaviour b) { return new Scenario(name, region, levers, b, horizon); }

    public Scenario withName(String n) { return new Scenario(n, region, levers, behaviour, horizon); }

    public Scenario withHorizon(Horizon h) { return new Scenario(name, region, levers, behaviour, h); }
}
