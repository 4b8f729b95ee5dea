package dev.opcon.limiter.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

class LocalRedisIT {

    @Test
    void startsOnAFreeLoopbackPortWithoutPersistence() {
        try (LocalRedis redis = LocalRedis.start(); Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
            assertThat(redis.url()).isEqualTo("redis://127.0.0.1:" + redis.port());
            assertThat(redis.urlWithPassword()).isEqualTo(redis.url());
            assertThat(jedis.ping()).isEqualTo("PONG");
            assertThat(jedis.configGet("save")).containsEntry("save", "");
            assertThat(jedis.configGet("appendonly")).containsEntry("appendonly", "no");
        }
    }

    @Test
    void requiresThePasswordItWasGiven() {
        try (LocalRedis redis = LocalRedis.start("pa ss\"word"); Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
            assertThat(redis.url()).doesNotContain("pa");
            assertThat(redis.urlWithPassword()).isEqualTo("redis://:pa%20ss%22word@127.0.0.1:" + redis.port());
            assertThatThrownBy(jedis::ping).isInstanceOf(JedisDataException.class).hasMessageContaining("NOAUTH");
            assertThat(jedis.auth("pa ss\"word")).isEqualTo("OK");
        }
    }

    @Test
    void restartsEmptyOnTheSamePort() {
        try (LocalRedis redis = LocalRedis.start()) {
            int port = redis.port();
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                jedis.set("before", "1");
            }
            long firstPid = redis.pid().orElseThrow();

            redis.stop();
            assertThat(redis.isRunning()).isFalse();
            assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThatThrownBy(() -> new Jedis("127.0.0.1", port).ping()).isInstanceOf(JedisConnectionException.class);

            redis.restart();

            assertThat(redis.port()).isEqualTo(port);
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                assertThat(jedis.exists("before")).isFalse();
            }
        }
    }

    @Test
    void closeLeavesNoProcessAndNoDirectory() {
        LocalRedis redis = LocalRedis.start();
        long pid = redis.pid().orElseThrow();
        Path directory = redis.directory();
        assertThat(directory).isDirectory();

        redis.close();
        redis.close();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(redis.pid()).isEmpty();
        assertThat(directory).doesNotExist();
    }

    @Test
    void fallsBackToTheBinaryShippedInTheEmbeddedRedisJar() {
        System.setProperty(RedisExecutable.FORCE_EMBEDDED, "1");
        LocalRedis redis;
        try {
            redis = LocalRedis.start();
        } finally {
            System.clearProperty(RedisExecutable.FORCE_EMBEDDED);
        }
        long pid = redis.pid().orElseThrow();
        Path executable = redis.executable();
        try (Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
            assertThat(executable.getFileName().toString()).startsWith("redis-server-");
            assertThat(executable).startsWith(redis.directory());
            assertThat(jedis.ping()).isEqualTo("PONG");
            assertThat(jedis.info("server")).contains("redis_version:");
        } finally {
            redis.close();
        }

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(Files.exists(executable)).as("the extracted binary is deleted with its directory").isFalse();
        assertThat(redis.directory()).doesNotExist();
    }

    @Test
    void pauseFreezesTheServerUntilResumed() {
        try (LocalRedis redis = LocalRedis.start()) {
            redis.pause();
            try {
                assertThatThrownBy(() -> {
                    try (Jedis jedis = new Jedis("127.0.0.1", redis.port(), 300)) {
                        jedis.ping();
                    }
                }).isInstanceOf(JedisConnectionException.class).hasMessageContaining("timed out");
            } finally {
                redis.resume();
            }
            try (Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
                assertThat(jedis.ping()).isEqualTo("PONG");
            }
        }
    }

    @Test
    void aPausedServerStillStops() {
        LocalRedis redis = LocalRedis.start();
        long pid = redis.pid().orElseThrow();
        redis.pause();

        redis.close();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }
}
