package dev.opcon.ratelimiter.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One full pass over the counters in Redis.
 *
 * @param busiest    the top N keys by utilisation, busiest first
 * @param keysTotal  how many counter keys the pass saw
 * @param finishedAt when the pass ended (a pass may be older than the refresh that shows it)
 */
public record CounterScan(List<RedisCounter> busiest, long keysTotal, Instant finishedAt, Duration took) {

    public CounterScan {
        busiest = List.copyOf(busiest);
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(took, "took");
    }
}
