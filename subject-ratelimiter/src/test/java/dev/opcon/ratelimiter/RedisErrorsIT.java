package dev.opcon.ratelimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.json.Json;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.spi.Options;
import dev.opcon.limiter.embedded.LocalRedis;
import dev.opcon.ratelimiter.client.RedisEndpoint;
import dev.opcon.ratelimiter.client.RedisInspector;
import dev.opcon.ratelimiter.model.CounterDefaults;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientPauseMode;

class RedisErrorsIT {

    private static final String PASSWORD = "right-horse-battery";
    private static final String WRONG_PASSWORD = "wrong-staple-42";
    private static LocalRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = LocalRedis.start(PASSWORD);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void aWrongPasswordIsAConfigurationErrorThatNamesTheEndpointButNotThePassword() {
        String url = "redis://:" + WRONG_PASSWORD + "@127.0.0.1:" + redis.port();

        OpconException failure = statusFailure(url);

        assertThat(failure.category()).isEqualTo(OpconException.Category.CONFIGURATION);
        assertThat(failure.getMessage()).isEqualTo("Redis at redis://:***@127.0.0.1:" + redis.port()
                + "/0 refused the password: check --redis-url");
    }

    @Test
    void aMissingPasswordSaysHowToGiveIt() {
        OpconException failure = statusFailure("redis://127.0.0.1:" + redis.port());

        assertThat(failure.category()).isEqualTo(OpconException.Category.CONFIGURATION);
        assertThat(failure.getMessage()).contains("requires a password", "--redis-url");
    }

    @Test
    void theRightPasswordWorks() {
        try (RedisInspector inspector = inspector("redis://:" + PASSWORD + "@127.0.0.1:" + redis.port())) {
            assertThat(inspector.status().pingMilliseconds()).isNotNegative();
        }
    }

    @Test
    void aRefusedConnectionNamesTheEndpoint() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        OpconException failure = statusFailure("redis://:" + WRONG_PASSWORD + "@127.0.0.1:" + closedPort);

        assertThat(failure.category()).isEqualTo(OpconException.Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo("Redis at redis://:***@127.0.0.1:" + closedPort
                + "/0: cannot connect (Connection refused)");
    }

    @Test
    void anUnknownHostNamesTheHost() {
        OpconException failure = statusFailure("redis://:" + WRONG_PASSWORD + "@no-such-host.invalid:6379/2");

        assertThat(failure.category()).isEqualTo(OpconException.Category.CONFIGURATION);
        assertThat(failure.getMessage()).isEqualTo(
                "Redis at redis://:***@no-such-host.invalid:6379/2: unknown host 'no-such-host.invalid': check --redis-url");
    }

    @Test
    void throughTheSubjectTheErrorIsTheRedisSourcesStateAndThePasswordAppearsNowhere() throws Exception {
        RefreshLoop loop = new RefreshLoop(new RateLimiterSubjectFactory().create(Options.of(Map.of(
                "ratelimiter-url", "http://127.0.0.1:1",
                "redis-url", "redis://:" + WRONG_PASSWORD + "@127.0.0.1:" + redis.port()))), Duration.ofSeconds(1));

        Frame frame = loop.observeOnce();
        loop.close();

        SourceStatus redisSource = frame.observation().sources().stream()
                .filter(source -> source.name().equals("redis")).findFirst().orElseThrow();
        assertThat(redisSource.category()).contains(OpconException.Category.CONFIGURATION);
        assertThat(redisSource.error()).get().asString().contains("refused the password");
        assertThat(loop.subject().endpoints()).contains("redis://:***@127.0.0.1:" + redis.port() + "/0");
        String everything = Json.mapper().writeValueAsString(frame) + loop.subject().endpoints() + frame;
        assertThat(everything).doesNotContain(WRONG_PASSWORD).contains("redis_disconnected");
    }

    /** The PING that decides redis_disconnected times out once, at 800 ms, on its reused connection: no retry doubles it. */
    @Test
    void aPausedRedisFailsThePingWithinItsOwnShortTimeoutAndTheFirstPingAfterThePauseAnswers() {
        try (RedisInspector inspector = inspector(redis.urlWithPassword()); Jedis pauser = new Jedis(redis.urlWithPassword())) {
            inspector.status();

            pauser.clientPause(3_000, ClientPauseMode.ALL);
            long started = System.nanoTime();
            OpconException failure = catchThrowableOfType(OpconException.class, inspector::status);
            Duration failedAfter = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failure).hasMessage("Redis at redis://:***@127.0.0.1:" + redis.port() + "/0: no answer within 800 ms");
            assertThat(failure.category()).isEqualTo(OpconException.Category.SOURCE_UNAVAILABLE);
            assertThat(failedAfter).isBetween(Duration.ofMillis(700), Duration.ofMillis(1_400));
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> inspector.status().pingMilliseconds() >= 0);
        }
    }

    private static OpconException statusFailure(String url) {
        try (RedisInspector inspector = inspector(url)) {
            OpconException failure = catchThrowableOfType(OpconException.class, inspector::status);
            assertThat(failure).as("reading " + url).isNotNull();
            assertThat(failure.getMessage()).doesNotContain(WRONG_PASSWORD, PASSWORD).doesNotContain("\n");
            return failure;
        }
    }

    private static RedisInspector inspector(String url) {
        return new RedisInspector(RedisEndpoint.parse("redis-url", url), Duration.ofSeconds(1), 10,
                () -> CounterDefaults.CONTRACT);
    }
}
