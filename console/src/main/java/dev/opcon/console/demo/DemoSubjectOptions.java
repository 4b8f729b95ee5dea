package dev.opcon.console.demo;

import dev.opcon.core.spi.OptionSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ratelimiter subject's options for watching the demo cluster: its endpoints, and demo-sized
 * thresholds so that a fault shows within seconds rather than the production grace of a minute.
 * Tunings are passed only when the subject declares them, so a renamed option costs a log line,
 * not a refused start.
 */
public final class DemoSubjectOptions {

    public static final String SUBJECT = "ratelimiter";
    /** Demo-sized tunings, by option name. */
    static final Map<String, String> TUNINGS = Map.of("high-latency-grace", "5s");
    private static final Logger LOG = LoggerFactory.getLogger(DemoSubjectOptions.class);

    private DemoSubjectOptions() {
    }

    /** @param declared the options the subject's factory declares */
    public static Map<String, String> of(DemoCluster cluster, List<OptionSpec> declared) {
        Set<String> names = declared.stream().map(OptionSpec::name).collect(Collectors.toSet());
        Map<String, String> options = new LinkedHashMap<>();
        options.put("ratelimiter-url", String.join(",", cluster.nodeUrls()));
        options.put("redis-url", cluster.redisUrl());
        cluster.prometheusUrl().ifPresent(url -> options.put("prometheus-url", url));
        TUNINGS.forEach((name, value) -> {
            if (names.contains(name)) {
                options.put(name, value);
            } else {
                LOG.info("the {} subject has no option --{}; the demo keeps its default", SUBJECT, name);
            }
        });
        options.keySet().retainAll(names);
        return options;
    }
}
