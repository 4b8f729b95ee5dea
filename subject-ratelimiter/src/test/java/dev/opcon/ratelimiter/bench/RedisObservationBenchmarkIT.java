package dev.opcon.ratelimiter.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.Benchmark;
import dev.opcon.limiter.embedded.LocalRedis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The benchmark's own machinery, on small sizes: the real run is {@code opcon bench redis}. */
class RedisObservationBenchmarkIT {

    @Test
    void printsOneRowPerSizeAndLeavesTheDatabaseEmpty() {
        try (LocalRedis redis = LocalRedis.start()) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            List<BenchmarkRow> rows = RedisObservationBenchmark.run(redis.url(), new PrintStream(printed, true,
                    StandardCharsets.UTF_8), 1_000, 3_000);

            assertThat(rows).extracting(BenchmarkRow::size).containsExactly(1_000L, 3_000L);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.opconMilliseconds()).isPositive();
                assertThat(row.baselineMilliseconds()).isPositive();
                assertThat(row.heapMegabytes()).isLessThan(64);
            });
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("size | opcon ms | baseline ms | ratio | seed ms", "     1,000 |", "     3,000 |");
            try (Jedis jedis = new Jedis(redis.url())) {
                assertThat(jedis.dbSize()).isZero();
            }
        }
    }

    @Test
    void isTheConsolesRedisBenchmarkAndTakesItsSizesAsAnOption() throws Exception {
        Benchmark benchmark = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get)
                .filter(each -> each.name().equals("redis")).findFirst().orElseThrow();
        assertThat(benchmark.needsRedis()).isTrue();
        try (LocalRedis redis = LocalRedis.start()) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            benchmark.run(Map.of("redis-url", redis.url(), "sizes", "500"), new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("       500 |");
        }
        assertThatThrownBy(() -> benchmark.run(Map.of("redis-url", "redis://127.0.0.1:1", "sizes", "lots"), System.out))
                .isInstanceOf(OpconException.class).hasMessageContaining("option --sizes");
    }

    @Test
    void refusesADatabaseThatHoldsKeys() {
        try (LocalRedis redis = LocalRedis.start(); Jedis jedis = new Jedis(redis.url())) {
            jedis.set("precious", "data");

            assertThatThrownBy(() -> RedisObservationBenchmark.run(redis.url(), new PrintStream(new ByteArrayOutputStream())))
                    .isInstanceOf(OpconException.class).hasMessageContaining("holds 1 keys: give it an empty one");
            assertThat(jedis.get("precious")).isEqualTo("data");
        }
    }
}
