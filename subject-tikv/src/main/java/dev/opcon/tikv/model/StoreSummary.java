package dev.opcon.tikv.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;

/**
 * One store in {@code data.stores} of {@code opcon check --format json}. Boxed fields are null
 * when unknown.
 *
 * @param state          PD's {@code state_name}
 * @param lastHeartbeat  ISO-8601 instant
 * @param qps            queries per second: Prometheus gRPC rate, or PD's hotspot query rates
 * @param p99LatencyMs   p99 gRPC latency, only with Prometheus
 */
public record StoreSummary(
        @JsonSerialize(using = UnsignedLongSerializer.class) long id,
        String address,
        String engine,
        String state,
        long capacityBytes,
        long availableBytes,
        long usedBytes,
        long leaderCount,
        long regionCount,
        Instant lastHeartbeat,
        Long slowScore,
        Double qps,
        Double p99LatencyMs) {
}
