package dev.opcon.ratelimiter;

import dev.opcon.core.model.ObservationBody;
import dev.opcon.core.spi.InvariantChecker;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.core.spi.Subject;
import dev.opcon.ratelimiter.client.ManagementApiClient;
import dev.opcon.ratelimiter.client.RedisInspector;
import dev.opcon.ratelimiter.invariant.RateLimiterInvariants;
import dev.opcon.ratelimiter.metrics.MetricsReader;
import dev.opcon.ratelimiter.metrics.NodeEndpoint;
import dev.opcon.ratelimiter.model.CounterDefaults;
import dev.opcon.ratelimiter.model.ManagementSnapshot;
import dev.opcon.ratelimiter.model.ProbeTarget;
import dev.opcon.ratelimiter.model.SourceNames;
import dev.opcon.ratelimiter.render.RateLimiterPanels;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rate limiter cluster: limiter nodes sharing one Redis. Phase one reads a management API, Redis's
 * status and the counters in Redis; phase two probes every known node's {@code /health} (one source
 * per node, each with its own deadline) and reads the metrics.
 *
 * <p>The refresh loop calls {@link #followUpSources} and {@link #assemble} on its own thread, one
 * refresh at a time; the fetch functions run on the loop's source threads.
 */
final class RateLimiterSubject implements Subject {

    private final RateLimiterSettings settings;
    private final ManagementApiClient managementApi;
    private final RedisInspector redis;
    private final MetricsReader metricsReader;
    private final NodeRoster roster;
    private final RateLimiterPanels panels;
    private final RateLimiterInvariants invariants;
    private volatile CounterDefaults defaults = CounterDefaults.CONTRACT;
    private volatile List<ProbeTarget> probedThisRefresh = List.of();

    RateLimiterSubject(RateLimiterSettings settings, MetricsReader metricsReader) {
        this.settings = settings;
        this.managementApi = new ManagementApiClient(settings.nodeUrls(), settings.sourceBudget());
        this.redis = new RedisInspector(settings.redis(), settings.redisTimeout(), settings.topKeys(), () -> defaults);
        this.metricsReader = metricsReader;
        this.roster = new NodeRoster(settings.nodeUrls());
        this.panels = new RateLimiterPanels(settings.invariants().highLatencyMilliseconds());
        this.invariants = new RateLimiterInvariants(settings.invariants());
    }

    @Override
    public String name() {
        return "ratelimiter";
    }

    @Override
    public List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        settings.nodeUrls().forEach(url -> endpoints.add(url.toString()));
        endpoints.add(settings.redis().masked());
        endpoints.add(metricsReader.mode() + " " + metricsReader.endpoint());
        return endpoints;
    }

    @Override
    public List<Source<?>> sources() {
        String redisEndpoint = settings.redis().masked();
        return List.of(
                new Source<>(SourceNames.MANAGEMENT_API, nodeUrlList(), settings.sourceDeadline(), this::readManagementApi),
                new Source<>(SourceNames.MANAGEMENT_COUNTERS, nodeUrlList(), settings.sourceDeadline(),
                        () -> managementApi.readCounters(settings.sourceBudget(), Math.max(1, settings.topKeys()))),
                new Source<>(SourceNames.REDIS, redisEndpoint, settings.sourceDeadline(), redis::status),
                new Source<>(SourceNames.REDIS_COUNTERS, redisEndpoint, settings.sourceDeadline(),
                        () -> redis.counters(settings.sourceBudget())));
    }

    @Override
    public List<Source<?>> followUpSources(SourceResults firstPhase) {
        List<ProbeTarget> targets = roster.targets(firstPhase.value(SourceNames.MANAGEMENT_API, ManagementSnapshot.class));
        probedThisRefresh = targets;
        List<Source<?>> sources = new ArrayList<>();
        for (ProbeTarget target : targets) {
            target.baseUrl().ifPresent(baseUrl -> sources.add(new Source<>(target.sourceName(), baseUrl.toString(),
                    settings.sourceDeadline(), () -> managementApi.health(baseUrl, settings.sourceBudget()))));
        }
        List<NodeEndpoint> endpoints = targets.stream().filter(target -> target.baseUrl().isPresent())
                .map(target -> new NodeEndpoint(target.nodeId(), target.address(), target.baseUrl().orElseThrow()))
                .toList();
        sources.add(new Source<>(SourceNames.METRICS, metricsReader.endpoint(), settings.sourceDeadline(),
                () -> metricsReader.read(endpoints)));
        return sources;
    }

    @Override
    public ObservationBody assemble(SourceResults results, Instant observedAt) {
        List<ProbeTarget> targets = probedThisRefresh;
        RateLimiterDataAssembler.Assembly assembly = RateLimiterDataAssembler.assemble(results, targets,
                settings.redis().masked(), metricsReader.mode(), observedAt);
        assembly.identifiedUrls().forEach(roster::identify);
        List<String> nodeSources = new ArrayList<>();
        nodeSources.add(SourceNames.MANAGEMENT_API);
        targets.forEach(target -> nodeSources.add(target.sourceName()));
        nodeSources.add(SourceNames.METRICS);
        return new ObservationBody(assembly.data(), panels.render(assembly.data(), nodeSources, observedAt));
    }

    @Override
    public InvariantChecker invariants() {
        return invariants;
    }

    @Override
    public void close() {
        managementApi.close();
        redis.close();
    }

    private ManagementSnapshot readManagementApi() throws InterruptedException {
        ManagementSnapshot snapshot = managementApi.readCluster(settings.sourceBudget());
        defaults = snapshot.defaults();
        return snapshot;
    }

    private String nodeUrlList() {
        return settings.nodeUrls().stream().map(URI::toString).collect(Collectors.joining(", "));
    }
}
