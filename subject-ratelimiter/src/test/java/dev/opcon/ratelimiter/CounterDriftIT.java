package dev.opcon.ratelimiter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Violation;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.spi.Options;
import dev.opcon.limiter.embedded.LocalRedis;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** A management API (WireMock) that counts differently from Redis: the real service never would. */
class CounterDriftIT {

    private final LocalRedis redis = LocalRedis.start();
    private final WireMockServer managementApi = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @AfterEach
    void stop() {
        managementApi.stop();
        redis.close();
    }

    @Test
    void countsThatDifferByMoreThanTheThresholdAreCounterDrift() {
        managementApi.start();
        managementApi.stubFor(get("/health").willReturn(okJson("{\"status\":\"healthy\",\"node_id\":\"solo\",\"redis\":\"ok\"}")));
        managementApi.stubFor(get("/api/nodes").willReturn(okJson("{\"nodes\":[{\"id\":\"solo\",\"address\":\"127.0.0.1:"
                + managementApi.port() + "\",\"state\":\"Up\",\"registered_at\":\"2025-01-31T12:00:00Z\"}]}")));
        managementApi.stubFor(get(urlPathEqualTo("/api/counters")).willReturn(okJson("{\"counters\":["
                + "{\"key\":\"drifting\",\"count\":40,\"limit\":100,\"remaining\":60},"
                + "{\"key\":\"close\",\"count\":13,\"limit\":100,\"remaining\":87}]}")));
        managementApi.stubFor(get("/api/limits").willReturn(okJson("{\"default_limit\":100,\"default_window_ms\":60000}")));
        managementApi.stubFor(get("/metrics").willReturn(aResponse().withStatus(200).withBody("")));
        try (Jedis jedis = new Jedis(redis.url())) {
            long now = Long.parseLong(jedis.time().get(0)) * 1_000;
            for (int entry = 0; entry < 10; entry++) {
                jedis.zadd("ratelimit:drifting", now - entry, "d" + entry);
                jedis.zadd("ratelimit:close", now - entry, "c" + entry);
            }
        }
        RefreshLoop loop = new RefreshLoop(new RateLimiterSubjectFactory().create(Options.of(Map.of(
                "ratelimiter-url", managementApi.baseUrl(), "redis-url", redis.url(), "source-deadline", "5s",
                "counter-drift-grace", "0s", "counter-drift-threshold", "5"))), Duration.ofSeconds(1));

        Frame frame = loop.observeOnce();
        loop.close();

        assertThat(frame.active()).extracting(Violation::invariant, Violation::entity)
                .containsExactly(Tuple.tuple("counter_drift", "drifting"));
        assertThat(frame.active().get(0).message()).contains("counts 40", "Redis 10");
    }
}
