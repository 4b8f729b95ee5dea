package dev.opcon.ratelimiter.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.core.text.SafeText;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.NodeState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The nodes table: one row per known node, Down ones included. */
public final class NodesPanelRenderer {

    private static final List<Column> COLUMNS = List.of(
            Column.text("id", 6, 0),
            Column.text("address", 10, 4),
            Column.text("state", 5, 0),
            Column.text("health", 8, 1),
            Column.number("p99", 6, 2),
            Column.number("allowed/s", 7, 3),
            Column.number("blocked/s", 7, 3));

    private final double highLatencyMilliseconds;

    public NodesPanelRenderer(double highLatencyMilliseconds) {
        this.highLatencyMilliseconds = highLatencyMilliseconds;
    }

    public TablePanel render(List<NodeData> nodes, List<String> sources, Instant observedAt) {
        long down = nodes.stream().filter(node -> node.state() == NodeState.DOWN).count();
        String note = (nodes.size() - down) + " up" + (down == 0 ? "" : ", " + down + " down");
        List<Row> rows = nodes.stream().map(node -> row(node, observedAt)).toList();
        return new TablePanel("nodes", "Nodes", sources, note, COLUMNS, rows);
    }

    private Row row(NodeData node, Instant observedAt) {
        boolean up = node.state() == NodeState.UP;
        Double p99 = node.p99Milliseconds();
        Tone latencyTone = p99 != null && p99 > highLatencyMilliseconds ? Tone.WARNING : Tone.NORMAL;
        List<Cell> cells = List.of(
                Cell.text(node.id()),
                Cell.text(node.address(), Tone.MUTED),
                Cell.text(node.state().label(), up ? Tone.OK : Tone.CRITICAL),
                health(node),
                Cell.number(Formats.milliseconds(p99), Formats.sortValue(p99), latencyTone),
                Cell.number(Formats.perSecond(node.allowedPerSecond()), Formats.sortValue(node.allowedPerSecond())),
                Cell.number(Formats.perSecond(node.blockedPerSecond()), Formats.sortValue(node.blockedPerSecond())));
        return new Row(node.id(), cells, details(node, observedAt));
    }

    private static Cell health(NodeData node) {
        if (Boolean.TRUE.equals(node.healthy())) {
            return Cell.text("healthy", Tone.OK);
        }
        if (Boolean.FALSE.equals(node.redisReachable())) {
            return Cell.text("Redis unreachable", Tone.CRITICAL);
        }
        String reason = node.healthError() == null ? "unhealthy" : node.healthError();
        return Cell.text(SafeText.truncate(reason, 48), Tone.CRITICAL);
    }

    private static List<Entry> details(NodeData node, Instant observedAt) {
        List<Entry> details = new ArrayList<>();
        details.add(new Entry("state", node.state().label(), node.state() == NodeState.UP ? Tone.OK : Tone.CRITICAL));
        if (node.downReason() != null) {
            details.add(new Entry("down because", node.downReason(), Tone.CRITICAL));
        }
        details.add(Entry.of("health", Boolean.TRUE.equals(node.healthy()) ? "healthy" : "unhealthy"));
        if (node.healthError() != null) {
            details.add(new Entry("health says", node.healthError(), Tone.WARNING));
        }
        details.add(Entry.of("Redis from the node", Boolean.FALSE.equals(node.redisReachable()) ? "unreachable"
                : Boolean.TRUE.equals(node.redisReachable()) ? "reachable" : Formats.UNKNOWN));
        details.add(Entry.of("allowed/s", Formats.perSecond(node.allowedPerSecond())));
        details.add(Entry.of("blocked/s", Formats.perSecond(node.blockedPerSecond())));
        details.add(Entry.of("p99 check latency", Formats.milliseconds(node.p99Milliseconds())));
        details.add(Entry.of("metrics age", Formats.duration(node.metricsAgeMilliseconds())));
        details.add(Entry.of("registered", Formats.yesNo(node.registered())));
        details.add(Entry.of("registered at", Formats.moment(node.registeredAt(), observedAt)));
        details.add(Entry.of("address", node.address()));
        details.add(Entry.of("URL", node.baseUrl() == null ? Formats.UNKNOWN : node.baseUrl()));
        details.add(Entry.of("configured", Formats.yesNo(node.configured())));
        return details;
    }
}
