package dev.opcon.ratelimiter.render;

import dev.opcon.core.model.Panel;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.time.Instant;
import java.util.List;

/** The subject's panels, in the order the console shows them. Pure. */
public final class RateLimiterPanels {

    private final NodesPanelRenderer nodes;
    private final RedisPanelRenderer redis = new RedisPanelRenderer();
    private final KeysPanelRenderer keys = new KeysPanelRenderer();
    private final RatesPanelRenderer rates = new RatesPanelRenderer();

    public RateLimiterPanels(double highLatencyMilliseconds) {
        this.nodes = new NodesPanelRenderer(highLatencyMilliseconds);
    }

    /** @param nodeSources the sources the nodes table is made from (management API, probes, metrics) */
    public List<Panel> render(RateLimiterData data, List<String> nodeSources, Instant observedAt) {
        return List.of(
                nodes.render(data.nodes(), nodeSources, observedAt),
                redis.render(data.redis()),
                keys.render(data.counters(), data.keysNotShown(), data.ages().countersMilliseconds(), observedAt),
                rates.render(data.rateHistory(), data.metricsSource()));
    }
}
