package dev.opcon.tikv;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.tikv.client.PdEndpoints;
import dev.opcon.tikv.model.Thresholds;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The options of the {@code tikv} subject and how they become {@link TikvSettings}. */
final class TikvOptions {

    static final String PD_ENDPOINT = PdEndpoints.OPTION;
    static final String PROMETHEUS_URL = "prometheus-url";
    static final String TIMEOUT = "timeout";
    static final String LOW_SPACE_RATIO = "low-space-available-ratio";
    static final String STORE_UNHEALTHY_AFTER = "store-unhealthy-after";
    static final String SLOW_SCORE = "slow-score-threshold";
    static final String LEADER_IMBALANCE_RATIO = "leader-imbalance-ratio";
    static final String LEADER_IMBALANCE_GRACE = "leader-imbalance-grace";
    static final String HIGH_LATENCY = "high-latency-threshold";
    static final String HIGH_LATENCY_GRACE = "high-latency-grace";
    static final String REGION_HEALTH_GRACE = "region-health-grace";
    static final String MISS_PEER_CRITICAL = "miss-peer-critical";
    static final String PENDING_PEER_WARNING = "pending-peer-threshold";

    static final List<OptionSpec> SPECS = List.of(
            OptionSpec.required(PD_ENDPOINT, "PD URL(s), comma-separated; the console fails over between them",
                    "PD_ENDPOINT"),
            OptionSpec.optional(PROMETHEUS_URL, "Prometheus that scrapes TiKV and PD (per-store QPS, p99, CPU)",
                    "PROMETHEUS_URL"),
            OptionSpec.optional(TIMEOUT, "longest one HTTP request may take", null).withDefault("2s"),
            OptionSpec.optional(LOW_SPACE_RATIO, "low_disk_space below this available/capacity (PD: 0.2)", null)
                    .withDefault("0.2"),
            OptionSpec.optional(STORE_UNHEALTHY_AFTER, "store_unhealthy after this long without heartbeat", null)
                    .withDefault("10m"),
            OptionSpec.optional(SLOW_SCORE, "slow_store at or above this slow score (PD: 80)", null).withDefault("80"),
            OptionSpec.optional(LEADER_IMBALANCE_RATIO, "leader_imbalance beyond this fraction from the median", null)
                    .withDefault("0.2"),
            OptionSpec.optional(LEADER_IMBALANCE_GRACE, "how long an imbalance must last", null).withDefault("10m"),
            OptionSpec.optional(HIGH_LATENCY, "high_latency above this p99 gRPC latency", null).withDefault("100ms"),
            OptionSpec.optional(HIGH_LATENCY_GRACE, "how long a high p99 must last", null).withDefault("60s"),
            OptionSpec.optional(REGION_HEALTH_GRACE, "how long unhealthy regions must last", null).withDefault("0s"),
            OptionSpec.optional(MISS_PEER_CRITICAL, "region_health critical above this many miss-peer regions", null)
                    .withDefault("100"),
            OptionSpec.optional(PENDING_PEER_WARNING, "region_health warning above this many pending-peer regions", null)
                    .withDefault("100"));

    private TikvOptions() {
    }

    static TikvSettings settings(Options options) {
        rejectUnknown(options);
        Thresholds defaults = Thresholds.PD_DEFAULTS;
        Thresholds.Graces graces = new Thresholds.Graces(
                duration(options, LEADER_IMBALANCE_GRACE, defaults.graces().leaderImbalance()),
                duration(options, HIGH_LATENCY_GRACE, defaults.graces().highLatency()),
                duration(options, REGION_HEALTH_GRACE, defaults.graces().regionHealth()));
        Thresholds thresholds = new Thresholds(
                fraction(options, LOW_SPACE_RATIO, defaults.lowSpaceAvailableRatio()),
                duration(options, STORE_UNHEALTHY_AFTER, defaults.unhealthyAfter()),
                count(options, SLOW_SCORE, defaults.slowScore()),
                fraction(options, LEADER_IMBALANCE_RATIO, defaults.leaderImbalanceRatio()),
                defaults.leaderImbalanceMinimum(),
                duration(options, HIGH_LATENCY, defaults.highLatency()),
                count(options, MISS_PEER_CRITICAL, defaults.missPeerCritical()),
                count(options, PENDING_PEER_WARNING, defaults.pendingPeerWarning()),
                graces);
        Duration timeout = duration(options, TIMEOUT, Duration.ofSeconds(2));
        if (timeout.isZero()) {
            throw OpconException.configuration("option --" + TIMEOUT + " must be more than 0");
        }
        return new TikvSettings(PdEndpoints.parse(options.list(PD_ENDPOINT)), options.get(PROMETHEUS_URL), timeout,
                thresholds);
    }

    private static void rejectUnknown(Options options) {
        Set<String> known = SPECS.stream().map(OptionSpec::name).collect(Collectors.toSet());
        for (String name : options.values().keySet()) {
            if (!known.contains(name)) {
                throw OpconException.configuration("the tikv subject has no option --" + name + "; its options are --"
                        + SPECS.stream().map(OptionSpec::name).collect(Collectors.joining(", --")));
            }
        }
    }

    private static Duration duration(Options options, String name, Duration fallback) {
        return options.duration(name).orElse(fallback);
    }

    private static double fraction(Options options, String name, double fallback) {
        double value = options.number(name).orElse(fallback);
        if (value < 0 || value > 1) {
            throw OpconException.configuration("option --" + name + " must be between 0 and 1, not " + value);
        }
        return value;
    }

    private static long count(Options options, String name, long fallback) {
        Optional<Double> value = options.number(name);
        if (value.isPresent() && (value.get() < 0 || value.get() != Math.floor(value.get()))) {
            throw OpconException.configuration("option --" + name + " must be a whole number of 0 or more, not "
                    + options.get(name).orElse(""));
        }
        return value.map(Double::longValue).orElse(fallback);
    }
}
