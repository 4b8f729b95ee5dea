package dev.opcon.limiter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisKeysTest {

    @Test
    void namesFollowTheWireContract() {
        assertThat(RedisKeys.window("api")).isEqualTo("ratelimit:api");
        assertThat(RedisKeys.sequence("api")).isEqualTo("ratelimit:api:seq");
        assertThat(RedisKeys.override("api")).isEqualTo("ratelimit:limit:api");
        assertThat(RedisKeys.node("n1")).isEqualTo("ratelimiter:nodes:n1");
    }

    @Test
    void windowsAndOverridesLeadBackToTheirClientKeyAndSequencesToNothing() {
        assertThat(RedisKeys.clientKeyOf("ratelimit:a:b")).contains("a:b");
        assertThat(RedisKeys.clientKeyOf("ratelimit:limit:a:b")).contains("a:b");
        assertThat(RedisKeys.clientKeyOf("ratelimit:a:b:seq")).isEmpty();
        assertThat(RedisKeys.clientKeyOf("ratelimiter:nodes:n1")).isEmpty();
    }
}
