package dev.opcon.ratelimiter.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.opcon.core.error.OpconException;
import dev.opcon.limiter.embedded.LocalRedis;
import dev.opcon.ratelimiter.model.CounterDefaults;
import dev.opcon.ratelimiter.model.CounterScan;
import dev.opcon.ratelimiter.model.RedisCounter;
import dev.opcon.ratelimiter.model.RedisStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

class RedisInspectorIT {

    private static final int COUNTERS = 2_500; // more than two SCAN pages
    private static LocalRedis redis;
    private static long now;

    @BeforeAll
    static void seed() {
        redis = LocalRedis.start();
        try (Jedis jedis = new Jedis(redis.url()); Pipeline pipeline = jedis.pipelined()) {
            now = Long.parseLong(jedis.time().get(0)) * 1_000;
            for (int index = 0; index < COUNTERS; index++) {
                Map<String, Double> members = new HashMap<>();
                for (int admission = 0; admission <= index % 4; admission++) {
                    members.put(index + ":" + admission, (double) now - admission);
                }
                pipeline.zadd("ratelimit:k" + index, members);
                pipeline.set("ratelimit:k" + index + ":seq", "4");
            }
            // 10 admissions, half of them older than its own 2 s window: 5 count.
            for (int admission = 0; admission < 10; admission++) {
                pipeline.zadd("ratelimit:own-window", now - (admission < 5 ? 100 : 10_000) - admission, "w" + admission);
            }
            pipeline.hset("ratelimit:limit:own-window", Map.of("limit", "4", "window_ms", "2000"));
            pipeline.pexpire("ratelimit:own-window", 30_000);
            pipeline.hset("ratelimit:limit:only-an-override", "limit", "0");
            pipeline.set("ratelimit:stray-string", "not a counter");
            pipeline.sync();
        }
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void onePassCountsEveryCounterAndKeepsTheBusiestWithTheirDetail() {
        try (RedisInspector inspector = inspector(5)) {
            CounterScan scan = inspector.countersNow();

            assertThat(scan.keysTotal()).isEqualTo(COUNTERS + 1);
            assertThat(scan.busiest()).hasSize(5);
            RedisCounter first = scan.busiest().get(0);
            assertThat(first.key()).isEqualTo("own-window");
            assertThat(first.count()).isEqualTo(5);
            assertThat(first.limit()).isEqualTo(4);
            assertThat(first.windowMilliseconds()).isEqualTo(2_000);
            assertThat(first.limitOverridden()).isTrue();
            assertThat(first.timeToLive()).get().satisfies(ttl -> assertThat(ttl).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30)));
            assertThat(first.newestEntry()).isPresent();
            assertThat(first.oldestEntry().get()).isBefore(first.newestEntry().get());
            assertThat(scan.busiest().subList(1, 5)).allSatisfy(counter -> {
                assertThat(counter.count()).isEqualTo(4);
                assertThat(counter.limit()).isEqualTo(100);
                assertThat(counter.timeToLive()).isEmpty();
            });
        }
    }

    @Test
    void statusReadsPingInfoAndDbsize() {
        try (RedisInspector inspector = inspector(5)) {
            RedisStatus status = inspector.status();

            assertThat(status.keys()).isEqualTo(2L * COUNTERS + 4);
            assertThat(status.usedMemoryBytes()).isPositive();
            assertThat(status.version()).isNotBlank();
        }
    }

    @Test
    void aPassThatOutlastsTheWaitGoesOnInTheBackgroundAndShowsLater() throws InterruptedException {
        try (RedisInspector inspector = inspector(5)) {
            assertThatThrownBy(() -> inspector.counters(Duration.ZERO))
                    .isInstanceOf(OpconException.class).hasMessageContaining("still running");

            AtomicReference<CounterScan> later = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> later.compareAndSet(null, inspector.counters(Duration.ofMillis(100))));
            assertThat(later.get().keysTotal()).isEqualTo(COUNTERS + 1);
            // A later read that times out gets the last finished pass, not an error.
            assertThat(inspector.counters(Duration.ZERO).keysTotal()).isEqualTo(COUNTERS + 1);
        }
    }

    private static RedisInspector inspector(int topKeys) {
        return new RedisInspector(RedisEndpoint.parse("redis-url", redis.url()), Duration.ofSeconds(1), topKeys,
                () -> CounterDefaults.CONTRACT);
    }
}
