package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.json.Json;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.ratelimiter.model.CounterData;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Key names and node ids come from Redis: whatever they hold must reach the screen as visible escapes. */
class UntrustedTextIT {

    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";
    private static final String C1_CSI = "\u009b";
    private static final String CLEAR_SCREEN_KEY = "key" + ESC + "[2J" + BEL;
    private static final String TITLE_KEY = "title" + ESC + "]0;pwned" + BEL + C1_CSI + "31m";
    private static final String NODE_ID = "evil" + ESC + "[31m" + BEL;

    private final LimiterCluster cluster = LimiterCluster.start(1);

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void controlCharactersInKeysAndNodeIdsComeOutEscaped() throws Exception {
        try (Jedis jedis = cluster.jedis()) {
            long now = Long.parseLong(jedis.time().get(0)) * 1_000;
            jedis.zadd("ratelimit:" + CLEAR_SCREEN_KEY, now, now + ":1");
            jedis.zadd("ratelimit:" + TITLE_KEY, now, now + ":1");
            jedis.hset("ratelimiter:nodes:" + NODE_ID, Map.of("address", "127.0.0.1:1" + ESC + "[0m",
                    "registered_at", "2025-01-31T12:00:00Z"));
        }

        Frame frame = cluster.watch().observeOnce();

        RateLimiterData data = frame.observation().data(RateLimiterData.class);
        assertThat(data.counters()).extracting(CounterData::key)
                .contains("key\\e[2J\\a", "title\\e]0;pwned\\a\\x9b31m");
        assertThat(data.nodes()).extracting(NodeData::id).contains("evil\\e[31m\\a");
        assertThat(frame.active()).anySatisfy(violation -> {
            assertThat(violation.invariant()).isEqualTo("node_down");
            assertThat(violation.entity()).isEqualTo("evil\\e[31m\\a");
        });
        for (String text : everythingShown(frame)) {
            assertThat(text).doesNotContain(ESC, BEL, C1_CSI);
        }
        String json = Json.mapper().writeValueAsString(frame.observation().data());
        assertThat(json).contains("key\\\\e[2J\\\\a").doesNotContain(ESC, BEL, "\\u001b", "\\u0007");
    }

    private static List<String> everythingShown(Frame frame) {
        List<String> texts = new ArrayList<>();
        frame.active().forEach(violation -> texts.add(violation.entity() + violation.message()));
        frame.observation().sources().forEach(source -> texts.add(source.name() + source.endpoint() + source.error().orElse("")));
        for (Panel panel : frame.observation().panels()) {
            texts.add(panel.title() + panel.note() + panel.sources());
            if (panel instanceof TablePanel table) {
                table.rows().forEach(row -> {
                    texts.add(row.key());
                    row.cells().forEach(cell -> texts.add(cell.text()));
                    row.details().forEach(entry -> texts.add(entry.label() + entry.value()));
                });
            } else if (panel instanceof KeyValuePanel keyValues) {
                keyValues.entries().stream().map(Entry::value).forEach(texts::add);
            } else if (panel instanceof TimeSeriesPanel series) {
                series.series().forEach(line -> texts.add(line.name() + line.latest()));
            }
        }
        assertThat(String.join("", texts)).contains("key\\e[2J\\a", "evil\\e[31m\\a");
        return texts;
    }
}
