package dev.opcon.tikv.invariant;

import dev.opcon.core.spi.Durations;
import dev.opcon.tikv.model.Store;
import java.time.Duration;
import java.util.Optional;

/** How violation messages name things. */
final class Describe {

    private Describe() {
    }

    static String store(Store store) {
        return "store " + store.idText() + " (" + store.address() + ")";
    }

    static String heartbeat(Optional<Duration> age) {
        return age.map(value -> "last heartbeat " + Durations.format(value) + " ago").orElse("no heartbeat known");
    }
}
