package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.ratelimiter.model.ManagementSnapshot;
import dev.opcon.ratelimiter.model.CounterDefaults;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.NodeHealth;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.ProbeTarget;
import dev.opcon.ratelimiter.model.RegisteredNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The roster and the node states it leads to, without any I/O. */
class NodeDataAssemblerTest {

    private static final Instant NOW = Instant.parse("2025-01-31T12:00:00Z");
    private static final URI CONFIGURED = URI.create("http://localhost:8001");
    private final NodeRoster roster = new NodeRoster(List.of(CONFIGURED));

    @Test
    void aNodeThatWasSeenAndIsNoLongerRegisteredStaysInTheListAsDown() {
        roster.targets(registered("n1", "n2"));
        List<ProbeTarget> targets = roster.targets(registered("n1"));

        List<NodeData> nodes = assemble(targets, SourceResults.empty().with(healthy("node:n1", "n1"), healthAnswer("n1"))
                .with(failed("node:n2", "http://127.0.0.1:8002/health: cannot connect (connection refused)"), null));

        assertThat(nodes).filteredOn(node -> node.id().equals("n2")).singleElement().satisfies(node -> {
            assertThat(node.state()).isEqualTo(NodeState.DOWN);
            assertThat(node.registered()).isFalse();
            assertThat(node.downReason()).isEqualTo("no longer registered; /health: cannot connect (connection refused)");
        });
    }

    @Test
    void whenTheRegistryCannotBeReadTheHealthProbeDecides() {
        NodeRoster unconfigured = new NodeRoster(List.of());
        unconfigured.targets(registered("n1", "n2"));
        List<ProbeTarget> targets = unconfigured.targets(Optional.empty());

        List<NodeData> nodes = assemble(targets, SourceResults.empty()
                .with(healthy("node:n1", "n1"), new NodeHealth(Optional.of("n1"), false, Optional.of(false), 503,
                        Optional.of("Redis unreachable")))
                .with(failed("node:n2", "no answer within 2000 ms"), null));

        assertThat(nodes).extracting(NodeData::id, NodeData::state, NodeData::registered).containsExactly(
                org.assertj.core.groups.Tuple.tuple("n1", NodeState.UP, null),
                org.assertj.core.groups.Tuple.tuple("n2", NodeState.DOWN, null));
        assertThat(nodes.get(0).redisReachable()).isFalse();
        assertThat(nodes.get(1).healthError()).isEqualTo("/health: no answer within 2000 ms");
    }

    @Test
    void aConfiguredUrlIsMatchedToItsNodeByTheIdItsHealthReports() {
        List<ProbeTarget> first = roster.targets(registered("n1"));
        assertThat(first).extracting(ProbeTarget::sourceName).containsExactly("node:n1", "node:localhost:8001");

        NodeDataAssembler.NodeAssembly assembly = NodeDataAssembler.assemble(first, SourceResults.empty()
                .with(healthy("node:n1", "n1"), healthAnswer("n1"))
                .with(healthy("node:localhost:8001", "http://localhost:8001"), healthAnswer("n1")), Optional.empty(), NOW);
        assembly.identifiedUrls().forEach(roster::identify);

        assertThat(assembly.nodes()).singleElement().satisfies(node -> {
            assertThat(node.id()).isEqualTo("n1");
            assertThat(node.configured()).isTrue();
        });
        assertThat(roster.targets(registered("n1"))).extracting(ProbeTarget::sourceName).containsExactly("node:n1");
    }

    @Test
    void aConfiguredNodeThatNeverAnswersIsDownUnderItsAddress() {
        List<ProbeTarget> targets = roster.targets(Optional.of(new ManagementSnapshot(CONFIGURED, List.of(), CounterDefaults.CONTRACT)));

        List<NodeData> nodes = assemble(targets, SourceResults.empty().with(failed("node:localhost:8001",
                "http://localhost:8001/health answered 500"), null));

        assertThat(nodes).singleElement().satisfies(node -> {
            assertThat(node.id()).isEqualTo("localhost:8001");
            assertThat(node.state()).isEqualTo(NodeState.DOWN);
            assertThat(node.downReason()).isEqualTo("not registered; /health answered 500");
        });
    }

    private static List<NodeData> assemble(List<ProbeTarget> targets, SourceResults results) {
        return NodeDataAssembler.assemble(targets, results, Optional.empty(), NOW).nodes();
    }

    private static Optional<ManagementSnapshot> registered(String... ids) {
        List<RegisteredNode> nodes = java.util.Arrays.stream(ids)
                .map(id -> new RegisteredNode(id, "127.0.0.1:800" + id.substring(1), "Up", NOW.minusSeconds(60))).toList();
        return Optional.of(new ManagementSnapshot(URI.create("http://127.0.0.1:8001"), nodes, CounterDefaults.CONTRACT));
    }

    private static SourceStatus healthy(String source, String endpoint) {
        return SourceStatus.ok(source, endpoint, Duration.ofMillis(3), NOW);
    }

    private static NodeHealth healthAnswer(String id) {
        return new NodeHealth(Optional.of(id), true, Optional.of(true), 200, Optional.empty());
    }

    private static SourceStatus failed(String source, String error) {
        return SourceStatus.failed(source, "http://127.0.0.1:8002", Duration.ofMillis(3), error,
                OpconException.Category.SOURCE_UNAVAILABLE, Optional.empty());
    }
}
