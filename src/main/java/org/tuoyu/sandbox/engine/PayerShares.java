package org.tuoyu.sandbox.engine;

import java.util.EnumMap;
import java.util.Map;

/** Payer split for every fiscal component. */
public record PayerShares(Map<FiscalComponent, PayerSplit> splits) {
    public PayerShares {
        EnumMap<FiscalComponent, PayerSplit> copy = new EnumMap<>(FiscalComponent.class);
        copy.putAll(splits);
        for (FiscalComponent c : FiscalComponent.values()) {
            if (!copy.containsKey(c)) {
                throw new IllegalArgumentException("payer shares missing for component " + c.key());
            }
        }
        splits = java.util.Collections.unmodifiableMap(copy);
    }

    public PayerSplit get(FiscalComponent c) { return splits.get(c); }
}
