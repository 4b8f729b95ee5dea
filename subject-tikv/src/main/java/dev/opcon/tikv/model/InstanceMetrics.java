package dev.opcon.tikv.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What Prometheus says about one TiKV instance. Each value is empty when its query had no sample.
 *
 * @param queriesPerSecond gRPC messages per second, GC excluded
 * @param p99Seconds       p99 gRPC message duration
 * @param cpuCores         CPU seconds per second
 * @param raftLogLagP99    p99 raft log lag in entries
 */
public record InstanceMetrics(OptionalDouble queriesPerSecond, OptionalDouble p99Seconds,
                              OptionalDouble capacityBytes, OptionalDouble availableBytes, OptionalDouble usedBytes,
                              OptionalDouble cpuCores, OptionalDouble raftLogLagP99) {

    public static final InstanceMetrics NONE = new InstanceMetrics(OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty());

    /** Exact disk space, when Prometheus has all of it. */
    public Optional<StoreSpace> space() {
        if (capacityBytes.isEmpty() || availableBytes.isEmpty() || capacityBytes.getAsDouble() <= 0) {
            return Optional.empty();
        }
        long capacity = (long) capacityBytes.getAsDouble();
        long available = (long) availableBytes.getAsDouble();
        long used = usedBytes.isPresent() ? (long) usedBytes.getAsDouble() : capacity - available;
        return Optional.of(new StoreSpace(capacity, available, used));
    }
}
