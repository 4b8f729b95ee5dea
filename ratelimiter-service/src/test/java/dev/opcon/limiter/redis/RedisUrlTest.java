package dev.opcon.limiter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisUrlTest {

    @Test
    void parsesHostPortAndDefaults() {
        assertThat(RedisUrl.parse("redis://localhost")).isEqualTo(
                new RedisUrl("localhost", 6379, Optional.empty(), Optional.empty(), 0, false));
    }

    @Test
    void parsesPasswordOnlyUserAndPasswordDatabaseAndTls() {
        assertThat(RedisUrl.parse("redis://:p%40ss@db:6380/3")).isEqualTo(
                new RedisUrl("db", 6380, Optional.empty(), Optional.of("p@ss"), 3, false));
        assertThat(RedisUrl.parse("rediss://alice:pw@db")).isEqualTo(
                new RedisUrl("db", 6379, Optional.of("alice"), Optional.of("pw"), 0, true));
        assertThat(RedisUrl.parse("redis://just-a-password@db").password()).contains("just-a-password");
    }

    @Test
    void masksThePassword() {
        assertThat(RedisUrl.parse("rediss://alice:pw@db:1/2").masked()).isEqualTo("rediss://alice:****@db:1/2");
        assertThat(RedisUrl.parse("redis://:pw@db").toString()).isEqualTo("redis://:****@db:6379");
        assertThat(RedisUrl.parse("redis://db").masked()).isEqualTo("redis://db:6379");
    }

    @Test
    void refusesWhatIsNotARedisUrlWithoutShowingThePassword() {
        assertThatThrownBy(() -> RedisUrl.parse("http://:pw@db")).hasMessageContaining("redis:// or rediss://").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> RedisUrl.parse("redis://:pw@db/x")).hasMessageContaining("database number").hasMessageNotContaining(":pw");
        assertThatThrownBy(() -> RedisUrl.parse("redis:///0")).hasMessageContaining("names no host");
        assertThatThrownBy(() -> RedisUrl.parse(" ")).hasMessageContaining("empty");
    }
}
