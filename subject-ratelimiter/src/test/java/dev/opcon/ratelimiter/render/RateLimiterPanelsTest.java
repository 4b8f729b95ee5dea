package dev.opcon.ratelimiter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.json.Json;
import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.Tone;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimiterPanelsTest {

    private static final Instant NOW = Instant.parse("2025-01-31T12:00:00Z");
    private static final List<String> NODE_SOURCES = List.of("management-api", "node:n1", "node:n2", "metrics");
    private List<Panel> panels;

    @BeforeEach
    void renderFixture() throws IOException {
        try (InputStream fixture = getClass().getResourceAsStream("/fixtures/ratelimiter-data.json")) {
            RateLimiterData data = Json.mapper().readValue(fixture, RateLimiterData.class);
            panels = new RateLimiterPanels(100).render(data, NODE_SOURCES, NOW);
        }
    }

    @Test
    void panelsComeInOrderAndListTheirSources() {
        assertThat(panels).extracting(Panel::id).containsExactly("nodes", "redis", "keys", "rates");
        assertThat(panels).extracting(Panel::sources).containsExactly(NODE_SOURCES, List.of("redis"),
                List.of("redis-counters", "management-counters"), List.of("metrics"));
    }

    @Test
    void theNodesTableShowsADownNodeAndMarksHighLatency() {
        TablePanel nodes = (TablePanel) panels.get(0);

        assertThat(nodes.note()).isEqualTo("1 up, 1 down");
        assertThat(nodes.columns()).extracting(column -> column.name())
                .containsExactly("id", "address", "state", "health", "p99", "allowed/s", "blocked/s");
        assertThat(texts(nodes.rows().get(0))).containsExactly("n1", "127.0.0.1:8001", "Up", "healthy", "140 ms", "182/s", "3.3/s");
        assertThat(nodes.rows().get(0).cells().get(4).tone()).isEqualTo(Tone.WARNING);
        assertThat(texts(nodes.rows().get(1))).containsExactly("n2", "127.0.0.1:8002", "Down",
                "/health: cannot connect (connection refused)", "–", "–", "–");
        assertThat(nodes.rows().get(1).cells().get(2).tone()).isEqualTo(Tone.CRITICAL);
        assertThat(nodes.rows().get(1).details()).extracting(Entry::label, Entry::value).contains(
                org.assertj.core.groups.Tuple.tuple("down because", "no longer registered; /health: cannot connect (connection refused)"),
                org.assertj.core.groups.Tuple.tuple("registered at", "2025-01-31 11:00:05Z (59m55s ago)"),
                org.assertj.core.groups.Tuple.tuple("registered", "no"));
    }

    @Test
    void theRedisPanelShowsItsFigures() {
        KeyValuePanel redis = (KeyValuePanel) panels.get(1);

        assertThat(redis.note()).isEqualTo("redis://:***@127.0.0.1:6379/0");
        assertThat(redis.entries()).extracting(Entry::label, Entry::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("connected", "yes"),
                org.assertj.core.groups.Tuple.tuple("PING", "0.4 ms"),
                org.assertj.core.groups.Tuple.tuple("keys", "2,410"),
                org.assertj.core.groups.Tuple.tuple("used memory", "3.1 MiB"),
                org.assertj.core.groups.Tuple.tuple("ops/s", "1520"),
                org.assertj.core.groups.Tuple.tuple("version", "7.0.15"));
    }

    @Test
    void theKeysTableDrawsCountAgainstLimitAndSaysWhatIsNotShown() {
        TablePanel keys = (TablePanel) panels.get(2);

        assertThat(keys.note()).isEqualTo("1,000 keys not shown · counted 12s ago");
        Cell bar = keys.rows().get(0).cells().get(1);
        assertThat(bar.text()).isEqualTo("120/100");
        assertThat(bar.fraction()).isEqualTo(1.2);
        assertThat(bar.tone()).isEqualTo(Tone.CRITICAL);
        assertThat(texts(keys.rows().get(1))).containsExactly("tenant\\e[2J", "3/100", "97", "1s");
        assertThat(keys.rows().get(0).details()).extracting(Entry::label, Entry::value).contains(
                org.assertj.core.groups.Tuple.tuple("limit", "100 (override)"),
                org.assertj.core.groups.Tuple.tuple("time to live", "59s"),
                org.assertj.core.groups.Tuple.tuple("oldest entry", "2025-01-31 11:59:10Z (50s ago)"),
                org.assertj.core.groups.Tuple.tuple("newest entry", "2025-01-31 11:59:59Z (1s ago)"),
                org.assertj.core.groups.Tuple.tuple("management API count", "119"));
    }

    @Test
    void theRatesPanelHasThreeSeriesWithGapsAndSaysWhereTheyCameFrom() {
        TimeSeriesPanel rates = (TimeSeriesPanel) panels.get(3);

        assertThat(rates.note()).isEqualTo("prometheus");
        assertThat(rates.step()).isEqualTo(Duration.ofSeconds(1));
        assertThat(rates.series()).extracting(TimeSeriesPanel.Series::name, TimeSeriesPanel.Series::latest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("allowed/s", "182/s"),
                        org.assertj.core.groups.Tuple.tuple("blocked/s", "3.3/s"),
                        org.assertj.core.groups.Tuple.tuple("p99", "15 ms"));
        assertThat(rates.series().get(0).points()).hasSize(3).element(1).isEqualTo(Double.NaN);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}
