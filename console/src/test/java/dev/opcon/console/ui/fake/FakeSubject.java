package dev.opcon.console.ui.fake;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Finding;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.ObservationBody;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.Tone;
import dev.opcon.core.spi.InvariantChecker;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.core.spi.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written subject shaped like the rate limiter (nodes, redis, keys, rates), reading a
 * {@link FakeCluster} instead of the network, so console tests control every state.
 */
public final class FakeSubject implements Subject {

    public static final String MANAGEMENT = "management";
    public static final String REDIS = "redis";

    private final String name;
    private final FakeCluster cluster;
    private final Duration deadline;
    private final List<Double> allowedHistory = new ArrayList<>();

    public FakeSubject(String name, FakeCluster cluster, Duration deadline) {
        this.name = name;
        this.cluster = cluster;
        this.deadline = deadline;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> endpoints() {
        return List.of("http://fake-management:8080", "redis://:***@fake-redis:6379");
    }

    @Override
    public List<Source<?>> sources() {
        return List.of(
                new Source<>(MANAGEMENT, "http://fake-management:8080", deadline, () -> {
                    cluster.recordRead();
                    if (!cluster.managementUp()) {
                        throw OpconException.unavailable("connection refused", null);
                    }
                    return cluster.nodes();
                }),
                new Source<>(REDIS, "redis://:***@fake-redis:6379", deadline, () -> {
                    cluster.recordRead();
                    if (!cluster.redisDelay().isZero()) {
                        Thread.sleep(cluster.redisDelay().toMillis());
                    }
                    if (!cluster.redisUp()) {
                        throw OpconException.unavailable("Redis refused the connection", null);
                    }
                    return cluster.keys();
                }));
    }

    @Override
    @SuppressWarnings("unchecked")
    public ObservationBody assemble(SourceResults results, Instant observedAt) {
        List<FakeCluster.Node> nodes = results.value(MANAGEMENT, List.class).orElse(List.of());
        List<FakeCluster.Key> keys = results.value(REDIS, List.class).orElse(List.of());
        double allowed = nodes.stream().mapToDouble(FakeCluster.Node::allowedPerSecond).sum();
        synchronized (allowedHistory) {
            allowedHistory.add(allowed);
        }
        List<Panel> panels = List.of(nodesPanel(nodes), redisPanel(keys, results), keysPanel(keys), ratesPanel());
        return new ObservationBody(nodes.size() + " nodes", panels);
    }

    @Override
    public InvariantChecker invariants() {
        return observation -> {
            List<Finding> findings = new ArrayList<>();
            for (FakeCluster.Node node : cluster.nodes()) {
                if (!node.up()) {
                    findings.add(new Finding("node_down", node.id(), Severity.CRITICAL, node.id() + " does not answer /health",
                            Duration.ZERO));
                }
            }
            for (FakeCluster.Key key : cluster.keys()) {
                if (key.count() > key.limit()) {
                    findings.add(new Finding("over_limit", key.name(), Severity.WARNING,
                            key.count() + " requests in the window, limit " + key.limit(), Duration.ZERO));
                }
            }
            return findings;
        };
    }

    private static TablePanel nodesPanel(List<FakeCluster.Node> nodes) {
        List<Column> columns = List.of(Column.text("id", 6, 0), Column.text("address", 10, 4), Column.text("state", 5, 0),
                Column.text("health", 8, 1), Column.number("p99", 6, 2), Column.number("allowed/s", 7, 3),
                Column.number("blocked/s", 7, 3));
        List<Row> rows = new ArrayList<>();
        for (FakeCluster.Node node : nodes) {
            rows.add(new Row(node.id(), List.of(Cell.text(node.id()), Cell.text(node.address(), Tone.MUTED),
                    Cell.text(node.up() ? "up" : "down", node.up() ? Tone.OK : Tone.CRITICAL),
                    Cell.text(node.up() ? "healthy" : "no answer", node.up() ? Tone.OK : Tone.CRITICAL),
                    Cell.number(String.format("%.1f ms", node.p99Milliseconds()), node.p99Milliseconds()),
                    Cell.number(String.format("%.0f", node.allowedPerSecond()), node.allowedPerSecond()),
                    Cell.number(String.format("%.1f", node.blockedPerSecond()), node.blockedPerSecond())),
                    List.of(Entry.of("health", node.up() ? "healthy" : "no answer"),
                            Entry.of("p99 check latency", node.p99Milliseconds() + " ms"),
                            Entry.of("registered at", "2024-01-01 10:00:00"), Entry.of("address", node.address()))));
        }
        return new TablePanel("nodes", "Nodes", List.of(MANAGEMENT), nodes.size() + " known", columns, rows);
    }

    private static KeyValuePanel redisPanel(List<FakeCluster.Key> keys, SourceResults results) {
        boolean ok = results.status(REDIS).map(status -> status.isOk()).orElse(false);
        return new KeyValuePanel("redis", "Redis", List.of(REDIS), "", List.of(
                new Entry("connected", ok ? "yes" : "no", ok ? Tone.OK : Tone.CRITICAL),
                Entry.of("PING", ok ? "0.4 ms" : "–"), Entry.of("keys", String.valueOf(keys.size())),
                Entry.of("used memory", "1.2 MB"), Entry.of("ops/s", "360")));
    }

    private TablePanel keysPanel(List<FakeCluster.Key> keys) {
        List<Column> columns = List.of(Column.text("key", 8, 0), Column.bar("count/limit", 12, 0),
                Column.number("remaining", 5, 1), Column.number("window", 6, 2));
        List<Row> rows = new ArrayList<>();
        for (FakeCluster.Key key : keys) {
            double fraction = key.limit() == 0 ? 1 : (double) key.count() / key.limit();
            rows.add(new Row(key.name(), List.of(Cell.text(key.name()),
                    Cell.bar(key.count() + "/" + key.limit(), fraction, fraction > 1 ? Tone.CRITICAL : Tone.NORMAL),
                    Cell.number(String.valueOf(Math.max(0, key.limit() - key.count())), key.limit() - key.count()),
                    Cell.number(key.windowMilliseconds() / 1000 + "s", key.windowMilliseconds())),
                    List.of(Entry.of("count", String.valueOf(key.count())), Entry.of("limit", String.valueOf(key.limit())),
                            Entry.of("window", key.windowMilliseconds() / 1000 + "s"), Entry.of("TTL", "58s"),
                            Entry.of("oldest entry", "10:00:01"), Entry.of("newest entry", "10:00:59"))));
        }
        String note = cluster.hiddenKeys() > 0 ? cluster.hiddenKeys() + " more keys not shown" : "";
        return new TablePanel("keys", "Keys", List.of(REDIS), note, columns, rows);
    }

    private TimeSeriesPanel ratesPanel() {
        List<Double> points;
        synchronized (allowedHistory) {
            points = List.copyOf(allowedHistory);
        }
        double latest = points.isEmpty() ? 0 : points.get(points.size() - 1);
        return new TimeSeriesPanel("rates", "Rates", List.of(MANAGEMENT), "", Duration.ofSeconds(1), List.of(
                new TimeSeriesPanel.Series("allowed/s", String.format("%.0f/s", latest), Tone.NORMAL, points),
                new TimeSeriesPanel.Series("blocked/s", "12/s", Tone.NORMAL, List.of(1.0, 4.0, 12.0)),
                new TimeSeriesPanel.Series("p99", "7 ms", Tone.NORMAL, List.of(5.0, 6.0, 7.0))));
    }
}
