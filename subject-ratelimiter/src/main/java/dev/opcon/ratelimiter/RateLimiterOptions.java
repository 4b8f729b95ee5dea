package dev.opcon.ratelimiter;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.Durations;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.text.SafeText;
import dev.opcon.ratelimiter.client.HttpUrls;
import dev.opcon.ratelimiter.client.RedisEndpoint;
import dev.opcon.ratelimiter.invariant.InvariantSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The options of the rate limiter subject, and their checking into {@link RateLimiterSettings}. */
final class RateLimiterOptions {

    static final String RATELIMITER_URL = "ratelimiter-url";
    static final String REDIS_URL = "redis-url";
    static final String PROMETHEUS_URL = "prometheus-url";
    static final String TOP_KEYS = "top-keys";
    static final String SOURCE_DEADLINE = "source-deadline";
    static final String NODE_DOWN_GRACE = "node-down-grace";
    static final String REDIS_DISCONNECTED_GRACE = "redis-disconnected-grace";
    static final String HIGH_LATENCY_MS = "high-latency-ms";
    static final String HIGH_LATENCY_GRACE = "high-latency-grace";
    static final String OVER_LIMIT_GRACE = "over-limit-grace";
    static final String GHOST_ALLOWING_GRACE = "ghost-allowing-grace";
    static final String COUNTER_DRIFT_THRESHOLD = "counter-drift-threshold";
    static final String COUNTER_DRIFT_GRACE = "counter-drift-grace";
    static final String SOURCE_UNREACHABLE_GRACE = "source-unreachable-grace";

    private static final String NODE_URL_EXAMPLE = "http://127.0.0.1:8080, several separated by commas";
    private static final int MOST_TOP_KEYS = 10_000;

    static final List<OptionSpec> SPECS = List.of(
            OptionSpec.required(RATELIMITER_URL, "limiter node URLs, comma-separated; any node's management API lists the cluster", "RATELIMITER_URL"),
            OptionSpec.required(REDIS_URL, "the limiter's Redis: redis://[:password@]host[:port][/db] or rediss://...", "REDIS_URL").asSecret(),
            OptionSpec.optional(PROMETHEUS_URL, "Prometheus that scrapes the nodes; without it the console scrapes each node's /metrics", "PROMETHEUS_URL").asSecret(),
            OptionSpec.optional(TOP_KEYS, "how many of the busiest keys to show", null).withDefault("50"),
            OptionSpec.optional(SOURCE_DEADLINE, "the longest a refresh waits for one source", null).withDefault("2s"),
            OptionSpec.optional(NODE_DOWN_GRACE, "node_down: grace period", null).withDefault("0s"),
            OptionSpec.optional(REDIS_DISCONNECTED_GRACE, "redis_disconnected: grace period", null).withDefault("0s"),
            OptionSpec.optional(HIGH_LATENCY_MS, "high_latency: a node's p99 check latency above this many ms", null).withDefault("100"),
            OptionSpec.optional(HIGH_LATENCY_GRACE, "high_latency: grace period", null).withDefault("60s"),
            OptionSpec.optional(OVER_LIMIT_GRACE, "over_limit: grace period", null).withDefault("0s"),
            OptionSpec.optional(GHOST_ALLOWING_GRACE, "ghost_allowing: grace period", null).withDefault("0s"),
            OptionSpec.optional(COUNTER_DRIFT_THRESHOLD, "counter_drift: the API's and Redis's counts may differ by this much", null).withDefault("5"),
            OptionSpec.optional(COUNTER_DRIFT_GRACE, "counter_drift: grace period", null).withDefault("30s"),
            OptionSpec.optional(SOURCE_UNREACHABLE_GRACE, "source_unreachable: grace period", null).withDefault("0s"));

    private RateLimiterOptions() {
    }

    /** @throws OpconException (CONFIGURATION) naming the first bad option and what to do */
    static RateLimiterSettings settings(Options options) {
        rejectUnknown(options);
        List<URI> nodeUrls = nodeUrls(options);
        RedisEndpoint redis = RedisEndpoint.parse(REDIS_URL, options.get(REDIS_URL).orElse(null));
        Optional<String> prometheusUrl = options.get(PROMETHEUS_URL);
        prometheusUrl.ifPresent(url -> HttpUrls.parse(PROMETHEUS_URL, url, "http://prometheus:9090"));
        int topKeys = (int) wholeNumber(options, TOP_KEYS, 0, MOST_TOP_KEYS);
        Duration deadline = duration(options, SOURCE_DEADLINE);
        if (deadline.compareTo(Duration.ofMillis(100)) < 0 || deadline.compareTo(Duration.ofMinutes(1)) > 0) {
            throw OpconException.configuration("option --" + SOURCE_DEADLINE + ": give a duration between 100ms and 1m");
        }
        InvariantSettings invariants = new InvariantSettings(
                duration(options, NODE_DOWN_GRACE), duration(options, REDIS_DISCONNECTED_GRACE),
                positiveNumber(options, HIGH_LATENCY_MS), duration(options, HIGH_LATENCY_GRACE),
                duration(options, OVER_LIMIT_GRACE), duration(options, GHOST_ALLOWING_GRACE),
                wholeNumber(options, COUNTER_DRIFT_THRESHOLD, 0, Long.MAX_VALUE), duration(options, COUNTER_DRIFT_GRACE),
                duration(options, SOURCE_UNREACHABLE_GRACE));
        return new RateLimiterSettings(nodeUrls, redis, prometheusUrl, topKeys, deadline, invariants);
    }

    private static List<URI> nodeUrls(Options options) {
        List<String> given = options.list(RATELIMITER_URL);
        if (given.isEmpty()) {
            throw OpconException.configuration("option --" + RATELIMITER_URL + " is required: give one or more node URLs (e.g. "
                    + NODE_URL_EXAMPLE + "), or set RATELIMITER_URL");
        }
        return given.stream().map(url -> HttpUrls.parse(RATELIMITER_URL, url, NODE_URL_EXAMPLE)).distinct().toList();
    }

    private static void rejectUnknown(Options options) {
        Set<String> known = SPECS.stream().map(OptionSpec::name).collect(Collectors.toSet());
        options.values().keySet().stream().filter(name -> !known.contains(name)).sorted().findFirst().ifPresent(name -> {
            throw OpconException.configuration("the ratelimiter subject has no option --" + SafeText.of(name)
                    + "; it takes: " + SPECS.stream().map(spec -> "--" + spec.name()).collect(Collectors.joining(", ")));
        });
    }

    private static Duration duration(Options options, String name) {
        Duration value = options.duration(name).orElseGet(() -> defaultOf(name).map(text ->
                Durations.parse(name, text)).orElse(Duration.ZERO));
        if (value.isNegative()) {
            throw OpconException.configuration("option --" + name + ": must not be negative");
        }
        return value;
    }

    private static long wholeNumber(Options options, String name, long smallest, long largest) {
        String text = options.get(name).or(() -> defaultOf(name)).orElse("0");
        try {
            long value = Long.parseLong(text.strip());
            if (value >= smallest && value <= largest) {
                return value;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // reported below
        }
        throw OpconException.configuration("option --" + name + ": '" + SafeText.of(text)
                + "' is not a whole number from " + smallest + (largest == Long.MAX_VALUE ? " up" : " to " + largest));
    }

    private static double positiveNumber(Options options, String name) {
        double value = options.number(name).orElseGet(() -> Double.parseDouble(defaultOf(name).orElse("0")));
        if (!(value > 0) || Double.isInfinite(value)) {
            throw OpconException.configuration("option --" + name + ": give a number above 0");
        }
        return value;
    }

    private static Optional<String> defaultOf(String name) {
        return SPECS.stream().filter(spec -> spec.name().equals(name)).findFirst().flatMap(OptionSpec::defaultValue);
    }
}
