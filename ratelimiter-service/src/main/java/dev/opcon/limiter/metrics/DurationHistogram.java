package dev.opcon.limiter.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram of durations in seconds. Lock-free: every /check records into it, from
 * up to 32 threads at once.
 */
final class DurationHistogram {

    private final List<Double> upperBounds;
    private final LongAdder[] bucketCounts;
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sumSeconds = new DoubleAdder();

    DurationHistogram(List<Double> upperBounds) {
        this.upperBounds = List.copyOf(upperBounds);
        this.bucketCounts = new LongAdder[upperBounds.size()];
        for (int index = 0; index < bucketCounts.length; index++) {
            bucketCounts[index] = new LongAdder();
        }
    }

    void observe(Duration duration) {
        double seconds = duration.toNanos() / 1e9;
        for (int index = 0; index < bucketCounts.length; index++) {
            if (seconds <= upperBounds.get(index)) {
                bucketCounts[index].increment();
                break;
            }
        }
        count.increment();
        sumSeconds.add(seconds);
    }

    /** Appends the {@code _bucket}, {@code _sum} and {@code _count} samples; buckets are cumulative. */
    void writeSamples(String name, StringBuilder output) {
        long cumulative = 0;
        for (int index = 0; index < bucketCounts.length; index++) {
            cumulative += bucketCounts[index].sum();
            output.append(name).append("_bucket{le=\"").append(upperBounds.get(index)).append("\"} ").append(cumulative).append('\n');
        }
        // Read after the buckets, so that +Inf is never below the last finite bucket.
        long total = Math.max(count.sum(), cumulative);
        output.append(name).append("_bucket{le=\"+Inf\"} ").append(total).append('\n');
        output.append(name).append("_sum ").append(sumSeconds.sum()).append('\n');
        output.append(name).append("_count ").append(total).append('\n');
    }
}
