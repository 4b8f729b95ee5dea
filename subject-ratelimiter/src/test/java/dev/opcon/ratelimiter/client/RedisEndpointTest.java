package dev.opcon.ratelimiter.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisEndpointTest {

    @Test
    void readsPasswordHostPortAndDatabaseAndMasksThePassword() {
        RedisEndpoint endpoint = RedisEndpoint.parse("redis-url", "redis://:s3cret@10.1.2.3:6390/4");

        assertThat(endpoint.host()).isEqualTo("10.1.2.3");
        assertThat(endpoint.port()).isEqualTo(6390);
        assertThat(endpoint.password()).contains("s3cret");
        assertThat(endpoint.user()).isEmpty();
        assertThat(endpoint.database()).isEqualTo(4);
        assertThat(endpoint.tls()).isFalse();
        assertThat(endpoint.masked()).isEqualTo("redis://:***@10.1.2.3:6390/4");
        assertThat(endpoint.toString()).isEqualTo(endpoint.masked());
    }

    @Test
    void defaultsToPort6379DatabaseZeroAndNoPassword() {
        RedisEndpoint endpoint = RedisEndpoint.parse("redis-url", "redis://cache.internal");

        assertThat(endpoint.port()).isEqualTo(6379);
        assertThat(endpoint.database()).isZero();
        assertThat(endpoint.password()).isEmpty();
        assertThat(endpoint.masked()).isEqualTo("redis://cache.internal:6379/0");
    }

    @Test
    void readsUserAndTlsAndAPasswordWithoutUser() {
        assertThat(RedisEndpoint.parse("redis-url", "rediss://ops:pa%40ss@host:7000").masked())
                .isEqualTo("rediss://ops:***@host:7000/0");
        assertThat(RedisEndpoint.parse("redis-url", "rediss://ops:pa%40ss@host:7000").password()).contains("pa@ss");
        assertThat(RedisEndpoint.parse("redis-url", "redis://lonely@host").password()).isEqualTo(Optional.of("lonely"));
    }

    @Test
    void scrubsThePasswordOutOfServerMessages() {
        RedisEndpoint endpoint = RedisEndpoint.parse("redis-url", "redis://:hunter2@host");

        assertThat(endpoint.scrub("ERR wrong password hunter2")).isEqualTo("ERR wrong password ***");
    }

    @Test
    void aBadUrlNamesTheOptionAndMasksThePassword() {
        assertThatThrownBy(() -> RedisEndpoint.parse("redis-url", "http://:hunter2@host:6379"))
                .isInstanceOfSatisfying(OpconException.class, failure -> {
                    assertThat(failure.category()).isEqualTo(OpconException.Category.CONFIGURATION);
                    assertThat(failure.getMessage()).startsWith("option --redis-url: 'http://:***@host:6379'")
                            .contains("must start with redis:// or rediss://").doesNotContain("hunter2");
                });
        assertThatThrownBy(() -> RedisEndpoint.parse("redis-url", "redis://host:99999"))
                .hasMessageContaining("--redis-url");
        assertThatThrownBy(() -> RedisEndpoint.parse("redis-url", "redis://host/zero"))
                .hasMessageContaining("database number");
        assertThatThrownBy(() -> RedisEndpoint.parse("redis-url", " ")).hasMessageContaining("--redis-url is required");
    }
}
