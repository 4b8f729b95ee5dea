package dev.opcon.ratelimiter;

import dev.opcon.ratelimiter.client.RedisEndpoint;
import dev.opcon.ratelimiter.invariant.InvariantSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checked options of one rate limiter subject.
 *
 * @param nodeUrls       {@code --ratelimiter-url}: one or more node base URLs
 * @param prometheusUrl  {@code --prometheus-url} as given (it may hold credentials); empty for direct scraping
 * @param sourceDeadline the longest a refresh waits for any one source
 */
public record RateLimiterSettings(List<URI> nodeUrls, RedisEndpoint redis, Optional<String> prometheusUrl,
                                  int topKeys, Duration sourceDeadline, InvariantSettings invariants) {

    /** Jedis calls time out well inside a source's deadline, and never after more than a second. */
    private static final Duration LONGEST_REDIS_TIMEOUT = Duration.ofSeconds(1);

    public RateLimiterSettings {
        nodeUrls = List.copyOf(nodeUrls);
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(prometheusUrl, "prometheusUrl");
        Objects.requireNonNull(sourceDeadline, "sourceDeadline");
        Objects.requireNonNull(invariants, "invariants");
    }

    Duration redisTimeout() {
        Duration half = sourceDeadline.dividedBy(2);
        return half.compareTo(LONGEST_REDIS_TIMEOUT) < 0 ? half : LONGEST_REDIS_TIMEOUT;
    }

    /**
     * What a source's own I/O may take: a little less than its deadline, so that the source says
     * what it was waiting for instead of being cut off by the refresh loop.
     */
    Duration sourceBudget() {
        Duration margin = sourceDeadline.dividedBy(10);
        return sourceDeadline.minus(margin.compareTo(Duration.ofMillis(150)) > 0 ? Duration.ofMillis(150) : margin);
    }
}
