package dev.opcon.tikv.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Stores built by hand for pure tests. */
final class TestStores {

    private TestStores() {
    }

    static Store tikv(long id, long leaders) {
        return store(id, "10.0.0." + id + ":20160", "10.0.0." + id + ":20180", List.of(), StoreState.UP, leaders, 1, 1);
    }

    static Store tiflash(long id) {
        List<Label> labels = List.of(new Label("engine", "tiflash"));
        return store(id, "10.0.0." + id + ":3930", "10.0.0." + id + ":20292", labels, StoreState.UP, 0, 1, 1);
    }

    static Store store(long id, String address, String statusAddress, List<Label> labels, StoreState state,
                       long leaders, double leaderWeight, long slowScore) {
        return new Store(id, address, statusAddress, "8.5.1", labels, Engine.fromLabels(labels), state,
                state.name().charAt(0) + state.name().substring(1).toLowerCase(), Optional.of(Instant.EPOCH),
                Optional.empty(), new StoreSpace(1L << 40, 1L << 39, 1L << 38),
                new StoreCounts(leaders, leaderWeight, leaders * 96, 12_000, 1, 12_000 * 96, 0, 0),
                new StoreActivity(OptionalLong.of(slowScore), false, 0, 0, false));
    }
}
