package dev.opcon.ratelimiter.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code node_down} and {@code high_latency}, one finding per node. */
final class NodeInvariants {

    private final InvariantSettings settings;

    NodeInvariants(InvariantSettings settings) {
        this.settings = settings;
    }

    List<Finding> check(RateLimiterData data) {
        List<Finding> findings = new ArrayList<>();
        for (NodeData node : data.nodes()) {
            if (node.state() == NodeState.DOWN) {
                findings.add(new Finding(InvariantNames.NODE_DOWN, node.id(), Severity.CRITICAL,
                        "node " + node.id() + " (" + node.address() + ") is down: " + node.downReason(),
                        settings.nodeDownGrace()));
            }
            Double p99 = node.p99Milliseconds();
            if (p99 != null && p99 > settings.highLatencyMilliseconds()) {
                findings.add(new Finding(InvariantNames.HIGH_LATENCY, node.id(), Severity.WARNING,
                        String.format(Locale.ROOT, "node %s: p99 check latency %.0f ms > %.0f ms", node.id(), p99,
                                settings.highLatencyMilliseconds()),
                        settings.highLatencyGrace()));
            }
        }
        return findings;
    }
}
