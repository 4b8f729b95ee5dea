package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.model.Frame;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Violation;
import dev.opcon.ratelimiter.model.CounterData;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class CounterInvariantsIT {

    private final LimiterCluster cluster = LimiterCluster.start(1);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void entriesPastTheLimitAreOverLimitAndAdmissionsUnderLimitZeroAreGhosts() throws Exception {
        try (Jedis jedis = cluster.jedis()) {
            long now = Long.parseLong(jedis.time().get(0)) * 1_000;
            jedis.hset("ratelimit:limit:hot", "limit", "3");
            for (int entry = 0; entry < 5; entry++) {
                jedis.zadd("ratelimit:hot", now - entry, (now - entry) + ":" + entry);
            }
        }
        for (int check = 0; check < 2; check++) {
            assertThat(send("POST", "/check", "{\"key\":\"ghost\"}")).isEqualTo(200);
        }
        assertThat(send("PUT", "/api/limits/ghost", "{\"limit\":0}")).isEqualTo(200);
        assertThat(send("POST", "/check", "{\"key\":\"calm\"}")).isEqualTo(200);

        Frame frame = cluster.watch(Map.of("counter-drift-grace", "0s")).observeOnce();

        assertThat(frame.active()).extracting(Violation::invariant, Violation::entity).containsExactlyInAnyOrder(
                Tuple.tuple("over_limit", "hot"), Tuple.tuple("ghost_allowing", "ghost"));
        assertThat(frame.active()).filteredOn(violation -> violation.entity().equals("hot")).singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("5 admissions", "limit of 3"));
        RateLimiterData data = frame.observation().data(RateLimiterData.class);
        assertThat(data.counters()).extracting(CounterData::key).containsExactly("ghost", "hot", "calm");
        assertThat(data.counters()).filteredOn(counter -> counter.key().equals("hot")).singleElement().satisfies(hot -> {
            assertThat(hot.count()).isEqualTo(5);
            assertThat(hot.limit()).isEqualTo(3);
            assertThat(hot.remaining()).isZero();
            assertThat(hot.limitOverridden()).isTrue();
            assertThat(hot.oldestEntry()).isBefore(hot.newestEntry());
        });
        assertThat(data.counters()).filteredOn(counter -> counter.key().equals("calm")).singleElement().satisfies(calm -> {
            assertThat(calm.apiCount()).isEqualTo(1);
            assertThat(calm.timeToLiveMilliseconds()).isPositive();
        });
        assertThat(data.keysTotal()).isEqualTo(3);
        TablePanel keys = (TablePanel) frame.observation().panels().stream()
                .filter(panel -> panel.id().equals("keys")).findFirst().orElseThrow();
        assertThat(keys.rows()).filteredOn(row -> row.key().equals("hot")).singleElement()
                .satisfies(row -> assertThat(row.cells().get(1).fraction()).isEqualTo(5.0 / 3));
    }

    private int send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cluster.node(0).url() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
