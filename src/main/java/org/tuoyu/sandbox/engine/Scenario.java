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
    }

    public Scenario withLevers(Levers l) { return new Scenario(name, region, l, behaviour, horizon); }

    public Scenario withBehaviour(Behaviour b) { return new Scenario(name, region, levers, b, horizon); }

    public Scenario withName(String n) { return new Scenario(n, region, levers, behaviour, horizon); }

    public Scenario withHorizon(Horizon h) { return new Scenario(name, region, levers, behaviour, h); }
}
