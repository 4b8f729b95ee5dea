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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rate limiter cluster: limiter nodes sharing one Redis. Phase one reads a management API, Redis's
 * status and the counters in Redis, and probes the {@code /health} of every node known from earlier
 * refreshes (one source per node, each with its own deadline) and reads their metrics. Phase two
 * probes the nodes the registry names that phase one did not probe where they are now: all of them
 * at the first refresh (with the metrics), later only new or moved ones, whose metrics then come
 * with the next refresh.
 *
 * <p>Known nodes are not probed after the management API because every node answers it from
 * Redis: when Redis hangs, the management API takes its whole budget and the probes, waiting
 * on Redis too, would add their own wait to the refresh, and to the moment redis_disconnected shows.
 *
 * <p>The refresh loop calls {@link #sources}, {@link #followUpSources} and {@link #assemble} on its
 * own thread, one refresh at a time; the fetch functions run on the loop's source threads.
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
    private volatile List<ProbeTarget> probedEarly = List.of();
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
        List<Source<?>> sources = new ArrayList<>(List.of(
                new Source<>(SourceNames.MANAGEMENT_API, nodeUrlList(), settings.sourceDeadline(), this::readManagementApi),
                new Source<>(SourceNames.MANAGEMENT_COUNTERS, nodeUrlList(), settings.sourceDeadline(),
                        () -> managementApi.readCounters(settings.sourceBudget(), Math.max(1, settings.topKeys()))),
                new Source<>(SourceNames.REDIS, redisEndpoint, settings.sourceDeadline(), redis::status),
                new Source<>(SourceNames.REDIS_COUNTERS, redisEndpoint, settings.sourceDeadline(),
                        () -> redis.counters(settings.sourceBudget()))));
        List<ProbeTarget> known = roster.knownTargets();
        probedEarly = known;
        if (!known.isEmpty()) {
            sources.addAll(healthProbes(known));
            sources.add(metrics(known));
        }
        return sources;
    }

    @Override
    public List<Source<?>> followUpSources(SourceResults firstPhase) {
        List<ProbeTarget> targets = roster.targets(firstPhase.value(SourceNames.MANAGEMENT_API, ManagementSnapshot.class));
        probedThisRefresh = targets;
        List<ProbeTarget> early = probedEarly;
        List<Source<?>> sources = new ArrayList<>(healthProbes(targets.stream()
                .filter(target -> !probedWhereItIs(early, target)).toList()));
        if (early.isEmpty()) {
            sources.add(metrics(targets));
        }
        return sources;
    }

    @Override
    public ObservationBody assemble(SourceResults results, Instant observedAt) {
        List<ProbeTarget> targets = probedThisRefresh;
        RateLimiterDataAssembler.Assembly assembly = RateLimiterDataAssembler.assemble(results, targets,
                movedSinceProbedEarly(targets), settings.redis().masked(), metricsReader.mode(), observedAt);
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

    private List<Source<?>> healthProbes(List<ProbeTarget> targets) {
        List<Source<?>> probes = new ArrayList<>();
        for (ProbeTarget target : targets) {
            target.baseUrl().ifPresent(baseUrl -> probes.add(new Source<>(target.sourceName(), baseUrl.toString(),
                    settings.sourceDeadline(), () -> managementApi.health(baseUrl, settings.sourceBudget()))));
        }
        return probes;
    }

    private Source<?> metrics(List<ProbeTarget> targets) {
        List<NodeEndpoint> endpoints = targets.stream().filter(target -> target.baseUrl().isPresent())
                .map(target -> new NodeEndpoint(target.nodeId(), target.address(), target.baseUrl().orElseThrow()))
                .toList();
        return new Source<>(SourceNames.METRICS, metricsReader.endpoint(), settings.sourceDeadline(),
                () -> metricsReader.read(endpoints));
    }

    private static boolean probedWhereItIs(List<ProbeTarget> early, ProbeTarget target) {
        return early.stream().anyMatch(probed -> probed.sourceName().equals(target.sourceName())
                && probed.baseUrl().equals(target.baseUrl()));
    }

    /** Nodes that registered a new address since phase one probed and scraped them at the old one. */
    private Set<String> movedSinceProbedEarly(List<ProbeTarget> targets) {
        Set<String> moved = new HashSet<>();
        for (ProbeTarget probed : probedEarly) {
            targets.stream().filter(target -> target.sourceName().equals(probed.sourceName())
                    && !target.baseUrl().equals(probed.baseUrl())).forEach(target -> moved.add(target.nodeId()));
        }
        return moved;
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
