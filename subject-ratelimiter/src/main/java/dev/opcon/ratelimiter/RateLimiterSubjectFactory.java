package dev.opcon.ratelimiter;

import dev.opcon.core.prometheus.PrometheusClient;
import dev.opcon.core.prometheus.PrometheusConfig;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import dev.opcon.core.spi.SubjectInfo;
import dev.opcon.ratelimiter.metrics.DirectMetricsReader;
import dev.opcon.ratelimiter.metrics.MetricsReader;
import dev.opcon.ratelimiter.metrics.PrometheusMetricsReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Creates the {@code ratelimiter} subject. Checks every option and names the bad one; does no I/O
 * (the first network call happens in the refresh loop).
 */
@SubjectInfo(name = "ratelimiter",
        description = "distributed sliding-window rate limiter: its nodes, their Redis, the busiest keys and request rates")
public final class RateLimiterSubjectFactory implements SubjectFactory {

    private final Function<RateLimiterSettings, MetricsReader> metricsReaders;

    public RateLimiterSubjectFactory() {
        this(RateLimiterSubjectFactory::metricsReader);
    }

    /** @param metricsReaders the seam tests replace: which metrics reader a subject gets */
    RateLimiterSubjectFactory(Function<RateLimiterSettings, MetricsReader> metricsReaders) {
        this.metricsReaders = metricsReaders;
    }

    @Override
    public List<OptionSpec> options() {
        return RateLimiterOptions.SPECS;
    }

    @Override
    public Subject create(Options options) {
        RateLimiterSettings settings = RateLimiterOptions.settings(options);
        return new RateLimiterSubject(settings, metricsReaders.apply(settings));
    }

    /** Prometheus when a URL is given, else each node's own {@code /metrics}. */
    static MetricsReader metricsReader(RateLimiterSettings settings) {
        Duration budget = settings.sourceBudget();
        if (settings.prometheusUrl().isPresent()) {
            PrometheusClient client = new PrometheusClient(PrometheusConfig.of(settings.prometheusUrl().get())
                    .withRequestTimeout(budget));
            return new PrometheusMetricsReader(client, client.endpoint(), PrometheusMetricsReader.DEFAULT_RATE_WINDOW,
                    budget, Clock.systemUTC());
        }
        Duration nodeTimeout = budget.compareTo(DirectMetricsReader.DEFAULT_NODE_TIMEOUT) < 0
                ? budget : DirectMetricsReader.DEFAULT_NODE_TIMEOUT;
        return new DirectMetricsReader(nodeTimeout, Clock.systemUTC());
    }
}
