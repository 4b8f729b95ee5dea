package dev.opcon.tikv.model;

import java.util.Map;
import java.util.Optional;

/** Per-store rates by store id. */
public record StoreRates(Map<Long, StoreRate> byStore) {

    public StoreRates {
        byStore = Map.copyOf(byStore);
    }

    public Optional<StoreRate> of(long storeId) {
        return Optional.ofNullable(byStore.get(storeId));
    }
}
