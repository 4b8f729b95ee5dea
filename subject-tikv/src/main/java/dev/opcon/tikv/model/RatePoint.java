package dev.opcon.tikv.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The cluster's totals at one time: one point of the rates history. NaN is "unknown then" (its source
 * failed, or it is not measured without Prometheus) and shows as a gap.
 *
 * @param queriesPerSecond    gRPC messages per second from Prometheus, else PD's read + write query rates
 * @param maxP99Milliseconds  the highest p99 gRPC latency of any store (Prometheus only)
 * @param writeBytesPerSecond the stores' write rates from their PD heartbeats, summed
 * @param readBytesPerSecond  the stores' read rates from their PD heartbeats, summed
 */
public record RatePoint(Instant at, double queriesPerSecond, double maxP99Milliseconds,
                        double writeBytesPerSecond, double readBytesPerSecond) {

    public RatePoint {
        Objects.requireNonNull(at, "at");
    }

    /**
     * The point one refresh gives. With Prometheus configured, QPS and p99 come from it alone: a failing
     * Prometheus leaves a gap rather than a jump to PD's differently counted rate. Bytes always come from PD.
     */
    public static RatePoint of(ClusterSnapshot snapshot) {
        Collection<InstanceMetrics> metrics = snapshot.storeMetrics().values();
        double queries;
        double maxP99Milliseconds = Double.NaN;
        if (snapshot.prometheusConfigured()) {
            queries = sum(metrics, each -> each.queriesPerSecond().orElse(Double.NaN));
            maxP99Milliseconds = metrics.stream().map(InstanceMetrics::p99Seconds).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).max().orElse(Double.NaN) * 1000;
        } else {
            queries = storeTotal(snapshot, StoreRate::queries);
        }
        return new RatePoint(snapshot.observedAt(), queries, maxP99Milliseconds,
                storeTotal(snapshot, StoreRate::writeBytes), storeTotal(snapshot, StoreRate::readBytes));
    }

    /** Over every store PD sent a rate for (whether or not {@code /stores} answered); NaN when PD's rates failed. */
    private static double storeTotal(ClusterSnapshot snapshot, ToDoubleFunction<StoreRate> rate) {
        return snapshot.rates().map(rates -> sum(rates.byStore().values(), rate)).orElse(Double.NaN);
    }

    /** The sum of the known values; NaN when none is known. */
    private static <T> double sum(Collection<T> items, ToDoubleFunction<T> value) {
        double total = 0;
        boolean known = false;
        for (T item : items) {
            double each = value.applyAsDouble(item);
            if (!Double.isNaN(each)) {
                total += each;
                known = true;
            }
        }
        return known ? total : Double.NaN;
    }
}
